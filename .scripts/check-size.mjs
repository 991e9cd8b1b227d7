// Measures the gzip size of the script-tag bundle and its chunks and fails when the widget with
// everything a page without a backend can use exceeds its budget. Run after `npm run build`; the
// numbers are recorded in docs/bundle-size.md. With --by-source it also estimates each source
// file's share of the main file.
import {readdirSync, readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {TraceMap, originalPositionFor} from '@jridgewell/trace-mapping';

/**
 * Maximum gzip size, in bytes, of the widget with all channels and icons, English and German and
 * the QR encoder: the entry bundle plus the QR encoder's chunk, each compressed on its own. It
 * sits just above the size measured when it was last lowered, so any growth fails the test
 * command. Lower it whenever the bundle shrinks.
 */
export const BUDGET_BYTES = 25.0 * 1024;

/** Gzip size, in bytes, that the same files should reach. */
export const GOAL_BYTES = 15 * 1024;

/** The chunk counted in the budget: the QR encoder, which computers load on first use. */
const COUNTED_CHUNKS = /^qr-[\w-]+\.js$/;

const cdn = new URL('../dist/cdn/', import.meta.url);

function gzipSize(url) {
  return gzipSync(readFileSync(url), {level: 9}).length;
}

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let entry;
let chunks;
try {
  entry = gzipSize(new URL('messenger-optin.js', cdn));
  chunks = readdirSync(new URL('chunks/', cdn)).filter((file) => file.endsWith('.js')).sort();
} catch {
  console.error('dist/cdn/messenger-optin.js or dist/cdn/chunks/ not found: run `npm run build` first.');
  process.exit(1);
}
const counted = chunks.filter((name) => COUNTED_CHUNKS.test(name));
if (counted.length !== 1) {
  console.error(`Expected one QR encoder chunk (chunks/qr-*.js) in dist/cdn/, found ${counted.length}: ` +
    'run `npm run build` again, or update COUNTED_CHUNKS in .scripts/check-size.mjs if the chunk was renamed.');
  process.exit(1);
}
const total = entry + gzipSize(new URL(`chunks/${counted[0]}`, cdn));

console.log(`messenger-optin.js with chunks/${counted[0]}: ${kilobytes(total)} gzip ` +
  `(budget ${kilobytes(BUDGET_BYTES)}, goal ${kilobytes(GOAL_BYTES)})`);
console.log(`messenger-optin.js alone: ${kilobytes(entry)} gzip, what a phone loads`);
console.log(`messenger-optin.classic.js: ${kilobytes(gzipSize(new URL('messenger-optin.classic.js', cdn)))} gzip, every language inlined`);
for (const name of chunks) {
  console.log(`chunks/${name}: ${kilobytes(gzipSize(new URL(`chunks/${name}`, cdn)))} gzip, loaded on demand`);
}

/**
 * Prints an estimate of each source file's share of the minified main file: the characters that
 * its source map attributes to the file, gzip-compressed on their own. The shares add up to more
 * than the file, because gzip also compresses repeats across files.
 */
function printShareBySource() {
  const code = readFileSync(new URL('messenger-optin.js', cdn), 'utf8');
  const sourceMap = new TraceMap(readFileSync(new URL('messenger-optin.js.map', cdn), 'utf8'));
  const textBySource = new Map();
  code.split('\n').forEach((line, lineIndex) => {
    for (let column = 0; column < line.length; column++) {
      const source = originalPositionFor(sourceMap, {line: lineIndex + 1, column}).source ?? '(no source)';
      const name = source.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/');
      textBySource.set(name, (textBySource.get(name) ?? '') + line[column]);
    }
  });
  const rows = [...textBySource]
    .map(([name, text]) => [name, gzipSync(text, {level: 9}).length])
    .sort((a, b) => b[1] - a[1]);
  const sum = rows.reduce((total, [, bytes]) => total + bytes, 0);
  console.log(`\nEstimated share of messenger-optin.js by source file (gzip of each file's part on its own; ` +
    `they add up to ${kilobytes(sum)}, the file is ${kilobytes(entry)}):`);
  for (const [name, bytes] of rows) {
    console.log(`${kilobytes(bytes).padStart(8)}  ${name}`);
  }
}

if (process.argv.includes('--by-source')) {
  printShareBySource();
}

if (total > BUDGET_BYTES) {
  console.error(`messenger-optin.js with the QR encoder is ${kilobytes(total)} gzip, over its budget of ${kilobytes(BUDGET_BYTES)}: ` +
    'shrink the bundle or, if the growth is wanted, raise BUDGET_BYTES in .scripts/check-size.mjs and docs/bundle-size.md.');
  process.exit(1);
}
