// Settings › Reminders: adds, skips and deletes reminders, pauses them all, asks for permission to notify,
// and shows the calendar's full address. Each change goes through /api/v1/reminders, then the page reloads
// to show the list as the server now has it.
const API = '/api/v1/reminders';
const form = document.getElementById('reminder-form');
const status = document.getElementById('reminder-status');
const pauseForm = document.getElementById('pause-form');
const pauseStatus = document.getElementById('pause-status');
const notifyState = document.getElementById('notify-state');

async function call(method, path, body, where) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  try {
    const response = await fetch(path, init);
    if (response.ok) {
      location.reload();
      return;
    }
    const problem = await response.json();
    where.textContent = problem.detail || 'Not saved.';
  } catch (e) {
    where.textContent = 'Not saved: the server cannot be reached. Try again when you are back online.';
  }
}

function showKind() {
  const breaks = form.kind.value === 'desk-breaks';
  form.querySelector('.daily-only').hidden = breaks;
  form.querySelector('.breaks-only').hidden = !breaks;
}
for (const radio of form.querySelectorAll('input[name=kind]')) radio.addEventListener('change', showKind);
showKind();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const days = [...form.querySelectorAll('input[name=days]:checked')].map((c) => c.value);
  const body = { routine: form.routine.value, kind: form.kind.value, days };
  if (body.kind === 'daily') {
    body.at = form.at.value;
  } else {
    body.every = Number(form.every.value);
    body.from = form.from.value;
    body.until = form.until.value;
  }
  status.textContent = 'Saving…';
  call('POST', API, body, status);
});

for (const button of document.querySelectorAll('.delete-reminder')) {
  button.addEventListener('click', () => call('DELETE', `${API}/${encodeURIComponent(button.dataset.id)}`, undefined, status));
}
for (const button of document.querySelectorAll('.skip-today')) {
  button.addEventListener('click', () => call('POST', `${API}/${encodeURIComponent(button.dataset.id)}/skip-today`, undefined, status));
}

pauseForm.addEventListener('submit', (event) => {
  event.preventDefault();
  call('PUT', `${API}/pause`, { until: pauseForm.until.value }, pauseStatus);
});
document.getElementById('resume').addEventListener('click', () => call('DELETE', `${API}/pause`, undefined, pauseStatus));

function showPermission() {
  if (!('Notification' in window)) {
    notifyState.textContent = 'This browser cannot show notifications.';
    return;
  }
  notifyState.textContent = {
    granted: 'Notifications are on: reminders appear while Loosen is open in a tab.',
    denied: 'Notifications are blocked for this site; allow them in the browser\'s site settings.',
    default: 'Notifications are off.',
  }[Notification.permission];
}
document.getElementById('notify-allow').addEventListener('click', async () => {
  if ('Notification' in window) await Notification.requestPermission();
  showPermission();
});
showPermission();

const calendar = document.getElementById('calendar-url');
calendar.value = new URL(calendar.dataset.path, location.origin).href;
calendar.addEventListener('focus', () => calendar.select());
