import { showOverlay, summaryOf } from './overlay.js';
import type { Finding } from './types.js';

/** What the doctor found on a page, as it reports it: on `window.paywallDoctorReport` and in a `paywall-doctor-report` event. */
export interface DoctorReport {
  findings: Finding[];
  /** What the doctor could not check, and why. */
  notes: string[];
}

declare global {
  interface Window {
    paywallDoctorReport?: DoctorReport;
  }
  interface DocumentEventMap {
    'paywall-doctor-report': CustomEvent<DoctorReport>;
  }
}

/** One finding as the console prints it, and as the command line does. */
export const findingLine = ({ severity, check, message, fix }: Finding): string => `${severity} (${check}) ${message}\n  Fix: ${fix}`;

/** Prints the report in the console, one group, errors as errors and warnings as warnings. */
export function printReport({ findings, notes }: DoctorReport): void {
  console.group(`Paywall doctor: ${summaryOf(findings)}`);
  for (const finding of findings) (finding.severity === 'error' ? console.error : console.warn)(findingLine(finding));
  for (const note of notes) console.info(`Not checked: ${note}`);
  console.groupEnd();
}

/** Reports to the console, the overlay (unless `overlay` is false), `window.paywallDoctorReport` and an event on the document. */
export function publishReport(report: DoctorReport, overlay = true): void {
  printReport(report);
  if (overlay) showOverlay(report.findings, report.notes);
  window.paywallDoctorReport = report;
  document.dispatchEvent(new CustomEvent('paywall-doctor-report', { detail: report }));
}
