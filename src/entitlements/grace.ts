import type { SafeStorage } from './safe-storage.js';

const HOUR = 3_600_000;
const KEY = 'granted';

/** Remembers that this device was granted as a subscriber at `now`. */
export function rememberSubscriber(device: SafeStorage, now: number): void {
  device.save(KEY, now);
}

/**
 * Whether this device was granted as a subscriber within the last `hours`: the grace a subscriber
 * gets while the endpoint fails. A stored time that is not a number, or is in the future (a
 * clock set back), gives none.
 */
export function withinGrace(device: SafeStorage, now: number, hours: number): boolean {
  const granted = device.load(KEY);
  return typeof granted === 'number' && granted <= now && now - granted < hours * HOUR;
}
