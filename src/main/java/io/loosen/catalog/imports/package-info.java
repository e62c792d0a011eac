/**
 * Importing exercises from other formats: free-exercise-db's {@code exercises.json}, the wger API's
 * {@code /api/v2/exerciseinfo/} JSON and Workrave's {@code exercises.xml}. Pure code: each source's mapper
 * turns the parsed text into {@link io.loosen.catalog.imports.Found} records (rejecting a malformed file
 * whole, naming the record and the field), {@link io.loosen.catalog.imports.Drafts} infers from the text
 * what the source does not say and writes Loosen exercises, and {@link io.loosen.catalog.imports.ImportPlan}
 * decides what is added and what is skipped. Reading files and storing exercises happen at the edges.
 */
package io.loosen.catalog.imports;
