// The library's filters apply as soon as a choice changes; the Filter button stays for keyboard users
// and for typing a search.
const form = document.querySelector('form.filters');
if (form) {
  form.querySelectorAll('select').forEach((select) => select.addEventListener('change', () => form.requestSubmit()));
}
