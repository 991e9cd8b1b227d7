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
 * Returns the browser binary from CHROME_PATH, else the first usual path that exists, else null.
 * Throws when CHROME_PATH is set but does not exist, because a typo there should not silently
 * fall back to another browser.
 */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) {
    if (!existsSync(env.CHROME_PATH)) {
      throw new Error(`CHROME_PATH is set to "${env.CHROME_PATH}", but no file exists there. ` +
        'Point it at a Chromium or Chrome binary, or unset it to search the usual paths.');
    }
    return env.CHROME_PATH;
  }
  return usualChromePaths.find((path) => existsSync(path)) ?? null;
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

/**
 * Returns the browser binary from FIREFOX_PATH, else the first usual path that exists, else null.
 * Throws when FIREFOX_PATH is set but does not exist, for the same reason as findChrome.
 */
export function findFirefox(env = process.env) {
  if (env.FIREFOX_PATH) {
    if (!existsSync(env.FIREFOX_PATH)) {
      throw new Error(`FIREFOX_PATH is set to "${env.FIREFOX_PATH}", but no file exists there. ` +
        'Point it at a Firefox binary, or unset it to search the usual paths.');
    }
    return env.FIREFOX_PATH;
  }
  return usualFirefoxPaths.find((path) => existsSync(path)) ?? null;
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
