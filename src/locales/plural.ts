import type { MeterCount, Message, PluralForms } from './locale.js';

const CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const COUNTS: readonly string[] = ['used', 'limit', 'remaining'];

/**
 * Plural forms as a page or a locale wrote them, copied key by key into a fresh object; or
 * `undefined` when the value is not an object of plural categories (and `count`) with text
 * values and an `other` form.
 */
export function pluralForms(value: unknown): PluralForms | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const forms: Record<string, string> = {};
  for (const [key, form] of Object.entries(value)) {
    const known = key === 'count' ? COUNTS.includes(form as string) : CATEGORIES.includes(key) && typeof form === 'string';
    if (!known) return undefined;
    forms[key] = form as string;
  }
  return typeof forms.other === 'string' ? (forms as PluralForms) : undefined;
}

/** Every text of a message: the message, or each of its plural forms. */
export function messageTexts(message: Message): string[] {
  return typeof message === 'string' ? [message] : CATEGORIES.flatMap((category) => message[category as Intl.LDMLPluralRule] ?? []);
}

/**
 * The text of a message for a count, by the language's plural rules (`Intl.PluralRules`): the
 * form for the count's category, else `other`; `other` too when the count is unknown. The count
 * is the message's own `count` when it names one, else `defaultCount`.
 */
export function pluralText(
  message: Message,
  counts: Readonly<Record<string, number | undefined>>,
  defaultCount: MeterCount,
  lang: string,
): string {
  if (typeof message === 'string') return message;
  const count = counts[message.count ?? defaultCount];
  return count === undefined ? message.other : pluralForm(message, count, lang);
}

/** The form of plural forms for a number, by the language's plural rules: its category's, else `other`. */
export function pluralForm(forms: PluralForms, count: number, lang: string): string {
  return forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
}
