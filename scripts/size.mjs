// Prints the size of the script-tag build and fails past the budget. The budget covers what
// every page with the script tag loads: the script-tag file and the library module it loads
// (Lit included). The parts a page loads only when it needs them are listed beside it.
// Deterministic: the bytes of the built files, gzip at level 9 and brotli at quality 11.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = 20 * 1024;
const ALWAYS = ['dist/paywall-elements.min.js', 'dist/paywall-elements.js'];
const PARTS = existsSync('dist/parts')
  ? readdirSync('dist/parts')
      .filter((file) => file.endsWith('.js'))
      .map((file) => `dist/parts/${file}`)
  : [];

const sizesOf = (file) => {
  const code = readFileSync(file);
  return {
    file,
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const bytes = (n) => `${n.toLocaleString('en')} B`.padStart(9);
const row = ({ file, minified, gzip, brotli }) => `  ${file.padEnd(36)} ${bytes(minified)} ${bytes(gzip)} ${bytes(brotli)}`;

for (const file of ALWAYS) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const always = ALWAYS.map(sizesOf);
const total = always.reduce((sum, size) => sum + size.gzip, 0);
console.log(`  ${'file'.padEnd(36)} ${'minified'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
console.log('Loaded by every page with the script tag:');
always.forEach((size) => console.log(row(size)));
console.log(
  `  gzip together: ${total.toLocaleString('en')} B (budget ${BUDGET.toLocaleString('en')} B, ${((total / BUDGET) * 100).toFixed(1)}% used)`,
);
console.log('Loaded only by the pages that need them:');
PARTS.map(sizesOf).forEach((size) => console.log(row(size)));
if (total > BUDGET) {
  console.error(`Over budget by ${(total - BUDGET).toLocaleString('en')} B gzipped.`);
  process.exit(1);
}
