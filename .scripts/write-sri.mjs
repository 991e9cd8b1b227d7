// Writes the Subresource Integrity hash (sha384) of each script-tag bundle next to it, as
// `<file>.sri`, and all of them to dist/cdn/integrity.json, for the integrity attribute. With
// --readme it also puts them into the script tags of README.md and README.de.md.
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';

export const SRI_FILES = ['messenger-optin.js', 'messenger-optin.classic.js'];

/** The READMEs whose script-tag snippets show the integrity values. */
export const READMES_WITH_SNIPPETS = ['README.md', 'README.de.md'];
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
  if (process.argv.includes('--readme')) {
    for (const file of READMES_WITH_SNIPPETS) {
      const readmeUrl = new URL(`../${file}`, import.meta.url);
      let readme = readFileSync(readmeUrl, 'utf8');
      for (const [name, value] of Object.entries(integrity)) {
        const tag = new RegExp(`(src="[^"]*/${name.replace(/\./g, '\\.')}"\\s+integrity=")[^"]*(")`, 'g');
        readme = readme.replace(tag, `$1${value}$2`);
      }
      writeFileSync(readmeUrl, readme);
    }
  }
  for (const [name, value] of Object.entries(integrity)) {
    console.log(`${name}: ${value}`);
  }
}
