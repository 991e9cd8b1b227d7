// Measures the gzip size of the script-tag bundle and its chunks and fails when the widget with
// everything a page without a backend can use exceeds its budget. Run after `npm run build`; the
// numbers are recorded in docs/bundle-size.md.
import {readdirSync, readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

/**
 * Maximum gzip size, in bytes, of the widget with all channels and icons, English and German and
 * the QR encoder: the entry bundle plus the QR encoder's chunk, each compressed on its own. It
 * sits just above the size measured when it was last lowered, so any growth fails the test
 * command. Lower it whenever the bundle shrinks.
 */
export const BUDGET_BYTES = 25.5 * 1024;

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

if (total > BUDGET_BYTES) {
  console.error(`messenger-optin.js with the QR encoder is ${kilobytes(total)} gzip, over its budget of ${kilobytes(BUDGET_BYTES)}: ` +
    'shrink the bundle or, if the growth is wanted, raise BUDGET_BYTES in .scripts/check-size.mjs and docs/bundle-size.md.');
  process.exit(1);
}
