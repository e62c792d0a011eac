/**
 * Progress charts as SVG text, drawn on the server: pure functions from the records of
 * {@link io.loosen.progress.stats} (and the sessions) to a string, with no clock, store or I/O.
 *
 * <p>Each chart is an accessible image ({@code role="img"}) named by its {@code <title>} and described by a
 * {@code <desc>} that says its key numbers in words. Every text in it is XML-escaped, so a page may embed
 * the string as it is; colours are the stylesheet's variables, so the light and dark themes both apply,
 * and the {@code viewBox} with {@code width="100%"} lets it shrink to a phone's width.
 *
 * <p>{@link io.loosen.progress.charts.HeatmapChart} (days), {@link io.loosen.progress.charts.WeeklyMinutesChart}
 * (weeks), {@link io.loosen.progress.charts.TensionChart} (ratings) and
 * {@link io.loosen.progress.charts.WeekGlance} (this week, for the Today page).
 */
package io.loosen.progress.charts;
