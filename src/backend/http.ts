import {
  BackendError,
  BackendHttpError,
  BackendInvalidResponseError,
  BackendNetworkError,
  BackendTimeoutError,
  type BackendRequestInfo,
} from './errors.js';
import {copyIntent} from './intent.js';
import {isRetryable, parseRetryAfter, retryDelay} from './retry.js';
import {anySignal, raceAbort, sleep} from './signals.js';
import type {CallOptions, IntentStatus, OptinBackend, OptinIntent, WidgetConfig} from './types.js';
import {isSecureOrLocalHttpUrl, ownOption, parseIntentStatus, parseWidgetConfig} from './validate.js';

/** Options of `HttpBackend`. */
export interface HttpBackendOptions {
  /**
   * URL of the API, e.g. `https://api.example.com/optin/v1`. Operation paths are appended to its
   * path. A relative URL is resolved against `document.baseURI`.
   */
  baseUrl: string;
  /** Time limit in ms of one attempt, including reading the response body. Default 4000. */
  timeoutMs?: number;
  /** Maximum number of retries after the first attempt. Default 2. */
  retries?: number;
  /** Replaces the global `fetch`, e.g. in tests. */
  fetch?: typeof fetch;
  /** Returns a uniform random number in [0, 1) for the retry jitter. Default `Math.random`. */
  random?: () => number;
  /** Waits `ms` before a retry and rejects with `signal.reason` on abort. Default a timer. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Maximum length of a widget id or reference, which travel as URL path segments. */
export const MAX_PATH_SEGMENT_LENGTH = 128;
/** Maximum length in UTF-16 code units of a response body that the client reads. */
export const MAX_RESPONSE_LENGTH = 65_536;

const DEFAULT_TIMEOUT_MS = 4000;
const DEFAULT_RETRIES = 2;
const MAX_RETRIES = 10;
// setTimeout fires at once for delays above 2^31 - 1 ms.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

// text/plain is a CORS-safelisted content type, so the POST is a simple request that needs no
// preflight, the keepalive resend included.
const INTENT_CONTENT_TYPE = 'text/plain;charset=UTF-8';

// Sent with every request: no cookies or HTTP authentication, no Referer (the intent carries the
// page without its query string), and no cached responses.
const PRIVATE_REQUEST: RequestInit = {
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  cache: 'no-store',
  mode: 'cors',
};

/** An intent whose POST has not finished yet, kept for a resend when the page is hidden. */
interface PendingIntent {
  url: string;
  body: string;
  resentOnHide: boolean;
}

/**
 * Backend client for the documented HTTP API.
 *
 * Each attempt has its own timeout. Network errors, timeouts, HTTP 429 and 5xx are retried with
 * exponential backoff and full jitter, or after the `Retry-After` delay (at most 10 s). An intent
 * whose POST is still running when the page is hidden is sent once more with `keepalive`, because
 * the browser may cancel the original request. Every request, the resend included, is a fetch with
 * `credentials: 'omit'`, so no cookies are sent, and nothing is stored on the device.
 */
export class HttpBackend implements OptinBackend {
  /** The resolved base URL without a trailing slash. */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly retries: number;

  private readonly origin: string;
  private readonly basePath: string;
  private readonly fetchFunction: typeof fetch;
  private readonly random: () => number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  private readonly pendingIntents = new Set<PendingIntent>();

  constructor(options: HttpBackendOptions) {
    // Every option is read from an own property, because a page may have put keys such as
    // `timeoutMs` or `fetch` on Object.prototype.
    const base = resolveBaseUrl(ownOption(options, 'baseUrl'));
    this.origin = base.origin;
    this.basePath = base.pathname.replace(/\/+$/, '');
    this.baseUrl = this.origin + this.basePath;

    const timeoutMs = ownOption(options, 'timeoutMs');
    this.timeoutMs = timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(Number.isFinite(this.timeoutMs) && this.timeoutMs > 0 && this.timeoutMs <= MAX_TIMEOUT_MS)) {
      throw new RangeError(
        `HttpBackend timeoutMs is ${String(timeoutMs)}, expected a number of ms ` +
          `above 0 and at most ${MAX_TIMEOUT_MS}, e.g. ${DEFAULT_TIMEOUT_MS}.`,
      );
    }
    const retries = ownOption(options, 'retries');
    this.retries = retries ?? DEFAULT_RETRIES;
    if (!(Number.isInteger(this.retries) && this.retries >= 0 && this.retries <= MAX_RETRIES)) {
      throw new RangeError(
        `HttpBackend retries is ${String(retries)}, expected a whole number from 0 ` +
          `to ${MAX_RETRIES}, e.g. ${DEFAULT_RETRIES}.`,
      );
    }

    // Looked up at call time, so that a fetch replaced after construction is used.
    this.fetchFunction = ownOption(options, 'fetch') ?? ((input, init) => globalThis.fetch(input, init));
    this.random = ownOption(options, 'random') ?? Math.random;
    this.sleep = ownOption(options, 'sleep') ?? sleep;
  }

  async loadConfig(
    request: {widgetId: string; locale: string},
    options: CallOptions,
  ): Promise<WidgetConfig> {
    const path = `/widgets/${pathSegment(request.widgetId, 'widgetId')}/config`;
    const url = this.resolve(path);
    url.searchParams.set('locale', request.locale);
    const info = {method: 'GET', path, url: url.href};

    const json = await this.send(info, undefined, options.signal);
    return parseWidgetConfig(json, info);
  }

  async recordIntent(intent: OptinIntent, options: CallOptions): Promise<{status: IntentStatus}> {
    const path = `/widgets/${pathSegment(intent.widgetId, 'widgetId')}/intents`;
    const info = {method: 'POST', path, url: this.resolve(path).href};
    // Every retry and the keepalive resend send this same body, so the server receives one intentId.
    const body = JSON.stringify(copyIntent(intent));
    const {signal} = options;
    if (signal.aborted) {
      throw signal.reason;
    }

    const pending: PendingIntent = {url: info.url, body, resentOnHide: false};
    this.trackPendingIntent(pending);
    let json: unknown;
    try {
      json = await this.send(info, body, signal);
    } finally {
      this.untrackPendingIntent(pending);
    }
    return parseIntentStatus(json, info);
  }

  async getIntentStatus(
    request: {widgetId: string; reference: string},
    options: CallOptions,
  ): Promise<{status: IntentStatus}> {
    const widgetId = pathSegment(request.widgetId, 'widgetId');
    const reference = pathSegment(request.reference, 'reference');
    const path = `/widgets/${widgetId}/intents/${reference}`;
    const info = {method: 'GET', path, url: this.resolve(path).href};

    const json = await this.send(info, undefined, options.signal);
    return parseIntentStatus(json, info);
  }

  private resolve(path: string): URL {
    return new URL(this.basePath + path, this.origin);
  }

  /** Sends a request with retries and returns the parsed JSON body of the first 2xx response. */
  private async send(
    info: Required<BackendRequestInfo>,
    body: string | undefined,
    signal: AbortSignal,
  ): Promise<unknown> {
    for (let retry = 0; ; retry += 1) {
      if (signal.aborted) {
        throw signal.reason;
      }

      let delayMs: number;
      try {
        return await this.attempt(info, body, signal);
      } catch (error) {
        if (signal.aborted) {
          throw signal.reason;
        }
        if (retry >= this.retries || !isRetryable(error)) {
          throw error;
        }
        delayMs = retryDelay(error, retry, this.random);
      }
      await raceAbort(this.sleep(delayMs, signal), signal);
    }
  }

  /** Makes one request under its own timeout and returns the parsed JSON of a 2xx response. */
  private async attempt(
    info: Required<BackendRequestInfo>,
    body: string | undefined,
    callerSignal: AbortSignal,
  ): Promise<unknown> {
    const timeout = new AbortController();
    const timer = setTimeout(() => {
      timeout.abort(new DOMException(`Timed out after ${this.timeoutMs} ms`, 'TimeoutError'));
    }, this.timeoutMs);
    const combined = anySignal([callerSignal, timeout.signal]);

    try {
      const headers: Record<string, string> =
        body === undefined ? {Accept: 'application/json'} : {'Content-Type': INTENT_CONTENT_TYPE};
      const init: RequestInit = {
        ...PRIVATE_REQUEST,
        method: info.method,
        headers,
        body,
        signal: combined.signal,
      };
      const response = await raceAbort(this.fetchFunction(info.url, init), combined.signal);

      if (!response.ok) {
        // The error body is not used, so release the connection.
        response.body?.cancel().catch(() => {});
        const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
        throw new BackendHttpError(info, response.status, retryAfterMs);
      }
      const text = await raceAbort(readBody(response, info), combined.signal);
      return parseJson(text, info);
    } catch (error) {
      if (callerSignal.aborted) {
        throw callerSignal.reason;
      }
      if (error instanceof BackendError) {
        throw error;
      }
      if (timeout.signal.aborted) {
        throw new BackendTimeoutError(info, this.timeoutMs);
      }
      // fetch and body reads reject with a TypeError for every network failure, CORS included.
      if (error instanceof TypeError) {
        throw new BackendNetworkError(info, error);
      }
      throw error;
    } finally {
      clearTimeout(timer);
      combined.dispose();
    }
  }

  private trackPendingIntent(pending: PendingIntent): void {
    this.pendingIntents.add(pending);
    if (this.pendingIntents.size === 1) {
      // Listening only while an intent is pending keeps a disconnected widget from leaking
      // listeners.
      globalThis.document?.addEventListener('visibilitychange', this.handlePageHidden);
      globalThis.window?.addEventListener('pagehide', this.handlePageHidden);
    }
  }

  private untrackPendingIntent(pending: PendingIntent): void {
    if (this.pendingIntents.delete(pending) && this.pendingIntents.size === 0) {
      globalThis.document?.removeEventListener('visibilitychange', this.handlePageHidden);
      globalThis.window?.removeEventListener('pagehide', this.handlePageHidden);
    }
  }

  /**
   * Sends every pending intent once more with `keepalive`, because the browser may cancel running
   * requests when the page is closed or frozen. The server keeps one record per `intentId`, so the
   * duplicate is harmless.
   */
  private readonly handlePageHidden = (event: Event): void => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') {
      return;
    }
    for (const pending of this.pendingIntents) {
      if (!pending.resentOnHide) {
        pending.resentOnHide = true;
        this.sendWithKeepalive(pending);
      }
    }
  };

  /**
   * Sends the intent with a keepalive fetch, which may outlive the page. It is the only request
   * made on page hide: navigator.sendBeacon is not used, because a beacon is always sent with
   * credentials mode "include" and so may carry cookies. Where the keepalive fetch fails, the
   * original POST, if the browser lets it finish, is the only one that reaches the server.
   */
  private sendWithKeepalive(pending: PendingIntent): void {
    let request: Promise<Response>;
    try {
      request = this.fetchFunction(pending.url, {
        ...PRIVATE_REQUEST,
        method: 'POST',
        headers: {'Content-Type': INTENT_CONTENT_TYPE},
        body: pending.body,
        keepalive: true,
      });
    } catch {
      // The resend is a best-effort copy, and the original POST still reports its outcome.
      return;
    }
    request.then(
      (response) => response.body?.cancel().catch(() => {}),
      () => {},
    );
  }
}

/** Resolves and checks the `baseUrl` option. Throws a TypeError that names the value and the fix. */
function resolveBaseUrl(baseUrl: unknown): URL {
  const fix =
    'Pass an absolute https: URL such as "https://api.example.com/optin", ' +
    'or an http: URL on localhost, 127.0.0.1 or [::1].';
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError(`HttpBackend baseUrl is ${JSON.stringify(baseUrl) ?? 'undefined'}. ${fix}`);
  }

  const hasDocument = typeof document !== 'undefined';
  let url: URL;
  try {
    url = hasDocument ? new URL(baseUrl, document.baseURI) : new URL(baseUrl);
  } catch {
    const reason = hasDocument
      ? 'is not a valid URL'
      : 'is not an absolute URL, and without a document there is no base URL to resolve it against';
    throw new TypeError(`HttpBackend baseUrl "${baseUrl}" ${reason}. ${fix}`);
  }

  if (!isSecureOrLocalHttpUrl(url)) {
    throw new TypeError(
      `HttpBackend baseUrl "${baseUrl}" resolves to ${url.href}, which is neither https: ` +
        `nor http: on a local host. ${fix}`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new TypeError(
      `HttpBackend baseUrl "${baseUrl}" contains a user name or password. Remove them, ` +
        'because the client sends no credentials.',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new TypeError(
      `HttpBackend baseUrl "${baseUrl}" contains a query string or fragment. Remove it, ` +
        'because operation paths are appended to the base path.',
    );
  }
  return url;
}

/** Checks a widget id or reference and encodes it as one URL path segment. */
function pathSegment(value: unknown, name: string): string {
  const expected = `${name} must be a string of 1 to ${MAX_PATH_SEGMENT_LENGTH} characters`;
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_PATH_SEGMENT_LENGTH) {
    throw new TypeError(`${expected}, got ${JSON.stringify(value) ?? 'undefined'}.`);
  }
  // encodeURIComponent leaves dots alone, and URL parsing would resolve these as dot segments.
  if (value === '.' || value === '..') {
    throw new TypeError(`${expected} other than "." and "..", got "${value}".`);
  }
  try {
    return encodeURIComponent(value);
  } catch (error) {
    // A lone UTF-16 surrogate has no UTF-8 encoding.
    throw new TypeError(`${expected} of valid Unicode, got ${JSON.stringify(value)}.`, {cause: error});
  }
}

async function readBody(response: Response, info: BackendRequestInfo): Promise<string> {
  const declaredLength = Number(response.headers.get('Content-Length'));
  // Content-Length counts bytes and the limit counts UTF-16 code units. Valid responses stay far
  // below the limit in either unit, so comparing the two does not reject any of them.
  if (declaredLength > MAX_RESPONSE_LENGTH) {
    response.body?.cancel().catch(() => {});
    throw new BackendInvalidResponseError(
      info,
      `the body has ${declaredLength} bytes, expected at most ${MAX_RESPONSE_LENGTH}`,
    );
  }
  const text = await response.text();
  if (text.length > MAX_RESPONSE_LENGTH) {
    throw new BackendInvalidResponseError(
      info,
      `the body has ${text.length} characters, expected at most ${MAX_RESPONSE_LENGTH}`,
    );
  }
  return text;
}

function parseJson(text: string, info: BackendRequestInfo): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const start = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    throw new BackendInvalidResponseError(
      info,
      `the body is not JSON (it starts with ${JSON.stringify(start)})`,
      undefined,
      error,
    );
  }
}
