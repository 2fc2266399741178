/** How many free articles a reader has used this period, of how many. */
export interface Meter {
  used?: number;
  limit?: number;
  remaining?: number;
}

/**
 * The decision for one reader and one article, whatever backend made it. `granted` must be the
 * boolean `true` to unlock: `"true"`, `1` or a missing field do not.
 */
export interface Entitlement {
  granted: boolean;
  /** Why: `SUBSCRIBER`, `METERING`, `FREE`, or the backend's own word. */
  reason?: string;
  meter?: Meter;
  /** Whether the reader is logged in (amp-subscriptions' field): a logged-in reader is not asked to log in. */
  loggedIn?: boolean;
}

export type GateState = 'pending' | 'locked' | 'unlocked';

/** Pending until there is a decision; unlocked only for a boolean `true`. */
export function stateOf(entitlement: Entitlement | null | undefined): GateState {
  if (entitlement === null || entitlement === undefined) return 'pending';
  return typeof entitlement === 'object' && entitlement.granted === true ? 'unlocked' : 'locked';
}
