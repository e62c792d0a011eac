// Keeps the screen on while a session plays (Screen Wake Lock API). The browser drops the lock when the
// page is hidden; hold(true) again on return takes it anew. Refusals (battery saver, no support) are
// quietly accepted: the screen may then dim, nothing else changes.
export class ScreenAwake {
  constructor() {
    this.lock = null;
    this.wanted = false;
  }

  async hold(want) {
    this.wanted = want;
    if (!want) {
      if (this.lock) this.lock.release().catch(() => {});
      this.lock = null;
      return;
    }
    if (this.lock || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    try {
      const lock = await navigator.wakeLock.request('screen');
      if (!this.wanted || this.lock) {
        lock.release().catch(() => {});
        return;
      }
      this.lock = lock;
      lock.addEventListener('release', () => {
        if (this.lock === lock) this.lock = null;
      });
    } catch { /* refused */ }
  }
}
