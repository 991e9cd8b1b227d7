// Checks that README.md names every public attribute, event, part, slot and custom property that
// the custom-elements manifest lists (made afresh from the class documentation), and that its
// script-tag snippets carry the integrity hashes of the current build.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {READMES_WITH_SNIPPETS} from './write-sri.mjs';

const root = new URL('..', import.meta.url).pathname;
// The analyzer resolves --outdir against the working directory, so it stays inside the project.
const outdir = join('node_modules', '.cache', 'check-docs');
const failures = [];
// The analyzer also points package.json's customElements field at its output, which here is a
// temporary file, so the file is put back afterwards.
const packageJsonPath = join(root, 'package.json');
const packageJson = readFileSync(packageJsonPath, 'utf8');

try {
  execFileSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/generated/**',
    '--outdir', outdir], {cwd: root, stdio: 'pipe'});
  const manifest = JSON.parse(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8'));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) {
        continue;
      }
      const names = [
        ...(declaration.attributes ?? []).map(({name}) => ['attribute', name]),
        ...(declaration.events ?? []).map(({name}) => ['event', name]),
        ...(declaration.cssParts ?? []).map(({name}) => ['part', name]),
        ...(declaration.slots ?? []).map(({name}) => ['slot', name]),
        ...(declaration.cssProperties ?? []).map(({name}) => ['custom property', name]),
      ];
      for (const [kind, name] of names) {
        if (!readme.includes(`\`${name}\``)) {
          failures.push(`README.md does not document the ${kind} \`${name}\` of <${declaration.tagName}>.`);
        }
      }
    }
  }
} finally {
  writeFileSync(packageJsonPath, packageJson);
  rmSync(join(root, outdir), {recursive: true, force: true});
}

// The READMEs' script tags must carry the integrity values of the current build. README.md shows
// both bundles; README.de.md shows the module bundle, and the classic one if it names it.
const integrityPath = join(root, 'dist', 'cdn', 'integrity.json');
if (existsSync(integrityPath)) {
  for (const file of READMES_WITH_SNIPPETS) {
    const readme = readFileSync(join(root, file), 'utf8');
    for (const [name, value] of Object.entries(JSON.parse(readFileSync(integrityPath, 'utf8')))) {
      const snippet = new RegExp(`src="[^"]*/${name.replace(/\./g, '\\.')}"\\s+integrity="([^"]*)"`);
      const shownValue = readme.match(snippet)?.[1];
      const required = file === 'README.md' || name === 'messenger-optin.js';
      if (shownValue === undefined && !required) {
        continue;
      }
      if (shownValue !== value) {
        failures.push(`${file} shows integrity "${shownValue}" for ${name}, but the build has "${value}": run \`node .scripts/write-sri.mjs --readme\` after \`npm run build\`.`);
      }
    }
  }
} else {
  failures.push('dist/cdn/integrity.json not found: run `npm run build` first.');
}

if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('check-docs: README.md documents every public name in the manifest, and both READMEs show the current integrity hashes.');
