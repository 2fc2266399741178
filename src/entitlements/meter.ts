import type { Entitlement } from './entitlement.js';

/** What the local meter keeps: the month it counts and the distinct articles read in it. */
export interface MeterRecord {
  month: number;
  articles: string[];
}

/** The calendar month of a time, in the reader's own time zone, as a count of months: year × 12 + month. */
export function monthOf(time: number): number {
  const date = new Date(time);
  return date.getFullYear() * 12 + date.getMonth();
}

/** The articles a stored record counts for `month`: none when it is from another month or not a record at all (storage is the reader's to edit). */
function articlesOf(stored: unknown, month: number): string[] {
  const record = stored as Partial<MeterRecord> | undefined;
  return record?.month === month && Array.isArray(record.articles) ? record.articles.map(String) : [];
}

/**
 * One article view against the local meter: an article already read this month is free again;
 * a new one is granted while the month's limit allows, and then counted.
 */
export function countView(
  stored: unknown,
  article: string,
  limit: number,
  month: number,
): { record: MeterRecord; entitlement: Entitlement } {
  const articles = articlesOf(stored, month);
  let granted = articles.includes(article);
  if (!granted && articles.length < limit) {
    articles.push(article);
    granted = true;
  }
  const used = Math.min(articles.length, limit);
  return { record: { month, articles }, entitlement: { granted, reason: 'METERING', meter: { used, limit, remaining: limit - used } } };
}
