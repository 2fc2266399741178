import { runChecks } from './checks/index.js';
import { publishReport, type DoctorReport } from './report.js';
import { takeSnapshot, type SnapshotOptions } from './snapshot.js';
import type { PageSnapshot } from './types.js';

export { runChecks } from './checks/index.js';
export { takeSnapshot, type SnapshotOptions } from './snapshot.js';
export type { DoctorReport } from './report.js';
export type * from './types.js';

/** The longest the doctor waits for the page to settle: a gate's decision, the cards' first render. */
const SETTLE_LIMIT = 15_000;
/** The longest it waits for the elements to be defined: soon after the page loads, or never (a library that failed). */
const DEFINE_LIMIT = 3_000;

type Settling = Element & { decisionComplete?: Promise<void>; updateComplete?: Promise<unknown> };

const within = (limit: number, promise: Promise<unknown>): Promise<unknown> =>
  Promise.race([promise.catch(() => undefined), new Promise((done) => setTimeout(done, limit))]);

/** Resolves when the page has loaded, each gate has decided and rendered, and each card has rendered. */
async function settled(doc: Document): Promise<void> {
  if (doc.readyState !== 'complete') await new Promise((done) => window.addEventListener('load', done, { once: true }));
  const elements = [...doc.querySelectorAll<Settling>('paywall-gate, plan-card, benefits-list')];
  const tags = [...new Set(elements.map((el) => el.localName))];
  await within(DEFINE_LIMIT, Promise.all(tags.map((tag) => customElements.whenDefined(tag))));
  await within(
    SETTLE_LIMIT,
    Promise.all(elements.map(async (el) => (await (el.decisionComplete ?? el.updateComplete), await el.updateComplete))),
  );
}

export interface DoctorOptions extends SnapshotOptions {
  /** Shows the overlay; default true. */
  overlay?: boolean;
}

/**
 * Examines the page's paywall setup once it has settled: takes a snapshot, runs every check, and
 * reports in the console, in an overlay, on `window.paywallDoctorReport` and in a
 * `paywall-doctor-report` event on the document. Resolves to the findings, errors first.
 */
export async function runDoctor(options: DoctorOptions = {}): Promise<DoctorReport['findings']> {
  await settled(document);
  // An earlier report's panel is not part of the page (and quotes what it found).
  document.querySelectorAll('[data-paywall-doctor]').forEach((panel) => panel.remove());
  const snapshot: PageSnapshot = await takeSnapshot(document, options);
  const report: DoctorReport = { findings: runChecks(snapshot), notes: snapshot.notes };
  publishReport(report, options.overlay !== false);
  return report.findings;
}
