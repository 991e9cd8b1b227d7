// Checks the framework examples in docs/examples/ against the custom-elements manifest: every
// attribute, property and event that they use on <messenger-optin> must be in
// dist/custom-elements.json, and every name that they import from the package must be exported by
// that entry's source module.
//
// Usage: node .scripts/check-examples.mjs [examples folder]
// Run it after `npm run analyze` or `npm run build`, which write the manifest.
import {existsSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const examplesDir = resolve(process.argv[2] ?? join(root, 'docs', 'examples'));
const manifestPath = join(root, 'dist', 'custom-elements.json');

/** Example files and the framework whose template syntax each one uses. */
const EXAMPLES = {
  'html/index.html': 'html',
  'react/SignUp.tsx': 'react',
  'vue/SignUp.vue': 'vue',
  'angular/sign-up.ts': 'angular',
};

/** Package entries that examples may import, mapped to their source modules. */
const ENTRY_SOURCES = {'messenger-optin': 'src/index.ts', 'messenger-optin/define': 'src/define.ts'};

/** Global HTML attributes and framework keywords that are valid on every element. */
const COMMON_NAMES = new Set(['id', 'class', 'style', 'slot', 'hidden', 'dir', 'title', 'key', 'ref', 'className']);

const problems = [];

/** Reads the public attributes, writable properties and events of <messenger-optin>. */
function readElementApi() {
  if (!existsSync(manifestPath)) {
    console.error('dist/custom-elements.json not found: run `npm run analyze` first.');
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const element = manifest.modules.flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'messenger-optin');
  if (!element) {
    console.error('dist/custom-elements.json does not declare <messenger-optin>: run `npm run analyze` again.');
    process.exit(1);
  }
  const fields = element.members.filter((member) =>
    member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public');
  return {
    attribute: new Set(element.attributes.map(({name}) => name)),
    property: new Set(fields.filter((field) => !field.readonly).map(({name}) => name)),
    readonly: new Set(fields.filter((field) => field.readonly).map(({name}) => name)),
    event: new Set(element.events.map(({name}) => name)),
  };
}

/** Returns the names exported by a source module's `export {…}` lists and declarations. */
function exportedNames(sourcePath) {
  const source = readFileSync(join(root, sourcePath), 'utf8');
  const names = new Set();
  for (const [, list] of source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const item of list.split(',')) {
      names.add(item.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop());
    }
  }
  for (const [, name] of source.matchAll(/export\s+(?:class|function|const|interface|type)\s+(\w+)/g)) {
    names.add(name);
  }
  names.delete('');
  return names;
}

/**
 * Returns the names written in each `<messenger-optin …>` start tag, e.g. `business-name`,
 * `:backend.prop` or `onoptin-start`, and records a problem for a tag it cannot read to its end.
 * Values may be quoted or, in JSX, in braces.
 */
function startTagNames(file, source) {
  const names = [];
  const attributePattern = /\s*([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|\{))?/y;
  for (const tag of source.matchAll(/<messenger-optin(?=[\s/>])/g)) {
    let index = tag.index + tag[0].length;
    for (;;) {
      attributePattern.lastIndex = index;
      const attribute = attributePattern.exec(source);
      if (!attribute) {
        break;
      }
      names.push(attribute[1]);
      index = attribute[2] === '{' ? skipBraces(source, attributePattern.lastIndex - 1) : attributePattern.lastIndex;
    }
    if (!/^\s*\/?>/.test(source.slice(index))) {
      const line = source.slice(0, index).split('\n').length;
      problems.push(`${file}:${line}: cannot read this <messenger-optin> start tag; quote every attribute value.`);
    }
  }
  return names;
}

/** Returns the index after the brace that closes the one at `start`. */
function skipBraces(source, start) {
  let depth = 0;
  for (let index = start; index < source.length; index += 1) {
    if (source[index] === '{') {
      depth += 1;
    } else if (source[index] === '}' && (depth -= 1) === 0) {
      return index + 1;
    }
  }
  return source.length;
}

/**
 * Maps a name as written in a start tag to what it sets on the element: `{kind, name}` with kind
 * `attribute`, `property`, `attribute or property` (the framework decides at run time) or `event`.
 * Returns null for framework syntax that names no attribute, property or event of the element,
 * such as `v-if`, `#ref` or `[class.active]`.
 */
function classify(written, framework) {
  let match;
  if (framework === 'html') {
    return {kind: 'attribute', name: written.toLowerCase()};
  }
  if (framework === 'react') {
    // React 19 (setValueForPropertyOnCustomComponent in react-dom) adds a listener for `on` + the
    // exact event name when the value is a function, else sets the property if the element has
    // one, else the attribute.
    return written.startsWith('on') ? {kind: 'event', name: written.slice(2)} : {kind: 'attribute or property', name: written};
  }
  if (framework === 'vue') {
    if ((match = /^(?:@|v-on:)([^.]+)/.exec(written))) {
      return {kind: 'event', name: match[1]};
    }
    if ((match = /^(?::|v-bind:|\.|\^)([^.]+)((?:\.\w+)*)$/.exec(written))) {
      const modifiers = match[2].split('.');
      const name = modifiers.includes('camel') ? match[1].replace(/-(\w)/g, (_, letter) => letter.toUpperCase()) : match[1];
      const forced = written.startsWith('.') || modifiers.includes('prop') ? 'property'
        : written.startsWith('^') || modifiers.includes('attr') ? 'attribute' : 'attribute or property';
      return {kind: forced, name};
    }
    return written.startsWith('v-') ? null : {kind: 'attribute', name: written};
  }
  // Angular: (event), [attr.name], [property], [(property)], #reference, *directive.
  if ((match = /^\((.+)\)$/.exec(written))) {
    return {kind: 'event', name: match[1]};
  }
  if ((match = /^\[attr\.(.+)\]$/.exec(written))) {
    return {kind: 'attribute', name: match[1]};
  }
  if (/^\[(class|style)\./.test(written) || /^[#*]/.test(written)) {
    return null;
  }
  if ((match = /^\[\(?([^()]+)\)?\]$/.exec(written))) {
    return {kind: 'property', name: match[1]};
  }
  return {kind: 'attribute', name: written};
}

/** Returns a problem message when `name` is not valid as `kind`, else null. */
function checkName(file, written, {kind, name}, api) {
  const allowedKinds = kind.split(' or ');
  if (allowedKinds.some((allowed) => api[allowed].has(name)) || (kind !== 'event' && COMMON_NAMES.has(name))) {
    return null;
  }
  if (kind !== 'event' && api.readonly.has(name)) {
    return `${file}: ${written} sets the read-only property "${name}" of <messenger-optin>; remove it.`;
  }
  const normalize = (text) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const similar = allowedKinds.flatMap((allowed) => [...api[allowed]]
    .filter((valid) => normalize(valid) === normalize(name))
    .map((valid) => `${allowed} "${valid}"`));
  const fix = similar.length > 0
    ? `Did you mean the ${similar.join(' or the ')}?`
    : allowedKinds.map((allowed) => `Valid ${allowed === 'property' ? 'properties' : `${allowed}s`}: ${[...api[allowed]].join(', ')}.`).join(' ');
  const asWritten = written === name ? '' : ` (written ${written})`;
  return `${file}: <messenger-optin> has no ${kind} "${name}"${asWritten} in dist/custom-elements.json. ${fix}`;
}

const api = readElementApi();
const exportsByEntry = Object.fromEntries(Object.entries(ENTRY_SOURCES).map(([entry, source]) => [entry, exportedNames(source)]));
let namesChecked = 0;
let importsChecked = 0;

for (const [file, framework] of Object.entries(EXAMPLES)) {
  const path = join(examplesDir, file);
  if (!existsSync(path)) {
    problems.push(`${file}: example not found in ${examplesDir}; restore it or remove it from EXAMPLES in .scripts/check-examples.mjs.`);
    continue;
  }
  const source = readFileSync(path, 'utf8');

  const uses = startTagNames(file, source).map((written) => ({written, use: classify(written, framework)}));
  // Every addEventListener call in an example must name an event of the widget.
  for (const [call, type] of source.matchAll(/(?:add|remove)EventListener\(\s*['"`]([^'"`]+)['"`]/g)) {
    uses.push({written: `${call})`, use: {kind: 'event', name: type}});
  }
  const checked = uses.filter(({use}) => use !== null);
  for (const {written, use} of checked) {
    const problem = checkName(file, written, use, api);
    if (problem) {
      problems.push(problem);
    }
  }
  namesChecked += checked.length;
  if (!checked.some(({use}) => use.kind !== 'event')) {
    problems.push(`${file}: sets no attribute or property of <messenger-optin>; each example must set at least one.`);
  }
  if (!checked.some(({use}) => use.kind === 'event')) {
    problems.push(`${file}: listens to no event of <messenger-optin>; each example must listen to at least one.`);
  }

  for (const [, list = '', entry] of source.matchAll(/import\s+(?:type\s+)?(?:\{([^}]*)\}\s+from\s+)?['"](messenger-optin[^'"]*)['"]/g)) {
    importsChecked += 1;
    if (!exportsByEntry[entry]) {
      problems.push(`${file}: imports "${entry}", which is not a package entry. Use one of: ${Object.keys(ENTRY_SOURCES).join(', ')}.`);
      continue;
    }
    for (const item of list.split(',')) {
      const name = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0];
      if (name && !exportsByEntry[entry].has(name)) {
        problems.push(`${file}: imports ${name} from "${entry}", which ${ENTRY_SOURCES[entry]} does not export. Exported: ${[...exportsByEntry[entry]].join(', ')}.`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Examples: ${Object.keys(EXAMPLES).length} files, ${namesChecked} names and ${importsChecked} imports checked.`);
