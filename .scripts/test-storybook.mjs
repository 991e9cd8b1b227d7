// Opens every story of the built Storybook in storybook-static/ in headless Chromium and fails
// on console errors, page errors, failed requests, requests to hosts other than 127.0.0.1,
// unexpected console warnings and axe violations. It builds nothing: run
// `npm run build-storybook` first.
import {createReadStream} from 'node:fs';
import {readFile, stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {browserHelp, findChrome, headlessChromeArgs} from './find-browser.mjs';
import {contentTypes} from './content-types.mjs';

const usage = `Usage: node .scripts/test-storybook.mjs [STORY_ID_PART...]

Serves storybook-static/ on 127.0.0.1 and checks each story in headless Chromium.
With arguments, checks only the stories whose id contains one of them.
The browser is CHROME_PATH, else the first Chromium or Chrome found in the usual paths.

A story may log console warnings only when its parameter expectedWarnings lists them, as
substrings; each listed warning must then appear.`;

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const staticDir = path.join(rootDir, 'storybook-static');
const require = createRequire(import.meta.url);

const chromeArgs = headlessChromeArgs;

// Time limits in ms. A story's limit covers loading, its play function and the axe run. The
// slowest play functions take about 3 to 4 s, most of it waiting for the first status check.
const BROWSER_LAUNCH_TIMEOUT_MS = 30_000;
const STORY_TIMEOUT_MS = 30_000;
const PAGE_CLOSE_TIMEOUT_MS = 5_000;

// Protocols whose URLs name a host. Requests for data:, blob: and about: URLs stay in the page.
const networkProtocols = new Set(['http:', 'https:', 'ws:', 'wss:']);


/** Rejects with an error naming `operation` when `promise` has not settled within `ms`. */
function withTimeout(promise, ms, operation) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${operation} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Failed assertions of testing-library append a dump of the whole DOM.
const MAX_PROBLEM_LENGTH = 400;

function shorten(text) {
  return text.length > MAX_PROBLEM_LENGTH ? `${text.slice(0, MAX_PROBLEM_LENGTH)}…` : text;
}

/** Serves the files of `dir` on 127.0.0.1 at a free port. Resolves with the server and its origin. */
async function startStaticServer(dir) {
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {Allow: 'GET, HEAD'}).end();
      return;
    }
    let filePath;
    try {
      const {pathname} = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (pathname === '/favicon.ico') {
        // Chromium requests this from every origin on its own, and a 404 would count as a failed request.
        response.writeHead(204).end();
        return;
      }
      filePath = path.join(dir, decodeURIComponent(pathname));
    } catch {
      response.writeHead(400).end();
      return;
    }
    // path.join resolves "..", so a path outside `dir` is a request to leave it.
    if (filePath !== dir && !filePath.startsWith(dir + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(filePath)).isDirectory()) {
        filePath = path.join(filePath, 'index.html');
      }
      const info = await stat(filePath);
      response.writeHead(200, {
        'Content-Type': contentTypes[path.extname(filePath)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-store',
      });
      if (request.method === 'HEAD') {
        response.end();
      } else {
        createReadStream(filePath).pipe(response);
      }
    } catch {
      response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'}).end('Not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {server, origin: `http://127.0.0.1:${server.address().port}`};
}

/** Returns the ids of the stories in storybook-static/index.json, docs pages left out. */
async function listStoryIds() {
  const indexPath = path.join(staticDir, 'index.json');
  let index;
  try {
    index = JSON.parse(await readFile(indexPath, 'utf8'));
  } catch (error) {
    throw new Error(`Reading ${indexPath} failed (${error.message}). Run \`npm run build-storybook\` first.`);
  }
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
}

/**
 * Runs in each story page before its scripts. It records the events of Storybook's preview
 * channel in `window.__storyCheck`, catching the channel as Storybook assigns it to
 * `globalThis.__STORYBOOK_ADDONS_CHANNEL__`, because a listener added later could miss them.
 */
function recordStorybookEvents() {
  const record = {errors: [], expectedWarnings: [], finished: null};
  window.__storyCheck = record;

  const describe = (payload) => {
    // JSON.stringify returns undefined for undefined, which storyMissing may send.
    const text = typeof payload === 'string' ? payload : JSON.stringify(payload) ?? String(payload);
    return text.length > 500 ? `${text.slice(0, 500)}…` : text;
  };
  const errorEvents = [
    'storyErrored',
    'storyMissing',
    'storyThrewException',
    'playFunctionThrewException',
    'unhandledErrorsWhilePlaying',
  ];

  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyPrepared', ({parameters}) => {
        record.expectedWarnings = parameters?.expectedWarnings ?? [];
      });
      for (const name of errorEvents) {
        value.on(name, (payload) => record.errors.push(`${name}: ${describe(payload)}`));
      }
      value.on('storyFinished', ({status, reporters}) => {
        record.finished = {
          status,
          failedReports: (reporters ?? [])
            .filter((report) => report.status === 'failed')
            .map((report) => report.type),
        };
      });
    },
  });
}

/** Waits for all <messenger-optin> elements to finish updating, then runs axe on the story root. */
async function findAxeViolations(page, axeSource) {
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('messenger-optin')].map((element) => element.updateComplete)));
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const results = await window.axe.run('#storybook-root', {resultTypes: ['violations']});
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/** Opens one story and returns the problems found. An empty list means the story passed. */
async function checkStory(browser, origin, storyId, axeSource) {
  const problems = [];
  const warnings = [];
  const page = await browser.newPage();
  let phase = 'loading the page';
  // Set before the page closes, because requests that closing cancels are no failures.
  let closing = false;
  const report = (problem) => {
    if (!closing) {
      problems.push(shorten(problem));
    }
  };

  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'assert') {
      report(`console.${type}: ${message.text()}`);
    } else if (type === 'warn' || type === 'warning') {
      warnings.push(message.text());
    }
  });
  page.on('pageerror', (error) => report(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (networkProtocols.has(url.protocol) && url.hostname !== '127.0.0.1') {
      report(`request to a host other than 127.0.0.1: ${request.method()} ${request.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown error';
    report(`request failed: ${request.method()} ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      report(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    }
  });

  const check = async () => {
    await page.evaluateOnNewDocument(recordStorybookEvents);
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story`, {waitUntil: 'load'});

    phase = 'waiting for the story to finish (render, play function, a11y addon)';
    // Storybook sends no storyFinished for a missing story, so an error ends the wait as well.
    await page.waitForFunction(
      () => window.__storyCheck?.finished !== null || window.__storyCheck?.errors.length > 0,
      {polling: 50, timeout: 0},
    );
    const record = await page.evaluate(() => window.__storyCheck);
    problems.push(...record.errors.map(shorten));
    if (record.finished && record.finished.status !== 'success') {
      const reports = record.finished.failedReports.join(', ');
      problems.push(`Storybook reports the story as ${record.finished.status}${reports ? ` (failed: ${reports})` : ''}`);
    }

    phase = 'running axe';
    for (const violation of await findAxeViolations(page, axeSource)) {
      const targets = violation.targets.join(', ');
      problems.push(`axe ${violation.id} (${violation.impact}): ${violation.help}, at ${targets}`);
    }

    for (const warning of warnings) {
      if (!record.expectedWarnings.some((expected) => warning.includes(expected))) {
        problems.push(shorten(`unexpected console.warn: ${warning}`));
      }
    }
    for (const expected of record.expectedWarnings) {
      if (!warnings.some((warning) => warning.includes(expected))) {
        problems.push(`expected a console warning containing ${JSON.stringify(expected)}, but none was logged`);
      }
    }
  };

  try {
    await withTimeout(check(), STORY_TIMEOUT_MS, 'the story check');
  } catch (error) {
    problems.push(`${error.message} while ${phase}`);
  } finally {
    closing = true;
    await withTimeout(page.close(), PAGE_CLOSE_TIMEOUT_MS, 'closing the page').catch((error) => {
      problems.push(error.message);
    });
  }
  return problems;
}

async function main() {
  const filters = process.argv.slice(2);
  if (filters.includes('--help') || filters.includes('-h')) {
    console.log(usage);
    return 0;
  }

  const executablePath = findChrome();
  if (!executablePath) {
    console.error(browserHelp);
    return 1;
  }
  const allIds = await listStoryIds();
  const storyIds = filters.length === 0 ? allIds : allIds.filter((id) => filters.some((part) => id.includes(part)));
  if (storyIds.length === 0) {
    console.error(`No story id contains ${filters.map((part) => JSON.stringify(part)).join(' or ')}. ` +
      `The ids of all ${allIds.length} stories are in storybook-static/index.json.`);
    return 1;
  }
  const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

  const {server, origin} = await startStaticServer(staticDir);
  let browser;
  // Bounds the whole run, so that a hung browser cannot keep CI waiting.
  const runTimeoutMs = BROWSER_LAUNCH_TIMEOUT_MS + storyIds.length * (STORY_TIMEOUT_MS + PAGE_CLOSE_TIMEOUT_MS);
  const watchdog = setTimeout(() => {
    console.error(`The Storybook check timed out after ${runTimeoutMs} ms, so the browser is stopped.`);
    browser?.process()?.kill('SIGKILL');
    process.exit(1);
  }, runTimeoutMs);
  watchdog.unref();

  const failures = [];
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: chromeArgs,
      timeout: BROWSER_LAUNCH_TIMEOUT_MS,
      protocolTimeout: STORY_TIMEOUT_MS,
    });
    const stories = storyIds.length === 1 ? 'story' : 'stories';
    console.log(`Checking ${storyIds.length} ${stories} with ${executablePath} at ${origin}`);
    for (const storyId of storyIds) {
      const startedAt = performance.now();
      const problems = await checkStory(browser, origin, storyId, axeSource);
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
      if (problems.length === 0) {
        console.log(`  ok    ${storyId} (${seconds} s)`);
      } else {
        console.log(`  FAIL  ${storyId} (${seconds} s)`);
        for (const problem of problems) {
          console.log(`          ${problem}`);
        }
        failures.push({storyId, problems});
      }
    }
  } finally {
    await withTimeout(browser?.close() ?? Promise.resolve(), PAGE_CLOSE_TIMEOUT_MS, 'closing the browser')
      .catch(() => browser?.process()?.kill('SIGKILL'));
    server.close();
    clearTimeout(watchdog);
  }

  if (failures.length > 0) {
    console.log('\nFailed stories:');
    for (const {storyId, problems} of failures) {
      console.log(`  ${storyId}: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`);
    }
  }
  console.log(`Storybook: ${storyIds.length} stories checked, ${failures.length} failed`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
