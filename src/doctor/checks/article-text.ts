import { articlesIn } from '../json-ld.js';
import type { Finding, GateSnapshot, PageSnapshot } from '../types.js';
import { wordsOf } from '../words.js';
import { findingMaker, quoted } from './finding.js';

const finding = findingMaker('article-text');

/** Words in a row that two texts must share to count as a copy: fewer are a common phrase. */
const RUN = 8;

const HARD_MODE_FIX =
  'Use hard mode: send only the preview in the page, and set content-url so that the gate fetches the rest for the readers it lets in (see docs/paywall-gate.md, hard mode).';

/** Every run of `RUN` words in a text. */
function runsOf(words: readonly string[], size = RUN): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + size <= words.length; i += 1) runs.add(words.slice(i, i + size).join(' '));
  return runs;
}

/** Whether `candidate` holds a run of the text past the preview. */
function copiesRest(candidate: readonly string[], rest: readonly string[]): boolean {
  const size = Math.min(RUN, rest.length);
  if (size < 4) return false;
  const restRuns = runsOf(rest, size);
  return [...runsOf(candidate, size)].some((run) => restRuns.has(run));
}

/** Whether `candidate` holds the preview's last words and goes on for a run after them: likely the rest. */
function continuesPreview(candidate: readonly string[], preview: readonly string[]): boolean {
  if (preview.length < RUN) return false;
  const end = preview.slice(-RUN).join(' ');
  for (let i = 0; i + RUN <= candidate.length; i += 1) {
    if (candidate.slice(i, i + RUN).join(' ') === end) return candidate.length - (i + RUN) >= RUN;
  }
  return false;
}

/** The places, other than the article, that search engines, link previews and readers without JavaScript see. */
function copiesOf(page: PageSnapshot): { where: string; text: string }[] {
  const bodies = articlesIn(page.jsonLd.map((block) => block.data)).map((article) => article.articleBody);
  return [
    { where: '<meta name="description">', text: page.meta.description ?? '' },
    { where: '<meta property="og:description">', text: page.meta.ogDescription ?? '' },
    ...bodies.filter((body): body is string => typeof body === 'string').map((text) => ({ where: 'The JSON-LD articleBody', text })),
    ...page.noscripts.map((text) => ({ where: 'A <noscript>', text })),
  ];
}

/** Text past a gate's preview copied where the gate cannot hold it back. */
function leaks(page: PageSnapshot, gate: GateSnapshot): Finding[] {
  const article = gate.article;
  if (!article) return [];
  const rest = article.rest === undefined ? undefined : wordsOf(article.rest);
  const preview = wordsOf(article.preview);
  const fix = 'Keep to the preview there: a summary of your own, or the first paragraph, and never the whole text.';
  const findings: Finding[] = [];
  for (const copy of copiesOf(page)) {
    const words = wordsOf(copy.text);
    if (rest && copiesRest(words, rest))
      findings.push(finding('error', `${copy.where} copies text past the preview of ${gate.label}: ${quoted(copy.text)}`, fix));
    else if (!rest && continuesPreview(words, preview))
      findings.push(finding('warning', `${copy.where} goes on past the end of the preview of ${gate.label}: ${quoted(copy.text)}`, fix));
  }
  return findings;
}

/** An article only subscribers read: the page says so, or the gate was refused without a meter to run out. */
function isPremium(page: PageSnapshot, gate: GateSnapshot): boolean {
  if (page.meta.contentTier?.toLowerCase() === 'locked') return true;
  const decision = gate.entitlement;
  return gate.state === 'locked' && !!decision && !decision.meter && !/^(?:metering|failure)$/i.test(decision.reason ?? '');
}

/** Where the article's text is: soft mode on a premium article, hard mode with the rest in the page, and copies of the rest. */
export function checkArticleText(page: PageSnapshot): Finding[] {
  const findings: Finding[] = [];
  for (const gate of page.gates) {
    if (gate.article?.servedPastPreview && gate.hardMode)
      findings.push(
        finding(
          'error',
          `${gate.label} is in hard mode, but the page as sent already holds text past the preview.`,
          'Send only the preview in the page: content-url brings the rest.',
        ),
      );
    if (gate.article?.servedPastPreview && !gate.hardMode && isPremium(page, gate))
      findings.push(
        finding(
          'warning',
          `${gate.label} is in soft mode on a premium article: the whole text is in the page’s HTML, where anyone can read it (view source, reader mode, a blocked script).`,
          HARD_MODE_FIX,
        ),
      );
    findings.push(...leaks(page, gate));
  }
  return findings;
}
