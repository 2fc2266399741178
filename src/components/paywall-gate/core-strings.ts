import { fillPlaceholders } from '../../format/placeholders.js';
import { problem, type Problem } from '../../util/warn.js';

/**
 * The two strings the gate shows without its offer's module: its region's name and the unlock
 * announcement. The offer's strings come with the offer's module (gate-strings.ts).
 */
export const CORE_STRINGS = {
  /** Accessible name of the gate's region, before the article's own heading. */
  region: 'Story',
  /** Announced when the article unlocks after a lock. */
  unlocked: 'Full access. The story continues below.',
};

type CoreKey = keyof typeof CORE_STRINGS;

/** A core string: the default, then the JSON `strings`, then the `strings` property; a text with a placeholder keeps what came before, with a problem. */
export function coreString(key: CoreKey, problems: Problem[], ...overrides: unknown[]): string {
  let text = CORE_STRINGS[key];
  for (const override of overrides) {
    const value =
      typeof override === 'object' && override !== null && Object.hasOwn(override, key)
        ? (override as Record<string, unknown>)[key]
        : undefined;
    if (typeof value !== 'string') continue;
    if (fillPlaceholders(value, () => undefined).unfilled === 0) text = value;
    else problems.push(problem(`strings.${key}`, value, 'has a placeholder that nothing fills', 'the default is used'));
  }
  return text;
}
