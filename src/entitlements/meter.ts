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

/**
 * One article view against the local meter: an article already read this month is free again;
 * a new one is granted while the month's limit allows and then counted. A record from another
 * month, or one that is not a record at all (storage is the reader's to edit), starts from zero.
 */
export function countView(stored: unknown, article: string, limit: number, month: number): [MeterRecord, Entitlement] {
  const old = stored as Partial<MeterRecord> | undefined;
  const articles = old?.month === month && Array.isArray(old.articles) ? old.articles.map(String) : [];
  const granted = articles.includes(article) || (articles.length < limit && articles.push(article) > 0);
  const used = Math.min(articles.length, limit);
  return [{ month, articles }, { granted, reason: 'METERING', meter: { used, limit, remaining: limit - used } }];
}
