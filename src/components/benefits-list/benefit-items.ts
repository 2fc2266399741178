import { REFUSED, safeUrl } from '../../url/safe-url.js';
import { text } from '../../util/values.js';
import { quote, type Problem } from '../../util/warn.js';

/** One thing a subscription includes. */
export interface BenefitItem {
  title: string;
  description?: string;
  /** Image URL (http, https or relative) shown before the title; decorative. */
  icon?: string;
}

const TITLE = 'strong,b,h2,h3,h4,h5,h6,[data-title]';
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads items from a list in the element's own markup, which reads well before any script runs:
 * `<ul><li><strong>Title</strong> Description</li></ul>`. The first `<strong>`, `<b>`, heading or
 * `[data-title]` in an item is its title, the rest of its text its description, an `<img>` its icon.
 * An item without such an element is all title.
 */
export function itemsFromMarkup(host: Element): BenefitItem[] {
  return [...host.querySelectorAll(':scope>ul>li,:scope>ol>li')].map((li) => {
    const title = clean(li.querySelector(TITLE)?.textContent);
    // The rest of the item's text, less its title (read in place: a clone would fetch its images again).
    const description = clean(clean(li.textContent).replace(title, ''));
    const icon = li.querySelector('img')?.getAttribute('src') ?? undefined;
    return title ? { title, description, icon } : { title: description, icon };
  });
}

export function normalizeItems(
  value: unknown,
  base: string | undefined,
  attribute = 'items',
): { items: BenefitItem[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const fault = (message: string) => problems.push({ attribute, message });
  const items: BenefitItem[] = [];
  if (!Array.isArray(value)) fault('is not an array of {title, description, icon}; no items are shown.');
  else {
    value.forEach((entry: unknown, index) => {
      const record = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
      const field = (key: string) => clean(text(record[key]));
      const title = field('title');
      if (!title) {
        fault(`entry ${index} has no title; it is skipped.`);
        return;
      }
      const item: BenefitItem = { title, description: field('description') };
      const icon = field('icon');
      if (icon) {
        item.icon = safeUrl(icon, base);
        if (!item.icon) fault(`entry ${index} icon ${quote(icon)} ${REFUSED}; no icon is shown.`);
      }
      items.push(item);
    });
  }
  return { items, problems };
}
