// Writes the Subresource Integrity hash (sha384) of each script-tag bundle next to it, as
// `<file>.sri`, and all of them to dist/cdn/integrity.json, for the integrity attribute.
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';

export const SRI_FILES = ['messenger-optin.js', 'messenger-optin.classic.js'];
const directory = new URL('../dist/cdn/', import.meta.url);

/** Returns the `sha384-…` integrity value of `content`. */
export function integrityOf(content) {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const integrity = {};
  for (const name of SRI_FILES) {
    const value = integrityOf(readFileSync(new URL(name, directory)));
    writeFileSync(new URL(`${name}.sri`, directory), `${value}\n`);
    integrity[name] = value;
  }
  writeFileSync(new URL('integrity.json', directory), `${JSON.stringify(integrity, null, 2)}\n`);
  for (const [name, value] of Object.entries(integrity)) {
    console.log(`${name}: ${value}`);
  }
}
