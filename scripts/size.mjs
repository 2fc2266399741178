// Prints the size of the script-tag bundle and fails past the budget. Deterministic: the bytes
// of the built file, gzip at level 9 and brotli at quality 11, no timings.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = `dist/${pkg.name}.min.js`;
const BUDGET = 20 * 1024;

let code;
try {
  code = readFileSync(file);
} catch {
  console.error(`${file} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

console.log(`${file}`);
console.log(`  minified ${code.length.toLocaleString('en')} B`);
console.log(
  `  gzip     ${gzip.toLocaleString('en')} B (budget ${BUDGET.toLocaleString('en')} B, ${((gzip / BUDGET) * 100).toFixed(1)}% used)`,
);
console.log(`  brotli   ${brotli.toLocaleString('en')} B`);
if (gzip > BUDGET) {
  console.error(`Over budget by ${(gzip - BUDGET).toLocaleString('en')} B gzipped.`);
  process.exit(1);
}
