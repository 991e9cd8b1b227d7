// Tests of .scripts/private-members.mjs: `node --test .scripts/private-members.test.mjs`.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {privateMemberNames} from './private-members.mjs';

const names = privateMemberNames();

test('privateMemberNames lists private methods and fields', () => {
  for (const name of ['handleChannelActivate', 'privacyBodyShown', 'importQrEncoder', 'reportProblem']) {
    assert.ok(names.includes(name), name);
  }
});

test('privateMemberNames leaves out reactive states', () => {
  // Lit reads these names from the static properties map, so they must keep them.
  for (const name of ['panelOpen', 'configState', 'qrLink', 'qrLoadFailed']) {
    assert.ok(!names.includes(name), name);
  }
});

test('privateMemberNames leaves out standard library names', () => {
  for (const name of ['locale', 'abort', 'resolve', 'origin']) {
    assert.ok(!names.includes(name), name);
  }
});

test('privateMemberNames leaves out names that are also public', () => {
  // The element's private recordIntent calls the backend interface's recordIntent, which the
  // HTTP client in another chunk implements, so renaming it would break the call.
  for (const name of ['recordIntent', 'confirmAfterMs', 'latencyMs']) {
    assert.ok(!names.includes(name), name);
  }
});
