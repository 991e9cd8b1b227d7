import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {findChrome, browserHelp} from './scripts/find-browser.mjs';

const executablePath = findChrome();
if (!executablePath) {
  throw new Error(browserHelp);
}

// Flags for a headless run as root on a machine without outside network: no sandbox (root), no
// background requests that would only fail and slow the start, and no throttling of timers and
// animation frames in pages that are not in front.
const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

const devToolsSessions = new WeakMap();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One test file at a time, because keyboard and focus tests need the page in front.
  concurrency: 1,
  testFramework: {
    config: {timeout: 10000},
  },
  middleware: [
    // msw's service worker lives in test/msw/ but must control test pages served from /, which
    // a browser allows only when the script's response carries this header.
    function allowMswWorkerScope(context, next) {
      if (context.path === '/test/msw/mockServiceWorker.js') {
        context.set('Service-Worker-Allowed', '/');
      }
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2021'}),
    {
      // `executeServerCommand('emulate-media-features', [{name, value}])` sets media features that
      // emulateMedia from @web/test-runner-commands does not cover, such as forced-colors.
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
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath, headless: true, args: chromeArgs},
    }),
  ],
};
