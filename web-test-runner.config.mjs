import {randomBytes} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {
  BLACKHOLE_PROXY,
  browserHelp,
  findChrome,
  findFirefox,
  firefoxHelp,
  headlessChromeArgs,
} from './.scripts/find-browser.mjs';

const rootDir = new URL('.', import.meta.url).pathname;

// TEST_BROWSERS picks the browsers, e.g. TEST_BROWSERS=firefox npx wtr. By default both run.
const knownBrowsers = ['chromium', 'firefox'];
const selectedBrowsers = (process.env.TEST_BROWSERS ?? knownBrowsers.join(','))
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
const unknownBrowsers = selectedBrowsers.filter((name) => !knownBrowsers.includes(name));
if (selectedBrowsers.length === 0 || unknownBrowsers.length > 0) {
  throw new Error(`TEST_BROWSERS="${process.env.TEST_BROWSERS}" is invalid: ` +
    `expected a comma-separated list of ${knownBrowsers.join(', ')}, e.g. TEST_BROWSERS=chromium.`);
}

// Both browsers send every request for a host other than a loopback address to the blackhole
// proxy, so a request that a test makes to another host by mistake fails on this machine. Chromium
// also keeps timers and animation frames running in pages that are not in front.
const chromeArgs = [
  ...headlessChromeArgs,
  '--disable-dev-shm-usage',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

const firefoxPrefs = {
  'network.proxy.type': 1,
  'network.proxy.http': BLACKHOLE_PROXY.host,
  'network.proxy.http_port': BLACKHOLE_PROXY.port,
  'network.proxy.ssl': BLACKHOLE_PROXY.host,
  'network.proxy.ssl_port': BLACKHOLE_PROXY.port,
  'network.proxy.share_proxy_settings': true,
};

// Test files that need the Chrome DevTools Protocol: emulateMedia and the emulate-media-features
// command below emulate media features through it, and Firefox (driven over WebDriver BiDi)
// supports neither. They run in Chromium only, as the group chromium-only. The test runner runs
// every group, also with --files, so `npx wtr --group default --files FILE` runs one other file.
const chromiumOnlyFiles = ['test/look-and-feel.test.ts'];

function createBrowsers() {
  const browsers = {};
  if (selectedBrowsers.includes('chromium')) {
    const executablePath = findChrome();
    if (!executablePath) {
      throw new Error(browserHelp);
    }
    browsers.chromium = chromeLauncher({
      launchOptions: {executablePath, headless: true, args: chromeArgs},
    });
  }
  if (selectedBrowsers.includes('firefox')) {
    const executablePath = findFirefox();
    if (!executablePath) {
      throw new Error(firefoxHelp);
    }
    // Puppeteer drives Firefox over WebDriver BiDi.
    browsers.firefox = puppeteerLauncher({
      launchOptions: {browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: firefoxPrefs},
    });
  }
  return browsers;
}

const browsers = createBrowsers();

// The CSP test pages talk to a real HTTP fake of the backend (fakeApiForCspPages below) rather
// than to msw. Firefox (seen with 153 ESR) checks a service worker's own responses against the
// page's connect-src under the worker script's URL, so it blocks msw's responses there. The fake
// API is served by this test server under the other loopback name (127.0.0.1 for pages on
// localhost), so that it is a cross-origin backend, as on a real site.
const CSP_FAKE_API_PATH = '/test-api/v1';

/** Returns the origin of the CSP fake API for a page on `host` (host name and port). */
function cspFakeApiOrigin(host) {
  const {hostname, port} = new URL(`http://${host}`);
  return `http://${hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${port}`;
}

// Content-Security-Policy of each page under test/pages/csp/. A fresh nonce replaces every
// `__CSP_NONCE__` in the page and in its policy, as a server that sets nonces would do.
const cspPolicies = {
  '/test/pages/csp/strict.html': ({apiOrigin}) =>
    "default-src 'none'; script-src 'self'; style-src 'self'; " +
    `connect-src ${apiOrigin}; require-trusted-types-for 'script'; trusted-types lit-html`,
  '/test/pages/csp/nonce.html': ({apiOrigin, nonce}) =>
    `default-src 'none'; script-src 'self'; style-src 'nonce-${nonce}'; ` +
    `connect-src ${apiOrigin}; require-trusted-types-for 'script'; trusted-types lit-html`,
};

const cspFakeApiConfig = {
  businessName: 'Example Coffee Roasters',
  privacyUrl: 'https://example.com/privacy',
  channels: [
    {type: 'whatsapp', address: '+49 171 1234567'},
    {type: 'telegram', address: 'ExampleCoffeeBot'},
  ],
};
/** Intent bodies the CSP fake API received, newest last; `GET …/__intents` returns them. */
const cspFakeApiIntents = [];

function readRequestBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Handles the three requests of the HTTP contract (docs/http-api.md) under CSP_FAKE_API_PATH,
 * with the CORS headers a real backend sends. Every intent is accepted as pending.
 */
async function fakeApiForCspPages(context, next) {
  if (!context.path.startsWith(`${CSP_FAKE_API_PATH}/`)) {
    return next();
  }
  const path = context.path.slice(CSP_FAKE_API_PATH.length);
  context.set('Access-Control-Allow-Origin', '*');
  context.set('Cache-Control', 'no-store');
  if (context.method === 'GET' && /^\/widgets\/[^/]+\/config$/.test(path)) {
    context.body = cspFakeApiConfig;
  } else if (context.method === 'POST' && /^\/widgets\/[^/]+\/intents$/.test(path)) {
    cspFakeApiIntents.push(JSON.parse(await readRequestBody(context.req)));
    context.status = 202;
    context.body = {status: 'pending'};
  } else if (context.method === 'GET' && /^\/widgets\/[^/]+\/intents\/[^/]+$/.test(path)) {
    context.body = {status: 'pending'};
  } else if (context.method === 'GET' && path === '/__intents') {
    context.body = cspFakeApiIntents;
  } else {
    context.status = 404;
    context.body = {error: 'not-found', message: `No fake API route for ${context.method} ${context.path}.`};
  }
}

// The test runner adds this script to every HTML page it serves. It opens a WebSocket to the test
// server, which the pages' connect-src forbids, and a page that a site serves has no such script.
const INJECTED_WEB_SOCKET_SCRIPT =
  /<!-- injected by web-dev-server -->\s*<script type="module" src="\/__web-dev-server__web-socket\.js"><\/script>/;

/** Returns the paths of the .ts files under `dir`, relative to the project root. */
function listTypeScriptFiles(dir) {
  return readdirSync(join(rootDir, dir), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(rootDir, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

const devToolsSessions = new WeakMap();

/** Maximum length of a printed browser log argument; logs with a longer one are dropped. */
const MAX_LOGGED_ARGUMENT_LENGTH = 2000;

/**
 * Serves the script-tag build under another file name, as a site might: /test/renamed/optin.min.js
 * is dist/cdn/messenger-optin.js, and /test/renamed/chunks/ is dist/cdn/chunks/.
 */
function serveRenamedBundle(context, next) {
  if (context.path === '/test/renamed/optin.min.js') {
    context.path = '/dist/cdn/messenger-optin.js';
  } else if (context.path.startsWith('/test/renamed/chunks/')) {
    context.path = context.path.replace('/test/renamed/', '/dist/cdn/');
  }
  return next();
}

export default {
  files: ['test/**/*.test.ts', ...chromiumOnlyFiles.map((file) => `!${file}`)],
  groups: browsers.chromium
    ? [{name: 'chromium-only', files: chromiumOnlyFiles, browsers: [browsers.chromium]}]
    : [],
  nodeResolve: true,
  rootDir: '.',
  // One test file at a time per browser, because keyboard and focus tests need the page in front.
  concurrency: 1,
  testFramework: {
    config: {timeout: 10000},
  },
  // Keeps the output readable: Lit's dev-mode notice appears once per test file, and Firefox
  // prints an element passed to console.warn as its whole HTML, which for the fuzz test's
  // elements runs to hundreds of kilobytes.
  filterBrowserLogs: ({args}) =>
    !String(args[0]).startsWith('Lit is in dev mode') &&
    !args.some((arg) => String(arg).length > MAX_LOGGED_ARGUMENT_LENGTH),
  middleware: [
    // msw's service worker lives in test/msw/ but must control test pages served from /, which
    // a browser allows only when the script's response carries this header.
    function allowMswWorkerScope(context, next) {
      if (context.path === '/test/msw/mockServiceWorker.js') {
        context.set('Service-Worker-Allowed', '/');
      }
      return next();
    },
    fakeApiForCspPages,
    serveRenamedBundle,
  ],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2021'}),
    {
      // Serves the pages under test/pages/csp/ with their Content-Security-Policy header.
      name: 'csp-test-pages',
      transform(context) {
        const policy = cspPolicies[context.path];
        if (!policy) {
          return undefined;
        }
        const nonce = randomBytes(16).toString('base64');
        const apiOrigin = cspFakeApiOrigin(context.host);
        return {
          body: context.body.replace(INJECTED_WEB_SOCKET_SCRIPT, '').replaceAll('__CSP_NONCE__', nonce),
          headers: {'Content-Security-Policy': policy({apiOrigin, nonce}), 'Cache-Control': 'no-store'},
          transformCache: false,
        };
      },
    },
    {
      // `executeServerCommand('read-source-files')` returns [{path, text}] for every .ts file
      // under src/, unchanged, for the static checks in test/csp.test.ts.
      name: 'read-source-files',
      executeCommand({command}) {
        if (command !== 'read-source-files') {
          return undefined;
        }
        return listTypeScriptFiles('src').map((path) => ({path, text: readFileSync(join(rootDir, path), 'utf8')}));
      },
    },
    {
      // `executeServerCommand('fuzz-seed')` returns FUZZ_SEED from the environment, or '' (the test
      // runner takes null for an unknown command), so a failed fuzz run can be repeated with
      // FUZZ_SEED=<seed> npx wtr --group default --files test/fuzz.test.ts.
      name: 'fuzz-seed',
      executeCommand({command}) {
        if (command !== 'fuzz-seed') {
          return undefined;
        }
        return process.env.FUZZ_SEED ?? '';
      },
    },
    {
      // `executeServerCommand('emulate-media-features', [{name, value}])` sets media features that
      // emulateMedia from @web/test-runner-commands does not cover, such as forced-colors.
      // Chromium only, because it uses the DevTools protocol.
      name: 'emulate-media-features',
      async executeCommand({command, payload, session}) {
        if (command !== 'emulate-media-features') {
          return undefined;
        }
        // The DevTools session stays open, because Chromium drops its emulation when it closes.
        const page = session.browser.getPage(session.id);
        let client = devToolsSessions.get(page);
        if (!client) {
          client = await page.createCDPSession();
          devToolsSessions.set(page, client);
        }
        await client.send('Emulation.setEmulatedMedia', {features: payload});
        return true;
      },
    },
  ],
  browsers: Object.values(browsers),
};
