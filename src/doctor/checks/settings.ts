import { placeholderKeys } from '../../format/placeholders.js';
import type { Finding, GateSnapshot, PageSnapshot } from '../types.js';
import { findingMaker, quoted } from './finding.js';

const finding = findingMaker('settings');

/** A login link that brings the reader back: `{returnUrl}` (or `{url}`, the same address) in it. */
function loginFinding(gate: GateSnapshot): Finding | undefined {
  const login = gate.attributes['login-url'];
  if (!login || gate.hasLoginSlot) return undefined;
  if (placeholderKeys(login).some((key) => key === 'returnUrl' || key === 'url')) return undefined;
  return finding(
    'warning',
    `${gate.label}’s login-url, ${quoted(login)}, has no {returnUrl}: after logging in, the reader does not come back to the story.`,
    'Add the place to come back to, as your login page reads it: login-url="/login?next={returnUrl}".',
  );
}

function gateFindings(gate: GateSnapshot): Finding[] {
  const findings: Finding[] = [];
  const login = loginFinding(gate);
  if (login) findings.push(login);
  if (gate.article?.previewCoversArticle && !gate.hardMode)
    findings.push(
      finding(
        'error',
        `${gate.label}’s preview (preview-length="${gate.attributes['preview-length'] ?? ''}" ${gate.attributes['preview-unit'] ?? 'words'}) is as long as the article: every reader reads it all.`,
        'Make preview-length shorter than the article, or mark where the preview ends with <hr data-paywall-break>.',
      ),
    );
  if (gate.articleIdFrom === 'path' && gate.articleIdUsed)
    findings.push(
      finding(
        'warning',
        `${gate.label} has no article-id and the page no canonical link: the article id is the page’s path, so one story under two addresses (AMP, print, a campaign path) counts twice.`,
        'Give the gate article-id="…", or the page <link rel="canonical" href="…">.',
      ),
    );
  return findings;
}

/** The gate's settings: a login link that returns, a preview shorter than the article, an article id that holds. */
export function checkSettings(page: PageSnapshot): Finding[] {
  return page.gates.flatMap(gateFindings);
}
