// Checks that custom-elements.json matches the class documentation and that README.md names every
// public attribute, event, part, slot and custom property the manifest lists.
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

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
  const fresh = readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
  if (fresh !== committed) {
    failures.push('custom-elements.json is out of date: run `npm run analyze` and commit the result.');
  }

  const manifest = JSON.parse(fresh);
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

if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('check-docs: manifest is current and README.md documents every public name.');
