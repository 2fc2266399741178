import type { SafeStorage } from './safe-storage.js';

const KEY = 'reader';

/** An anonymous id for this browser, kept on the device: random, never derived from the reader. */
export function readerId(device: SafeStorage): string {
  const kept = device.load(KEY);
  if (typeof kept === 'string') return kept;
  const id = crypto.getRandomValues(new Uint32Array(4)).join('-');
  device.save(KEY, id);
  return id;
}
