// Measures the gzip size of the script-tag bundle and its chunks and fails when the bundle
// exceeds its budget. Run after `npm run build`; the numbers are recorded in docs/bundle-size.md.
import {readdirSync, readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

/**
 * Maximum gzip size, in bytes, of the entry bundle. It sits just above the size measured when it
 * was last lowered, so any growth fails the test command. Lower it whenever the bundle shrinks.
 */
export const ENTRY_BUDGET_BYTES = 26 * 1024;

/** Size the entry bundle should reach: English, German, all channels and the QR encoder. */
export const ENTRY_GOAL_BYTES = 15 * 1024;

const cdn = new URL('../dist/cdn/', import.meta.url);

function gzipSize(url) {
  return gzipSync(readFileSync(url), {level: 9}).length;
}

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let entry;
try {
  entry = gzipSize(new URL('messenger-optin.js', cdn));
} catch {
  console.error('dist/cdn/messenger-optin.js not found: run `npm run build` first.');
  process.exit(1);
}

console.log(`messenger-optin.js: ${kilobytes(entry)} gzip (budget ${kilobytes(ENTRY_BUDGET_BYTES)}, goal ${kilobytes(ENTRY_GOAL_BYTES)})`);
console.log(`messenger-optin.classic.js: ${kilobytes(gzipSize(new URL('messenger-optin.classic.js', cdn)))} gzip, every language inlined`);
for (const name of readdirSync(new URL('chunks/', cdn)).filter((file) => file.endsWith('.js')).sort()) {
  console.log(`chunks/${name}: ${kilobytes(gzipSize(new URL(`chunks/${name}`, cdn)))} gzip, loaded on demand`);
}

if (entry > ENTRY_BUDGET_BYTES) {
  console.error(`messenger-optin.js is ${kilobytes(entry)} gzip, over its budget of ${kilobytes(ENTRY_BUDGET_BYTES)}: ` +
    'shrink the bundle or, if the growth is wanted, raise ENTRY_BUDGET_BYTES in .scripts/check-size.mjs and docs/bundle-size.md.');
  process.exit(1);
}
