// Tests .scripts/check-examples.mjs: it passes on the examples as they are, and fails with the
// file and the wrong name on a copy of them with one mistake each.
// Run: node --test .scripts/check-examples.test.mjs, after `npm run analyze` has written
// dist/custom-elements.json.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';

const examplesDir = new URL('../docs/examples/', import.meta.url).pathname;
const checker = new URL('check-examples.mjs', import.meta.url).pathname;
const tempDirs = [];

function runChecker(dir) {
  return spawnSync(process.execPath, [checker, dir], {encoding: 'utf8'});
}

/** Copies the examples to a temporary folder and applies `edit` to one file of the copy. */
function copyWithEdit(file, edit) {
  const dir = mkdtempSync(join(tmpdir(), 'check-examples-'));
  tempDirs.push(dir);
  cpSync(examplesDir, dir, {recursive: true});
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const edited = edit(before);
  assert.notEqual(edited, before, `the edit of ${file} changed nothing, so this case would test nothing`);
  writeFileSync(path, edited);
  return dir;
}

after(() => tempDirs.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

describe('check-examples', () => {
  it('passes on the examples', () => {
    const result = runChecker(examplesDir);
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Examples: 4 files, \d+ names and \d+ imports checked\.\n$/);
  });

  const cases = [
    ['html/index.html', "'optin-start'", "'optin-strat'", '"optin-strat"'],
    ['html/index.html', 'business-name=', 'businessName=', 'Did you mean the attribute "business-name"?'],
    ['html/index.html', 'privacy-url="https://example.com/privacy"', 'privacy-url=https://example.com/privacy', 'cannot read'],
    ['react/SignUp.tsx', 'onoptin-confirmed=', 'onoptin-confirm=', '"optin-confirm"'],
    ['react/SignUp.tsx', 'backend={backend}', 'backnd={backend}', '"backnd"'],
    ['vue/SignUp.vue', '@optin-start=', '@optin-started=', '"optin-started"'],
    ['vue/SignUp.vue', ':backend.prop=', ':privacy-url.prop=', 'Did you mean the property "privacyUrl"?'],
    ['vue/SignUp.vue', 'type OptinStartDetail', 'type OptinStartEvent', 'OptinStartEvent'],
    ['angular/sign-up.ts', '(optin-start)', '(optinStart)', 'Did you mean the event "optin-start"?'],
    ['angular/sign-up.ts', '[attr.topic]', '[attr.subject]', '"subject"'],
    ['angular/sign-up.ts', '[backend]', '[reference]', 'read-only'],
  ];
  for (const [file, search, replacement, expected] of cases) {
    it(`fails on ${replacement} in ${file}`, () => {
      const result = runChecker(copyWithEdit(file, (text) => text.replace(search, replacement)));
      assert.equal(result.status, 1);
      assert.ok(result.stderr.includes(file), result.stderr);
      assert.ok(result.stderr.includes(expected), result.stderr);
    });
  }

  it('fails on a missing example', () => {
    const dir = copyWithEdit('angular/sign-up.ts', (text) => `${text}\n`);
    rmSync(join(dir, 'angular', 'sign-up.ts'));
    const result = runChecker(dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /angular\/sign-up\.ts: example not found/);
  });

  it('fails on an example that uses no name', () => {
    const result = runChecker(copyWithEdit('html/index.html', () => '<messenger-optin></messenger-optin>\n'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /html\/index\.html: sets no attribute or property/);
    assert.match(result.stderr, /html\/index\.html: listens to no event/);
  });
});
