// The browser side of both benchmark scripts: a fresh page per load that rejects broken pages,
// time limits, and the summary of repeated measurements.

/** Time limit in ms for loading and measuring one page. */
export const PAGE_TIMEOUT_MS = 30_000;

const CONTEXT_CLOSE_TIMEOUT_MS = 5_000;

/** Rejects with an error naming `operation` when `promise` has not settled within `ms`. */
function withTimeout(promise, ms, operation) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${operation} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Returns the minimum, median and maximum of `values`. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {min: sorted[0], median, max: sorted.at(-1)};
}

/**
 * Opens `url` in a new incognito context with the HTTP cache disabled and the CPU slowed down
 * `cpuSlowdown` times. `beforeLoad(page, cdp)` runs before the navigation, for a profiler or a
 * trace. Returns what `onLoaded(page, cdp)` returns, with every request of the page. Throws when
 * the page logs an error or warning, throws, or requests another host, because the numbers of a
 * broken page mean nothing.
 */
export async function withFreshPage(browser, url, {viewport, cpuSlowdown = 1, beforeLoad}, onLoaded) {
  const context = await browser.createBrowserContext();
  const problems = [];
  const requests = new Map();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    if (cpuSlowdown !== 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpuSlowdown});
    }
    recordRequests(cdp, requests, problems);
    await beforeLoad?.(page, cdp);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') {
        problems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

    await page.goto(url, {waitUntil: 'load', timeout: PAGE_TIMEOUT_MS});
    const result = await withTimeout(onLoaded(page, cdp), PAGE_TIMEOUT_MS, `Measuring ${url}`);
    if (problems.length > 0) {
      throw new Error(`${url} is broken:\n  ${problems.join('\n  ')}`);
    }
    return {result, requests: [...requests.values()]};
  } finally {
    await withTimeout(context.close(), CONTEXT_CLOSE_TIMEOUT_MS, 'Closing the browser context').catch((error) => {
      console.warn(`Warning: ${error.message}; the next runs may be slower.`);
    });
  }
}

/** Collects each request's URL and sizes from the CDP Network events into `requests`. */
function recordRequests(cdp, requests, problems) {
  cdp.on('Network.requestWillBeSent', ({requestId, request}) => {
    const {protocol, hostname} = new URL(request.url);
    if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1') {
      problems.push(`request to another host: ${request.url}`);
    }
    requests.set(requestId, {url: request.url, status: null, wireBytes: null, bodyBytes: null, decodedBytes: 0});
  });
  cdp.on('Network.responseReceived', ({requestId, response}) => {
    const record = requests.get(requestId);
    if (record) {
      record.status = response.status;
      record.contentEncoding = headerValue(response.headers, 'content-encoding') ?? 'identity';
      const length = headerValue(response.headers, 'content-length');
      record.bodyBytes = length === undefined ? null : Number(length);
    }
  });
  cdp.on('Network.dataReceived', ({requestId, dataLength}) => {
    const record = requests.get(requestId);
    if (record) {
      record.decodedBytes += dataLength;
    }
  });
  cdp.on('Network.loadingFinished', ({requestId, encodedDataLength}) => {
    const record = requests.get(requestId);
    if (record) {
      record.wireBytes = encodedDataLength;
    }
  });
  cdp.on('Network.loadingFailed', ({requestId, errorText}) => {
    problems.push(`request failed: ${requests.get(requestId)?.url ?? requestId}: ${errorText}`);
  });
}

function headerValue(headers, name) {
  const key = Object.keys(headers).find((header) => header.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}
