// Every page: register the service worker, so the app and the player work offline once loaded, and
// send any practice saved while offline as soon as the network is back.
import { flushOutbox } from './outbox.js';

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => { /* offline support is a bonus */ });
}
window.addEventListener('online', () => flushOutbox());
flushOutbox();
// Reminders as notifications: loaded apart, so being offline without it never stops the lines above.
import('./reminders-due.js').catch(() => {});
