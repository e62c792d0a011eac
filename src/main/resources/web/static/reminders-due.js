// Every page: while Loosen is open, asks the server every half minute which reminders were just sent
// (GET /api/v1/reminders/due) and has the service worker show each one once as a notification; clicking
// it opens the player for that routine (see sw.js). Tabs share what was shown through localStorage.
const SHOWN = 'loosen-reminders-shown';
const EVERY_MS = 30_000;

function shown() {
  try {
    return JSON.parse(localStorage.getItem(SHOWN)) || {};
  } catch {
    return {};
  }
}

export async function checkReminders() {
  if (!('Notification' in window) || Notification.permission !== 'granted' || !('serviceWorker' in navigator)) return;
  let due;
  try {
    const response = await fetch('/api/v1/reminders/due', { cache: 'no-store' });
    if (!response.ok) return;
    due = await response.json();
  } catch {
    return; // offline: the next check will catch up
  }
  const seen = shown();
  const registration = await navigator.serviceWorker.ready;
  for (const d of due) {
    const key = `${d.reminder}@${d.at}`;
    if (seen[key]) continue;
    // Marked as shown only once it is: a page closed mid-way leaves it for the next check to show.
    await registration.showNotification(`Time to stretch: ${d.routineName}`, {
      body: 'Open Loosen to start the routine.',
      tag: key,
      icon: '/icon-192.png',
      data: { url: d.player, reminder: d.reminder },
      actions: [{ action: 'snooze', title: 'Snooze 10 min' }, { action: 'skip', title: 'Skip today' }],
    });
    seen[key] = Date.now();
    localStorage.setItem(SHOWN, JSON.stringify(seen));
  }
  // Forget what is long past, so the record stays small.
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const [key, when] of Object.entries(seen)) if (when < dayAgo) delete seen[key];
  localStorage.setItem(SHOWN, JSON.stringify(seen));
}

checkReminders();
setInterval(checkReminders, EVERY_MS);
