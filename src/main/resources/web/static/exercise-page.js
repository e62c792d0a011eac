// An exercise's page: Delete (for the user's own exercises), after a confirmation. The API refuses while a
// routine of the user's still uses the exercise, and says which.
import { confirmed, problemOf, say, UNREACHABLE } from './editing.js';

const actions = document.querySelector('.exercise-actions');
const button = actions?.querySelector('[data-delete-exercise]');
if (button) {
  button.addEventListener('click', async () => {
    const status = document.getElementById('exercise-status');
    if (!await confirmed(document.getElementById('confirm-delete'), actions.dataset.name)) {
      return;
    }
    let response;
    try {
      response = await fetch(`/api/v1/exercises/${encodeURIComponent(actions.dataset.exercise)}`, { method: 'DELETE' });
    } catch {
      say(status, UNREACHABLE.detail);
      return;
    }
    if (response.status === 204) {
      location.assign('/library');
      return;
    }
    say(status, (await problemOf(response)).detail);
    button.focus();
  });
}
