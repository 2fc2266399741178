import { expect } from '@open-wc/testing';
import { formatPeriod, parsePeriod, periodMonths } from '../../src/format/period.js';

describe('parsePeriod', () => {
  it('reads the date part of ISO 8601 durations', () => {
    expect(parsePeriod('P3M')).to.deep.equal({ years: 0, months: 3, weeks: 0, days: 0 });
    expect(parsePeriod('P1Y')).to.deep.equal({ years: 1, months: 0, weeks: 0, days: 0 });
    expect(parsePeriod(' p2y ')).to.deep.equal({ years: 2, months: 0, weeks: 0, days: 0 });
    expect(parsePeriod('P1Y6M')).to.deep.equal({ years: 1, months: 6, weeks: 0, days: 0 });
    expect(parsePeriod('P1W')).to.deep.equal({ years: 0, months: 0, weeks: 1, days: 0 });
    expect(parsePeriod('P1D')).to.deep.equal({ years: 0, months: 0, weeks: 0, days: 1 });
  });

  it('refuses zero, empty, time-only and malformed durations', () => {
    for (const bad of ['P0M', 'P', '', 'PT1H', '3M', 'P-1M', 'P1.5M', 'P1M1Y', 'monthly', null, undefined]) {
      expect(parsePeriod(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('periodMonths', () => {
  it('counts whole months, and none for passes in weeks or days', () => {
    expect(periodMonths(parsePeriod('P3M')!)).to.equal(3);
    expect(periodMonths(parsePeriod('P2Y')!)).to.equal(24);
    expect(periodMonths(parsePeriod('P1Y6M')!)).to.equal(18);
    expect(periodMonths(parsePeriod('P1W')!)).to.equal(undefined);
    expect(periodMonths(parsePeriod('P1M1D')!)).to.equal(undefined);
  });
});

describe('formatPeriod', () => {
  it('uses correct plurals, capitalized as a label', () => {
    expect(formatPeriod(parsePeriod('P3M')!, 'en-IN')).to.equal('3 Months');
    expect(formatPeriod(parsePeriod('P1Y')!, 'en-IN')).to.equal('1 Year');
    expect(formatPeriod(parsePeriod('P2Y')!, 'en-IN')).to.equal('2 Years');
    expect(formatPeriod(parsePeriod('P1W')!, 'en')).to.equal('1 Week');
    expect(formatPeriod(parsePeriod('P1D')!, 'en')).to.equal('1 Day');
    expect(formatPeriod(parsePeriod('P1Y6M')!, 'en')).to.equal('1 Year 6 Months');
  });

  it('localizes the words and their plurals', () => {
    expect(formatPeriod(parsePeriod('P2Y')!, 'de')).to.equal('2 Jahre');
    expect(formatPeriod(parsePeriod('P1Y')!, 'fr')).to.equal('1\u00a0An');
    expect(formatPeriod(parsePeriod('P3M')!, 'hi')).to.match(/^3 /);
    expect(formatPeriod(parsePeriod('P3M')!, 'hi')).to.not.equal(formatPeriod(parsePeriod('P3M')!, 'en'));
  });
});

describe('unitWords without Intl.DurationFormat', () => {
  it('takes the language’s table, by its plural rules, with the number as the language writes it', async () => {
    const { unitWords } = await import('../../src/format/period.js');
    const { default: ar } = await import('../../src/locales/ar.js');
    const { default: hi } = await import('../../src/locales/hi.js');
    expect(unitWords(1, 'year', 'ar', ar.periods, null)).to.equal('سنة واحدة');
    expect(unitWords(2, 'month', 'ar', ar.periods, null)).to.equal('شهران');
    expect(unitWords(3, 'month', 'ar', ar.periods, null)).to.equal(`${new Intl.NumberFormat('ar').format(3)} أشهر`);
    expect(unitWords(1, 'month', 'hi', hi.periods, null)).to.equal('1 महीना');
    expect(unitWords(6, 'month', 'hi', hi.periods, null)).to.equal('6 महीने');
    // No table for the language: Intl.NumberFormat's unit words.
    expect(unitWords(2, 'week', 'en', undefined, null)).to.equal('2 weeks');
  });
});
