// "Import a file": sends an exercise or routine file (as Export writes it; or a free-exercise-db, wger or
// Workrave file) to POST /api/v1/import and says what was added, with links, and what was skipped as
// already there.
import { el, problemOf, UNREACHABLE } from './editing.js';

const form = document.getElementById('import-form');
if (form) {
  const input = document.getElementById('import-file');
  const result = document.getElementById('import-result');

  const links = (ids, path, suffix = '') => ids.flatMap((id, i) => [i > 0 ? ', ' : '',
    el('a', { href: `${path}/${encodeURIComponent(id)}${suffix}` }, String(id))]);

  function report(answer) {
    const parts = [];
    const exercises = answer.exercises ?? [];
    const routines = answer.routines ?? [];
    const skipped = answer.skipped ?? [];
    if (exercises.length > 0) {
      parts.push(el('p', {}, `Added ${exercises.length} ${exercises.length === 1 ? 'exercise' : 'exercises'}: `,
        ...links(exercises, '/exercises'), '.'));
    }
    if (routines.length > 0) {
      parts.push(el('p', {}, `Added ${routines.length} ${routines.length === 1 ? 'routine' : 'routines'}: `,
        ...links(routines, '/routines', '/edit'), '.'));
    }
    if (skipped.length > 0) {
      parts.push(el('p', {}, `Skipped, already in your library: ${skipped.join(', ')}.`));
    }
    const unusable = answer.unusable ?? [];
    if (unusable.length > 0) {
      parts.push(el('p', {}, `Left out, not usable as exercises: ${unusable.join('; ')}.`));
    }
    if (parts.length === 0) {
      parts.push(el('p', {}, 'Nothing new: everything in the file is already there.'));
    }
    result.replaceChildren(...parts);
  }

  function fail(detail) {
    result.replaceChildren(el('p', { class: 'problem' }, detail));
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    input.removeAttribute('aria-invalid');
    const file = input.files[0];
    if (!file) {
      fail('Choose a file to import first.');
      return;
    }
    const type = /\.json$/i.test(file.name) ? 'application/json'
      : /\.xml$/i.test(file.name) ? 'application/xml' : 'application/yaml';
    let response;
    try {
      response = await fetch('/api/v1/import', {
        method: 'POST', headers: { 'Content-Type': type }, body: await file.text(),
      });
    } catch {
      fail(UNREACHABLE.detail);
      return;
    }
    if (response.ok) {
      report(await response.json());
    } else {
      fail((await problemOf(response)).detail);
    }
  });
}
