import type { Finding, PageSnapshot } from '../types.js';
import { findingMaker, quoted } from './finding.js';

const finding = findingMaker('accessibility');

/** Gates whose regions share a name: a screen reader's list of regions shows the same entry twice. */
function sameRegionNames(page: PageSnapshot): Finding[] {
  const byName = new Map<string, string[]>();
  for (const gate of page.gates) {
    if (!gate.regionName) continue;
    byName.set(gate.regionName, [...(byName.get(gate.regionName) ?? []), gate.label]);
  }
  return [...byName]
    .filter(([, gates]) => gates.length > 1)
    .map(([name, gates]) =>
      finding(
        'warning',
        `${gates.length} gates have regions with the same name, ${quoted(name)} (${gates.join(', ')}): a screen reader lists them alike.`,
        'Put each story’s own heading inside its gate (the region takes its name from it), or give each gate a region name of its own in its JSON: {"strings": {"region": "…"}}.',
      ),
    );
}

/** Headings that skip a level where the library's elements meet the page: the outline has a hole. */
function skippedLevels(page: PageSnapshot): Finding[] {
  const findings: Finding[] = [];
  page.outline.forEach((heading, i) => {
    const before = page.outline[i - 1];
    if (!before || heading.level <= before.level + 1 || !(heading.paywall || before.paywall)) return;
    findings.push(
      finding(
        'warning',
        `The heading ${quoted(heading.text)} (level ${heading.level}) follows ${quoted(before.text)} (level ${before.level}): level ${before.level + 1} is skipped.`,
        'Set heading-level on the gate (its message; its plans and benefits go one level below) or on the cards, to one below the heading before them.',
      ),
    );
  });
  return findings;
}

/** Gates a screen reader can tell apart, and an outline without holes. */
export function checkAccessibility(page: PageSnapshot): Finding[] {
  return [...sameRegionNames(page), ...skippedLevels(page)];
}
