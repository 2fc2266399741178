import type { Entitlement } from './entitlement.js';

/** What the local meter keeps: the month it counts and the distinct articles read in it. */
export interface MeterRecord {
  month: string;
  articles: string[];
}

/** The calendar month of a time, in the reader's own time zone: `2026-11`. */
export const monthOf = (time: number): string => {
  const date = new Date(time);
  return `${date.getFullYear()}-${date.getMonth() + 1}`;
};

/**
 * One article view against the local meter: an article already read this month is free again;
 * a new one is granted while the month's limit allows and then counted. A record from another
 * month, or one that is not a record at all (storage is the reader's to edit), starts from zero.
 */
export function countView(stored: unknown, article: string, limit: number, month: string): { record: MeterRecord; entitlement: Entitlement } {
  const old = stored as Partial<MeterRecord> | undefined;
  const articles =
    old?.month === month && Array.isArray(old.articles) ? old.articles.filter((a): a is string => typeof a === 'string') : [];
  const granted = articles.includes(article) || articles.length < limit;
  if (granted && !articles.includes(article)) articles.push(article);
  const used = Math.min(articles.length, limit);
  return {
    record: { month, articles },
    entitlement: { granted, reason: 'METERING', meter: { used, limit, remaining: limit - used } },
  };
}
