// Checks what `npm pack` would publish, and that importing the package in Node touches neither
// `window` nor `document`, so server rendering and framework test runners can import it.
// Run after `npm run build`.
import {execFileSync} from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const failures = [];

const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'}));
const files = new Set(packed[0].files.map(({path}) => path));

const required = [
  'package.json', 'README.md', 'README.de.md', 'dist/custom-elements.json',
  'dist/index.js', 'dist/index.d.ts', 'dist/define.js', 'dist/define.d.ts', 'dist/events.d.ts',
  'dist/cdn/messenger-optin.js', 'dist/cdn/messenger-optin.classic.js', 'dist/cdn/integrity.json',
];
for (const path of required) {
  if (!files.has(path)) {
    failures.push(`npm pack would not publish ${path}.`);
  }
}
for (const path of files) {
  if (/^(src|test|stories|\.scripts|docs|node_modules|\.storybook|\.ci)\//.test(path) || path.endsWith('.map')) {
    failures.push(`npm pack would publish ${path}, which belongs only in the repository.`);
  }
}

// Every export in package.json must point at a published file.
const packageJson = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], {cwd: root, encoding: 'utf8'}));
for (const [subpath, target] of Object.entries(packageJson.exports)) {
  const targets = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of targets) {
    if (!files.has(file.replace(/^\.\//, ''))) {
      failures.push(`exports["${subpath}"] points at ${file}, which npm pack would not publish.`);
    }
  }
}

// Imports both entries with `window` and `document` replaced by getters that record each
// access made by the package's own modules. Lit's Node build probes `typeof document` when it
// loads, which is safe, so accesses from node_modules are not counted.
const probe = `
  const touched = [];
  for (const name of ['window', 'document']) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        const caller = new Error().stack.split('\\n')[2] ?? '';
        if (caller.includes('/dist/')) {
          touched.push(name + ' ' + caller.trim());
        }
        return undefined;
      },
    });
  }
  await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)});
  await import(${JSON.stringify(new URL('../dist/define.js', import.meta.url).href)});
  console.log(JSON.stringify(touched));
`;
try {
  const touched = JSON.parse(execFileSync('node', ['--input-type=module', '-e', probe], {cwd: root, encoding: 'utf8'}).trim().split('\n').pop());
  if (touched.length > 0) {
    failures.push(`importing the package in Node read ${[...new Set(touched)].join('; ')}.`);
  }
} catch (error) {
  failures.push(`importing the package in Node failed: ${error.stderr || error.message}`);
}

if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`check-package: npm pack publishes ${files.size} files as expected, and the Node import touches no DOM global.`);
