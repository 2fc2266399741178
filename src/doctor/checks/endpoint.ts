import { AMP_PATHS, normalize, type AnswerPaths } from '../../entitlements/normalize.js';
import type { EndpointProbe, Finding, GateSnapshot, PageSnapshot } from '../types.js';
import { findingMaker, quoted } from './finding.js';

const finding = findingMaker('endpoint');

const CORS_FIX =
  'Answer this page’s requests with Access-Control-Allow-Origin set to its exact origin (not *) and Access-Control-Allow-Credentials: true, and Vary: Origin.';

/** Why the request as the gate makes it got no answer, from how the two plainer requests fared. */
function unanswered(gate: GateSnapshot, probe: EndpointProbe): Finding {
  const at = `${gate.label}’s endpoint ${probe.url}`;
  if (probe.timedOut)
    return finding(
      'error',
      `${at} did not answer within ${probe.timeout * 3} ms: every reader gets the failure policy.`,
      'Make the endpoint answer within the timeout.',
    );
  if (probe.crossOrigin && probe.credentials === 'include' && probe.withoutCredentials === 'read')
    return finding('error', `${at} can be read without cookies but not with them: its CORS headers do not allow credentials.`, CORS_FIX);
  if (probe.crossOrigin && probe.opaque === 'answered')
    return finding('error', `${at} answers, but its CORS headers do not let this page read the answer.`, CORS_FIX);
  return finding(
    'error',
    `${at} could not be reached: every reader gets the failure policy.`,
    'Check that the URL is right and the server is up, and that it answers this page’s origin.',
  );
}

/** The entitlement the gate makes of the answer, as the client reads it (a batch holds it under the article id). */
function entitlementIn(probe: EndpointProbe, body: string) {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { json: false as const };
  }
  // A batch holds each article's answer under its id, which may have dots in it: not a path.
  const batch = probe.batchedAs;
  const answer =
    batch === undefined
      ? data
      : typeof data === 'object' && data !== null && Object.hasOwn(data, batch)
        ? (data as Record<string, unknown>)[batch]
        : undefined;
  const paths: AnswerPaths = { ...AMP_PATHS, ...probe.paths };
  return { json: true as const, entitlement: normalize(answer, paths), paths };
}

/** What is wrong with an answer: its status, its JSON, its shape, its caching and its speed. */
function answerFindings(gate: GateSnapshot, probe: EndpointProbe, answer: NonNullable<EndpointProbe['answer']>): Finding[] {
  const at = `${gate.label}’s endpoint ${probe.url}`;
  if (answer.status < 200 || answer.status > 299)
    return [
      finding(
        'error',
        `${at} answered HTTP ${answer.status}: every reader gets the failure policy.`,
        'Make the endpoint answer 200 with the decision.',
      ),
    ];
  const findings: Finding[] = [];
  const read = entitlementIn(probe, answer.body);
  if (!read.json)
    findings.push(
      finding(
        'error',
        `${at} answered something that is not JSON: ${quoted(answer.body)}`,
        'Answer JSON, e.g. {"granted": false, "grantReason": "METERING"}.',
      ),
    );
  else if (!read.entitlement)
    findings.push(
      finding(
        'error',
        `${at} answered ${quoted(answer.body)}, with no true or false at ${quoted(read.paths.granted)}: the gate takes that as a failure.`,
        'Answer in the amp-subscriptions shape ({"granted", "grantReason", "data": {"articlesRead", "articleLimit"}}), or map your own with granted-path, reason-path, used-path, limit-path and remaining-path.',
      ),
    );
  if (!answer.cacheControl)
    findings.push(
      finding(
        'warning',
        `${at} sends no Cache-Control: a shared cache may keep one reader’s answer for another, and the gate keeps it for the life of the page.`,
        'Send Cache-Control: private, no-store (or private, max-age=N to let the gate keep it N seconds).',
      ),
    );
  if (answer.ms > probe.timeout / 2)
    findings.push(
      finding(
        'warning',
        `${at} took ${Math.round(answer.ms)} ms, more than half the gate’s timeout of ${probe.timeout} ms: on a slow connection readers get the failure policy.`,
        'Make the endpoint answer faster (it is on every article view), or raise timeout.',
      ),
    );
  return findings;
}

/** Each gate's endpoint, asked as the gate asks it: reachable with credentials, answering fast, cached rightly, in a known shape. */
export function checkEndpoint(page: PageSnapshot): Finding[] {
  return page.gates.flatMap((gate) => {
    const probe = gate.endpoint;
    if (!probe) return [];
    return probe.answer ? answerFindings(gate, probe, probe.answer) : [unanswered(gate, probe)];
  });
}
