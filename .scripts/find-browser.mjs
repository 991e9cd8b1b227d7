// Locates the Chromium (or Chrome) and Firefox binaries for the browser tests, so that no test tool
// downloads one.
import {existsSync} from 'node:fs';

/** Paths tried in order after CHROME_PATH. */
export const usualChromePaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const browserHelp = `No Chromium or Chrome was found.
  Set CHROME_PATH to the browser binary, for example:
    CHROME_PATH=/usr/bin/chromium npm test
  or install Debian's Chromium (as root):
    apt-get update && apt-get install -y chromium
  Paths tried: ${usualChromePaths.join(', ')}`;

/**
 * Returns the binary named by the environment variable `variable`, else the first of `paths`
 * that exists, else null. Throws when the variable names a missing file, because a typo there
 * should not silently fall back to another browser.
 */
function findBrowser(env, variable, paths, browserName) {
  const configured = env[variable];
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(`${variable} is set to "${configured}", but no file exists there. ` +
        `Point it at a ${browserName} binary, or unset it to search the usual paths.`);
    }
    return configured;
  }
  return paths.find((path) => existsSync(path)) ?? null;
}

/** Returns the Chromium or Chrome binary from CHROME_PATH or the usual paths, else null. */
export function findChrome(env = process.env) {
  return findBrowser(env, 'CHROME_PATH', usualChromePaths, 'Chromium or Chrome');
}

/** Paths tried in order after FIREFOX_PATH. Firefox ESR comes first, because Debian ships it. */
export const usualFirefoxPaths = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export const firefoxHelp = `No Firefox was found.
  Set FIREFOX_PATH to the browser binary, for example:
    FIREFOX_PATH=/usr/bin/firefox-esr npm test
  or install Debian's Firefox ESR (as root):
    apt-get update && apt-get install -y firefox-esr
  Paths tried: ${usualFirefoxPaths.join(', ')}`;

/** Returns the Firefox binary from FIREFOX_PATH or the usual paths, else null. */
export function findFirefox(env = process.env) {
  return findBrowser(env, 'FIREFOX_PATH', usualFirefoxPaths, 'Firefox');
}

/**
 * Proxy on the discard port of the loopback address, which refuses every connection. Browsers
 * pointed at it fail any request for a host other than a loopback address on this machine instead
 * of sending it out, and they bypass proxies for loopback addresses, so local servers stay
 * reachable.
 */
export const BLACKHOLE_PROXY = {host: '127.0.0.1', port: 9};

/**
 * Flags for headless Chromium as root on a machine without outside network: no sandbox (root),
 * no background requests that would only fail and slow the start, and the blackhole proxy.
 */
export const headlessChromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--proxy-server=http://${BLACKHOLE_PROXY.host}:${BLACKHOLE_PROXY.port}`,
];
