// The library's filters apply as soon as a choice changes; the Filter button stays for keyboard users
// and for typing a search. The Import a file form is import-file.js.
import './import-file.js';

const form = document.querySelector('form.filters');
if (form) {
  form.querySelectorAll('select').forEach((select) => select.addEventListener('change', () => form.requestSubmit()));
}
