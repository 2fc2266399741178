import { expect } from '@open-wc/testing';
import { lockedHeading, mergeStrings, noticeMessage } from '../../src/components/paywall-gate/gate-strings.js';
import { pluralForms, pluralText } from '../../src/locales/plural.js';
import ar from '../../src/locales/ar.js';
import fr from '../../src/locales/fr.js';
import hi from '../../src/locales/hi.js';
import type { Locale } from '../../src/locales/locale.js';
import type { Problem } from '../../src/util/warn.js';

/** The notice for `remaining` of `limit` free articles left, in a locale's copy. */
const notice = (locale: Locale, remaining: number, limit: number) =>
  noticeMessage(mergeStrings([], locale.strings), { used: limit - remaining, limit, remaining }, undefined, locale.lang);

describe('plural forms', () => {
  it('French takes the singular for 0 and 1, the plural from 2', () => {
    expect(notice(fr, 0, 3)).to.equal('Il vous reste 0 article offert sur 3 ce mois-ci.');
    expect(notice(fr, 1, 3)).to.equal('Il vous reste 1 article offert sur 3 ce mois-ci.');
    expect(notice(fr, 2, 3)).to.equal('Il vous reste 2 articles offerts sur 3 ce mois-ci.');
  });

  it('Hindi takes its "one" form for 0 and 1, "other" from 2', () => {
    expect(notice(hi, 0, 3)).to.equal('इस महीने 3 में से 0 मुफ़्त लेख बचा है।');
    expect(notice(hi, 1, 3)).to.equal('इस महीने 3 में से 1 मुफ़्त लेख बचा है।');
    expect(notice(hi, 2, 3)).to.equal('इस महीने 3 में से 2 मुफ़्त लेख बचे हैं।');
  });

  it('Arabic has all six forms, with the numbers in Arabic digits', () => {
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    const limit = n(200);
    expect(notice(ar, 0, 200)).to.equal(`لم يبقَ لك هذا الشهر أي مقال مجاني من أصل ${limit}.`);
    expect(notice(ar, 1, 200)).to.equal(`بقي لك هذا الشهر مقال مجاني واحد من أصل ${limit}.`);
    expect(notice(ar, 2, 200)).to.equal(`بقي لك هذا الشهر مقالان مجانيان من أصل ${limit}.`);
    expect(notice(ar, 3, 200)).to.equal(`بقيت لك هذا الشهر ${n(3)} مقالات مجانية من أصل ${limit}.`);
    expect(notice(ar, 11, 200)).to.equal(`بقي لك هذا الشهر ${n(11)} مقالًا مجانيًا من أصل ${limit}.`);
    expect(notice(ar, 100, 200)).to.equal(`بقي لك هذا الشهر ${n(100)} مقال مجاني من أصل ${limit}.`);
  });

  it('follows the count the forms name: the Hindi heading agrees with the limit', () => {
    const strings = mergeStrings([], hi.strings);
    const heading = (used: number, limit: number) =>
      lockedHeading(strings, { meter: { used, limit, remaining: limit - used } }, undefined, 'hi');
    expect(heading(1, 1)).to.equal('इस महीने आप 1 मुफ़्त लेख में से 1 पढ़ चुके हैं।');
    expect(heading(5, 5)).to.equal('इस महीने आप 5 मुफ़्त लेखों में से 5 पढ़ चुके हैं।');
  });

  it('uses "other" when the count is unknown, so that a message needing it falls back', () => {
    const strings = mergeStrings([], ar.strings);
    // The Arabic heading's "one" form has no number: it must not be picked for an unknown count.
    expect(lockedHeading(strings, { meter: { limit: 1 } }, undefined, 'ar')).to.equal(ar.strings.headingFallback);
    expect(pluralText({ one: 'one', other: 'many' }, {}, 'used', 'en')).to.equal('many');
  });

  it('takes plural forms from the page too, checked like any string', () => {
    const problems: Problem[] = [];
    const strings = mergeStrings(problems, { notice: { one: '{remaining} story left', other: '{remaining} stories left' } });
    expect(noticeMessage(strings, { used: 2, limit: 3, remaining: 1 }, undefined, 'en')).to.equal('1 story left');
    expect(noticeMessage(strings, { used: 1, limit: 3, remaining: 2 }, undefined, 'en')).to.equal('2 stories left');
    mergeStrings(problems, { notice: { one: '{nope} left', other: '{remaining} left' } });
    expect(problems.map((problem) => problem.attribute)).to.deep.equal(['strings.notice']);
  });

  it('reads only plural categories with text and an "other" form', () => {
    expect(pluralForms({ one: 'a', other: 'b', count: 'limit' })).to.deep.equal({ one: 'a', other: 'b', count: 'limit' });
    expect(pluralForms({ one: 'a' })).to.equal(undefined);
    expect(pluralForms({ other: 'b', lots: 'c' })).to.equal(undefined);
    expect(pluralForms({ other: 3 })).to.equal(undefined);
    expect(pluralForms({ other: 'b', count: 'constructor' })).to.equal(undefined);
    expect(pluralForms(JSON.parse('{"other": "b", "__proto__": {"x": 1}}'))).to.equal(undefined);
    expect(pluralForms(['other'])).to.equal(undefined);
  });
});
