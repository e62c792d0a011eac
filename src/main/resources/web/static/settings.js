import './reminders.js';
// Settings: fills the voice list from the browser's voices, and saves the form with PUT /api/v1/settings.
const form = document.getElementById('settings');
const status = document.getElementById('status');
const voices = document.getElementById('voiceName');
const holdError = document.getElementById('hold-error');

function fillVoices() {
  if (!('speechSynthesis' in window)) return;
  const saved = voices.dataset.saved || '';
  const have = new Set([...voices.options].map((o) => o.value));
  for (const v of speechSynthesis.getVoices()) {
    if (have.has(v.name)) continue;
    const option = new Option(`${v.name} (${v.lang})`, v.name, false, v.name === saved);
    voices.add(option);
    have.add(v.name);
  }
  if (saved && !have.has(saved)) voices.add(new Option(`${saved} (not on this device)`, saved, false, true));
}

fillVoices();
if ('speechSynthesis' in window) speechSynthesis.addEventListener('voiceschanged', fillVoices);

document.getElementById('try-voice').addEventListener('click', () => {
  if (!('speechSynthesis' in window)) {
    status.textContent = 'This browser cannot speak.';
    return;
  }
  const line = new SpeechSynthesisUtterance('Breathe out, and let your shoulders drop.');
  const chosen = speechSynthesis.getVoices().find((v) => v.name === voices.value);
  if (chosen) line.voice = chosen;
  speechSynthesis.cancel();
  speechSynthesis.speak(line);
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  holdError.hidden = true;
  const hold = form.defaultHold.value.trim();
  const body = {
    zone: form.zone.value || null,
    defaultHold: hold === '' ? null : Number(hold),
    voice: form.voice.checked,
    voiceName: voices.value || null,
    sounds: form.sounds.checked,
  };
  status.textContent = 'Saving…';
  try {
    const response = await fetch('/api/v1/settings', {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    if (response.ok) {
      status.textContent = 'Saved.';
      return;
    }
    const problem = await response.json();
    status.textContent = problem.detail || 'Not saved.';
    if (problem.field === 'defaultHold') {
      holdError.textContent = problem.detail;
      holdError.hidden = false;
      form.defaultHold.setAttribute('aria-invalid', 'true');
      form.defaultHold.focus();
    }
  } catch (e) {
    status.textContent = 'Not saved: the server cannot be reached. Try again when you are back online.';
  }
});
