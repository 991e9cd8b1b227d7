import {expect} from '@open-wc/testing';
import type {SetupWorker} from 'msw/browser';
import {BackendError, BackendHttpError, BackendInvalidResponseError} from '../src/backend/errors.js';
import {HttpBackend, type HttpBackendOptions} from '../src/backend/http.js';
import {sampleIntent} from './msw/fixtures.js';
import {FakeOptinServer} from './msw/handlers.js';
import {startFakeServerWorker, waitUntil} from './msw/worker.js';

const server = new FakeOptinServer();
const base = server.baseUrl;

/** Returns a backend on the fake server whose retry delays are recorded instead of waited. */
function createBackend(options: Partial<HttpBackendOptions> = {}) {
  const delays: number[] = [];
  const backend = new HttpBackend({
    baseUrl: base,
    timeoutMs: 2000,
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...options,
  });
  return {backend, delays};
}

function call(): {signal: AbortSignal} {
  return {signal: new AbortController().signal};
}

/** Returns the rejection reason of `promise`, or fails when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it resolved.');
}

/** Makes `document.visibilityState` report `state` until `restoreVisibility()`. */
function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', {value: state, configurable: true});
}

function restoreVisibility(): void {
  // Removing the own property uncovers the real getter on Document.prototype.
  delete (document as {visibilityState?: unknown}).visibilityState;
}

/**
 * Runs `create` while `options` are set on Object.prototype, as a polluted host page would have
 * them, and removes them again before returning. Only the constructor call runs polluted, because
 * a polluted prototype for longer also changes the test runner.
 */
function withPrototypeOptions<T>(options: Record<string, unknown>, create: () => T): T {
  const prototype = Object.prototype as Record<string, unknown>;
  const keys = Object.keys(options);
  for (const key of keys) {
    prototype[key] = options[key];
  }
  try {
    return create();
  } finally {
    for (const key of keys) {
      delete prototype[key];
    }
  }
}

function intentIdOf(body: string): unknown {
  return (JSON.parse(body) as {intentId?: unknown}).intentId;
}

describe('HttpBackend', () => {
  let worker: SetupWorker;

  before(async () => {
    worker = await startFakeServerWorker(server);
  });

  after(() => {
    worker.stop();
  });

  afterEach(() => {
    server.reset();
    restoreVisibility();
  });

  describe('constructor', () => {
    it('accepts an https: URL', () => {
      const backend = new HttpBackend({baseUrl: 'https://api.example.com/optin/v1/'});
      expect(backend.baseUrl).to.equal('https://api.example.com/optin/v1');
    });

    for (const baseUrl of ['http://localhost:8080/api', 'http://127.0.0.1:3000', 'http://[::1]:3000']) {
      it(`accepts http: on ${new URL(baseUrl).hostname}`, () => {
        expect(new HttpBackend({baseUrl}).baseUrl).to.equal(baseUrl);
      });
    }

    it('resolves a relative URL against the page', () => {
      const backend = new HttpBackend({baseUrl: '/optin-api/'});
      expect(backend.baseUrl).to.equal(`${location.origin}/optin-api`);
    });

    const rejected: Array<[string, string]> = [
      ['http: on a public host', 'http://api.example.com'],
      ['javascript: URLs', 'javascript:alert(1)'],
      ['ftp: URLs', 'ftp://api.example.com'],
      ['a query string', 'https://api.example.com/api?key=1'],
      ['a fragment', 'https://api.example.com/api#x'],
      ['credentials', 'https://user:secret@api.example.com'],
      ['an empty string', ''],
    ];
    for (const [name, baseUrl] of rejected) {
      it(`rejects ${name}`, () => {
        expect(() => new HttpBackend({baseUrl})).to.throw(TypeError, 'baseUrl');
      });
    }

    it('names the invalid baseUrl and the fix', () => {
      expect(() => new HttpBackend({baseUrl: 'http://api.example.com'})).to.throw(
        TypeError,
        /"http:\/\/api\.example\.com".*absolute https: URL/,
      );
    });

    for (const timeoutMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      it(`rejects timeoutMs ${timeoutMs}`, () => {
        expect(() => new HttpBackend({baseUrl: base, timeoutMs})).to.throw(RangeError, 'timeoutMs');
      });
    }

    for (const retries of [-1, 1.5, 11]) {
      it(`rejects retries ${retries}`, () => {
        expect(() => new HttpBackend({baseUrl: base, retries})).to.throw(RangeError, 'retries');
      });
    }

    it('ignores options on Object.prototype', async () => {
      const used: string[] = [];
      const backend = withPrototypeOptions(
        {
          timeoutMs: 1,
          retries: 0,
          fetch: () => {
            used.push('fetch');
            return Promise.reject(new TypeError('inherited fetch'));
          },
          random: () => {
            used.push('random');
            return 0;
          },
          sleep: async () => {
            used.push('sleep');
          },
        },
        () => new HttpBackend({baseUrl: base}),
      );
      expect(backend.timeoutMs).to.equal(4000);
      expect(backend.retries).to.equal(2);

      // One retry runs through the default fetch, random and sleep.
      server.respondNext({status: 503});
      const config = await backend.loadConfig({widgetId: 'shop', locale: 'de'}, call());
      expect(config.businessName).to.equal('Example Coffee Roasters');
      expect(server.requests).to.have.length(2);
      expect(used).to.deep.equal([]);
    });

    it('ignores a baseUrl on Object.prototype', () => {
      const create = () =>
        withPrototypeOptions({baseUrl: base}, () => new HttpBackend({} as HttpBackendOptions));
      expect(create).to.throw(TypeError, 'HttpBackend baseUrl is undefined');
    });

    it('rejects missing options', () => {
      const create = () => new HttpBackend(undefined as unknown as HttpBackendOptions);
      expect(create).to.throw(TypeError, 'HttpBackend baseUrl is undefined');
    });
  });

  describe('loadConfig', () => {
    it('returns the validated config', async () => {
      const {backend} = createBackend();
      const config = await backend.loadConfig({widgetId: 'shop', locale: 'de'}, call());
      expect(config).to.deep.equal(server.config);
    });

    it('requests the config URL under the base path', async () => {
      const {backend} = createBackend();
      await backend.loadConfig({widgetId: 'shop', locale: 'de'}, call());
      expect(server.requests.map((request) => request.url)).to.deep.equal([
        `${base}/widgets/shop/config?locale=de`,
      ]);
    });

    it('sends a GET without credentials or referrer', async () => {
      const {backend} = createBackend();
      await backend.loadConfig({widgetId: 'shop', locale: 'de'}, call());
      const [request] = server.requests;
      expect(request.method).to.equal('GET');
      expect(request.credentials).to.equal('omit');
      expect(request.mode).to.equal('cors');
      expect(request.cache).to.equal('no-store');
      expect(request.referrerPolicy).to.equal('no-referrer');
      expect(request.headers).not.to.have.property('cookie');
    });

    it('encodes the widget id as one segment', async () => {
      const {backend} = createBackend();
      await backend.loadConfig({widgetId: 'a/b c?', locale: 'de-CH'}, call());
      expect(server.requests[0].url).to.equal(
        `${base}/widgets/a%2Fb%20c%3F/config?locale=de-CH`,
      );
    });

    for (const widgetId of ['', '..', 'x'.repeat(129)]) {
      it(`rejects widget id ${JSON.stringify(widgetId.slice(0, 8))} of length ${widgetId.length}`, async () => {
        const {backend} = createBackend();
        const error = await rejectionOf(backend.loadConfig({widgetId, locale: 'de'}, call()));
        expect(error).to.be.instanceOf(TypeError);
        expect(server.requests).to.have.length(0);
      });
    }

    it('succeeds with latency below the timeout', async () => {
      server.latencyMs = 150;
      const {backend} = createBackend({timeoutMs: 1000});
      const started = performance.now();
      const config = await backend.loadConfig({widgetId: 'shop', locale: 'de'}, call());
      expect(config.businessName).to.equal('Example Coffee Roasters');
      expect(performance.now() - started).to.be.at.least(140);
    });

    it('times out after timeoutMs', async () => {
      server.latencyMs = 1000;
      const {backend} = createBackend({timeoutMs: 50, retries: 0});
      const started = performance.now();
      const error = await rejectionOf(backend.loadConfig({widgetId: 'shop', locale: 'de'}, call()));
      expect(error).to.be.instanceOf(BackendError);
      expect((error as BackendError).kind).to.equal('timeout');
      expect((error as BackendError).message).to.contain('GET /widgets/shop/config timed out after 50 ms');
      expect(performance.now() - started).to.be.below(500);
    });

    it('retries after a timeout', async () => {
      // Scripted for this widget only, so a late request of an earlier test cannot take it.
      server.respondNextTo('/widgets/retry-timeout/', 'no-response');
      // Long enough for msw's round trip through the service worker on a busy machine, which
      // took over 50 ms in Firefox, and short enough to keep the test quick.
      const {backend, delays} = createBackend({timeoutMs: 400});
      const config = await backend.loadConfig({widgetId: 'retry-timeout', locale: 'de'}, call());
      expect(config.businessName).to.equal('Example Coffee Roasters');
      expect(server.requests.filter(({url}) => url.includes('/widgets/retry-timeout/'))).to.have.length(2);
      expect(delays).to.deep.equal([125]);
    });

    it('retries a 503 and then succeeds', async () => {
      server.respondNext({status: 503});
      const {backend, delays} = createBackend();
      const config = await backend.loadConfig({widgetId: 'shop', locale: 'de'}, call());
      expect(config.businessName).to.equal('Example Coffee Roasters');
      expect(server.requests).to.have.length(2);
      expect(delays).to.deep.equal([125]);
    });

    it('retries at most `retries` times', async () => {
      server.respondAlways({status: 503});
      const {backend, delays} = createBackend({retries: 2});
      const error = await rejectionOf(backend.loadConfig({widgetId: 'shop', locale: 'de'}, call()));
      expect(error).to.be.instanceOf(BackendHttpError);
      expect((error as BackendHttpError).status).to.equal(503);
      expect(server.requests).to.have.length(3);
      expect(delays).to.deep.equal([125, 250]);
    });

    it('does not retry with retries 0', async () => {
      server.respondAlways({status: 503});
      const {backend, delays} = createBackend({retries: 0});
      await rejectionOf(backend.loadConfig({widgetId: 'shop', locale: 'de'}, call()));
      expect(server.requests).to.have.length(1);
      expect(delays).to.deep.equal([]);
    });

    it('caps the backoff at 4 s', async () => {
      server.respondAlways({status: 500});
      const {backend, delays} = createBackend({retries: 7, random: () => 0.999});
      await rejectionOf(backend.loadConfig({widgetId: 'shop', locale: 'de'}, call()));
      expect(delays.map(Math.round)).to.deep.equal([250, 500, 999, 1998, 3996, 3996, 3996]);
    });

    it('does not retry a 404', async () => {
      server.respondAlways({status: 404});
      const {backend} = createBackend();
      const error = await rejectionOf(backend.loadConfig({widgetId: 'shop', locale: 'de'}, call()));
      expect((error as BackendHttpError).status).to.equal(404);
      expect((error as BackendHttpError).message).to.contain('Check the widget id');
      expect(server.requests).to.have.length(1);
    });

    it('waits Retry-After seconds after a 429', async () => {
      server.respondNext({status: 429, headers: {'Retry-After': '3'}});
      const {backend, delays} = createBackend();
      await backend.loadConfig({widgetId: 'shop', locale: 'de'}, call());
      expect(delays).to.deep.equal([3000]);
      expect(server.requests).to.have.length(2);
    });

    it('waits until a Retry-After date', async () => {
      const retryAt = new Date(Date.now() + 6000).toUTCString();
      server.respondNext({status: 429, headers: {'Retry-After': retryAt}});
      const {backend, delays} = createBackend();
      await backend.loadConfig({widgetId: 'shop', locale: 'de'}, call());
      // HTTP dates have whole seconds, so up to one second of the six is lost.
      expect(delays[0]).to.be.within(4000, 6000);
    });

    it('caps Retry-After at 10 s', async () => {
      server.respondNext({status: 429, headers: {'Retry-After': '3600'}});
      const {backend, delays} = createBackend();
      await backend.loadConfig({widgetId: 'shop', locale: 'de'}, call());
      expect(delays).to.deep.equal([10_000]);
    });

    it('uses backoff for an invalid Retry-After', async () => {
      server.respondNext({status: 429, headers: {'Retry-After': 'soon'}});
      const {backend, delays} = createBackend();
      await backend.loadConfig({widgetId: 'shop', locale: 'de'}, call());
      expect(delays).to.deep.equal([125]);
    });

    it('retries a network error', async () => {
      server.respondNext('network-error');
      const {backend} = createBackend();
      await backend.loadConfig({widgetId: 'shop', locale: 'de'}, call());
      expect(server.requests).to.have.length(2);
    });

    it('reports a network error after the last retry', async () => {
      server.respondAlways('network-error');
      const {backend} = createBackend({retries: 1});
      const error = await rejectionOf(backend.loadConfig({widgetId: 'shop', locale: 'de'}, call()));
      expect((error as BackendError).kind).to.equal('network');
      expect((error as BackendError).message).to.contain('Access-Control-Allow-Origin');
      expect(server.requests).to.have.length(2);
    });

    it('rejects malformed JSON without retrying', async () => {
      server.respondNext({status: 200, body: '<!DOCTYPE html><html>'});
      const {backend} = createBackend();
      const error = await rejectionOf(backend.loadConfig({widgetId: 'shop', locale: 'de'}, call()));
      expect((error as BackendError).kind).to.equal('invalid-response');
      expect((error as BackendError).message).to.contain('not JSON (it starts with "<!DOCTYPE html><html>")');
      expect(server.requests).to.have.length(1);
    });

    it('rejects a config with a wrong type', async () => {
      server.config = {...(server.config as object), businessName: 42};
      const {backend} = createBackend();
      const error = await rejectionOf(backend.loadConfig({widgetId: 'shop', locale: 'de'}, call()));
      expect(error).to.be.instanceOf(BackendInvalidResponseError);
      expect((error as BackendInvalidResponseError).field).to.equal('businessName');
    });

    it('names the request URL in an invalid-response error', async () => {
      server.config = [];
      const {backend} = createBackend();
      const error = await rejectionOf(backend.loadConfig({widgetId: 'shop', locale: 'de'}, call()));
      expect((error as BackendError).url).to.equal(`${base}/widgets/shop/config?locale=de`);
    });

    it('rejects a body over 64 KiB', async () => {
      server.respondNext({status: 200, body: JSON.stringify({padding: 'x'.repeat(70_000)})});
      const {backend} = createBackend();
      const error = await rejectionOf(backend.loadConfig({widgetId: 'shop', locale: 'de'}, call()));
      expect((error as BackendError).kind).to.equal('invalid-response');
    });

    it('rejects with the reason when the caller aborts', async () => {
      server.latencyMs = 1000;
      const {backend} = createBackend();
      const controller = new AbortController();
      const reason = new Error('widget disconnected');
      const promise = backend.loadConfig({widgetId: 'shop', locale: 'de'}, {signal: controller.signal});
      await waitUntil(() => server.requests.length === 1);
      const started = performance.now();
      controller.abort(reason);
      expect(await rejectionOf(promise)).to.equal(reason);
      expect(performance.now() - started).to.be.below(100);
    });

    it('sends nothing when already aborted', async () => {
      const {backend} = createBackend();
      const controller = new AbortController();
      controller.abort('gone');
      expect(await rejectionOf(backend.loadConfig({widgetId: 'shop', locale: 'de'}, {signal: controller.signal}))).to.equal('gone');
      expect(server.requests).to.have.length(0);
    });

    it('does not retry after the caller aborts during backoff', async () => {
      server.respondAlways({status: 503});
      const controller = new AbortController();
      // A sleep that never ends on its own shows that the abort alone ends the wait.
      const {backend} = createBackend({sleep: () => new Promise<void>(() => {})});
      const promise = backend.loadConfig({widgetId: 'shop', locale: 'de'}, {signal: controller.signal});
      await waitUntil(() => server.requests.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      controller.abort('gone');
      expect(await rejectionOf(promise)).to.equal('gone');
      expect(server.requests).to.have.length(1);
    });

    it('waits the backoff with the default sleep', async () => {
      server.respondNext({status: 503});
      const backend = new HttpBackend({baseUrl: base, random: () => 0.8});
      const started = performance.now();
      await backend.loadConfig({widgetId: 'shop', locale: 'de'}, call());
      expect(performance.now() - started).to.be.at.least(195);
    });

    describe('without AbortSignal.any', () => {
      const original = AbortSignal.any;

      beforeEach(() => {
        Object.defineProperty(AbortSignal, 'any', {value: undefined, configurable: true, writable: true});
      });

      afterEach(() => {
        Object.defineProperty(AbortSignal, 'any', {value: original, configurable: true, writable: true});
      });

      it('times out', async () => {
        server.latencyMs = 1000;
        const {backend} = createBackend({timeoutMs: 50, retries: 0});
        const error = await rejectionOf(backend.loadConfig({widgetId: 'shop', locale: 'de'}, call()));
        expect((error as BackendError).kind).to.equal('timeout');
      });

      it('rejects with the abort reason', async () => {
        server.latencyMs = 1000;
        const {backend} = createBackend();
        const controller = new AbortController();
        const promise = backend.loadConfig({widgetId: 'shop', locale: 'de'}, {signal: controller.signal});
        await waitUntil(() => server.requests.length === 1);
        controller.abort('gone');
        expect(await rejectionOf(promise)).to.equal('gone');
      });
    });
  });

  describe('recordIntent', () => {
    it('posts the intent as text/plain JSON', async () => {
      const {backend} = createBackend();
      const intent = sampleIntent();
      await backend.recordIntent(intent, call());
      const [request] = server.requests;
      expect(request.method).to.equal('POST');
      expect(request.url).to.equal(`${base}/widgets/shop/intents`);
      expect(request.headers['content-type']).to.equal('text/plain;charset=UTF-8');
      expect(JSON.parse(request.body)).to.deep.equal(intent);
    });

    it('sends no credentials or referrer', async () => {
      const {backend} = createBackend();
      await backend.recordIntent(sampleIntent(), call());
      const [request] = server.requests;
      expect(request.credentials).to.equal('omit');
      expect(request.referrerPolicy).to.equal('no-referrer');
      expect(request.keepalive).to.equal(false);
    });

    it('sends only the contract fields', async () => {
      const {backend} = createBackend();
      const intent = {...sampleIntent(), email: 'visitor@example.com'};
      await backend.recordIntent(intent, call());
      expect(JSON.parse(server.requests[0].body)).not.to.have.property('email');
    });

    it('returns pending for a new intent', async () => {
      const {backend} = createBackend();
      expect(await backend.recordIntent(sampleIntent(), call())).to.deep.equal({status: 'pending'});
    });

    it('stores a repeated intentId once', async () => {
      const {backend} = createBackend();
      await backend.recordIntent(sampleIntent(), call());
      server.confirm(sampleIntent().reference);
      const second = await backend.recordIntent(sampleIntent(), call());
      expect(second).to.deep.equal({status: 'confirmed'});
      expect(server.intents.size).to.equal(1);
    });

    it('resends the same intentId after a 503', async () => {
      server.respondNextTo('/intents', {status: 503});
      const {backend} = createBackend();
      const result = await backend.recordIntent(sampleIntent(), call());
      expect(result).to.deep.equal({status: 'pending'});
      expect(server.requests.map((request) => intentIdOf(request.body))).to.deep.equal([
        sampleIntent().intentId,
        sampleIntent().intentId,
      ]);
      expect(server.intents.size).to.equal(1);
    });

    it('does not retry a 400', async () => {
      server.respondNextTo('/intents', {status: 400, body: '{"error":"invalid-intent"}'});
      const {backend} = createBackend();
      const error = await rejectionOf(backend.recordIntent(sampleIntent(), call()));
      expect((error as BackendHttpError).status).to.equal(400);
      expect((error as BackendHttpError).message).to.contain('POST /widgets/shop/intents failed with HTTP 400');
      expect(server.requests).to.have.length(1);
    });

    it('rejects an invalid status in the response', async () => {
      // Every request gets the invalid response, so a late request of an earlier test cannot
      // take it away from this one.
      server.respondAlways({status: 202, body: '{"status":"stored"}'});
      const {backend} = createBackend();
      const error = await rejectionOf(backend.recordIntent(sampleIntent(), call()));
      expect((error as BackendInvalidResponseError).field).to.equal('status');
      expect((error as BackendInvalidResponseError).method).to.equal('POST');
    });

    it('rejects a non-string intent field', async () => {
      const {backend} = createBackend();
      const intent = {...sampleIntent(), consentText: undefined} as unknown as ReturnType<typeof sampleIntent>;
      const error = await rejectionOf(backend.recordIntent(intent, call()));
      expect(error).to.be.instanceOf(TypeError);
      expect((error as TypeError).message).to.contain('OptinIntent.consentText');
    });
  });

  describe('recordIntent when the page is hidden', () => {
    // Firefox (checked with 153 ESR) sends keepalive fetches past the service worker, so msw
    // never sees the resend there and the tests that count it are skipped.
    let keepaliveVisible = false;

    before(async () => {
      try {
        await fetch(`${base}/widgets/keepalive-probe/config`, {keepalive: true});
        keepaliveVisible = true;
      } catch {
        keepaliveVisible = false;
      }
      server.reset();
    });

    function requireVisibleKeepalive(context: Mocha.Context): void {
      if (!keepaliveVisible) {
        console.warn(`Skipped "${context.test?.title}": this browser sends keepalive fetches past the service worker.`);
        context.skip();
      }
    }

    it('resends a pending intent with keepalive', async function () {
      requireVisibleKeepalive(this);
      server.latencyMs = 300;
      const {backend} = createBackend();
      const promise = backend.recordIntent(sampleIntent(), call());
      await waitUntil(() => server.requests.length === 1);

      setVisibility('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => server.requests.length === 2);
      await promise;

      const resent = server.requests[1];
      expect(resent.keepalive).to.equal(true);
      expect(resent.method).to.equal('POST');
      expect(resent.credentials).to.equal('omit');
      expect(resent.headers['content-type']).to.equal('text/plain;charset=UTF-8');
      expect(intentIdOf(resent.body)).to.equal(sampleIntent().intentId);
      expect(server.intents.size).to.equal(1);
    });

    it('resends on pagehide', async function () {
      requireVisibleKeepalive(this);
      server.latencyMs = 300;
      const {backend} = createBackend();
      const promise = backend.recordIntent(sampleIntent(), call());
      await waitUntil(() => server.requests.length === 1);

      window.dispatchEvent(new Event('pagehide'));
      await waitUntil(() => server.requests.length === 2);
      await promise;
      expect(server.requests[1].keepalive).to.equal(true);
    });

    it('resends each intent only once', async function () {
      requireVisibleKeepalive(this);
      server.latencyMs = 300;
      const {backend} = createBackend();
      const promise = backend.recordIntent(sampleIntent(), call());
      await waitUntil(() => server.requests.length === 1);

      setVisibility('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('pagehide'));
      document.dispatchEvent(new Event('visibilitychange'));
      await promise;
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect(server.requests.filter((request) => request.keepalive)).to.have.length(1);
    });

    it('ignores the page becoming visible', async () => {
      server.latencyMs = 200;
      const {backend} = createBackend();
      const promise = backend.recordIntent(sampleIntent(), call());
      await waitUntil(() => server.requests.length === 1);

      setVisibility('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await promise;
      expect(server.requests).to.have.length(1);
    });

    it('removes its listeners once the POST finished', async () => {
      const added: Array<[string, unknown]> = [];
      const removed: Array<[string, unknown]> = [];
      const targets = [document, window] as EventTarget[];
      for (const target of targets) {
        const add = target.addEventListener;
        const remove = target.removeEventListener;
        // Own properties shadow the prototype methods until they are deleted below.
        Object.assign(target, {
          addEventListener(type: string, listener: unknown, options?: unknown) {
            added.push([type, listener]);
            return Reflect.apply(add, target, [type, listener, options]);
          },
          removeEventListener(type: string, listener: unknown, options?: unknown) {
            removed.push([type, listener]);
            return Reflect.apply(remove, target, [type, listener, options]);
          },
        });
      }
      try {
        const {backend} = createBackend();
        await backend.recordIntent(sampleIntent(), call());
      } finally {
        for (const target of targets) {
          delete (target as {addEventListener?: unknown}).addEventListener;
          delete (target as {removeEventListener?: unknown}).removeEventListener;
        }
      }

      const types = added.map(([type]) => type);
      expect(types).to.have.members(['visibilitychange', 'pagehide']);
      expect(removed).to.have.deep.members(added);
    });

    describe('without a working keepalive fetch', () => {
      let beacons: unknown[][];

      beforeEach(() => {
        beacons = [];
        // An own property on navigator shadows Navigator.prototype.sendBeacon until it is deleted.
        Object.defineProperty(navigator, 'sendBeacon', {
          configurable: true,
          value: (...args: unknown[]) => {
            beacons.push(args);
            return true;
          },
        });
      });

      afterEach(() => {
        delete (navigator as {sendBeacon?: unknown}).sendBeacon;
      });

      const failures: Array<[string, (error: TypeError) => Promise<Response>]> = [
        [
          'throws',
          (error) => {
            throw error;
          },
        ],
        ['rejects', (error) => Promise.reject(error)],
      ];
      for (const [name, fail] of failures) {
        it(`sends no beacon when keepalive fetch ${name}`, async () => {
          server.latencyMs = 300;
          const keepaliveAttempts: RequestInit[] = [];
          const fetchWithoutKeepalive: typeof fetch = (input, init) => {
            if (init?.keepalive) {
              keepaliveAttempts.push(init);
              return fail(new TypeError('keepalive is not supported'));
            }
            return fetch(input, init);
          };
          const {backend} = createBackend({fetch: fetchWithoutKeepalive});
          const promise = backend.recordIntent(sampleIntent(), call());
          await waitUntil(() => server.requests.length === 1);

          setVisibility('hidden');
          document.dispatchEvent(new Event('visibilitychange'));
          expect(await promise).to.deep.equal({status: 'pending'});
          await new Promise((resolve) => setTimeout(resolve, 50));

          expect(keepaliveAttempts).to.have.length(1);
          expect(keepaliveAttempts[0].credentials).to.equal('omit');
          expect(beacons).to.deep.equal([]);
          expect(server.requests).to.have.length(1);
          expect(server.requests.filter((request) => request.credentials !== 'omit')).to.deep.equal([]);
        });
      }
    });
  });

  describe('getIntentStatus', () => {
    for (const status of ['pending', 'confirmed', 'expired'] as const) {
      it(`returns ${status}`, async () => {
        server.statuses.set('r-1', status);
        const {backend} = createBackend();
        const result = await backend.getIntentStatus({widgetId: 'shop', reference: 'r-1'}, call());
        expect(result).to.deep.equal({status});
      });
    }

    it('requests the status URL', async () => {
      server.statuses.set('r/1', 'pending');
      const {backend} = createBackend();
      await backend.getIntentStatus({widgetId: 'shop', reference: 'r/1'}, call());
      expect(server.requests[0].url).to.equal(`${base}/widgets/shop/intents/r%2F1`);
      expect(server.requests[0].method).to.equal('GET');
      expect(server.requests[0].credentials).to.equal('omit');
    });

    it('follows a confirmation on the server', async () => {
      const {backend} = createBackend();
      await backend.recordIntent(sampleIntent(), call());
      const request = {widgetId: 'shop', reference: sampleIntent().reference};
      const before = await backend.getIntentStatus(request, call());
      server.confirm(sampleIntent().reference);
      const after = await backend.getIntentStatus(request, call());
      expect(before.status).to.equal('pending');
      expect(after.status).to.equal('confirmed');
    });

    it('rejects an unknown reference with 404', async () => {
      const {backend} = createBackend();
      const error = await rejectionOf(backend.getIntentStatus({widgetId: 'shop', reference: 'r-unknown'}, call()));
      expect((error as BackendHttpError).status).to.equal(404);
    });

    it('rejects an empty reference', async () => {
      const {backend} = createBackend();
      const error = await rejectionOf(backend.getIntentStatus({widgetId: 'shop', reference: ''}, call()));
      expect(error).to.be.instanceOf(TypeError);
      expect(server.requests).to.have.length(0);
    });

    it('rejects an unknown status value', async () => {
      server.respondNext({status: 200, body: '{"status":"done"}'});
      const {backend} = createBackend();
      const error = await rejectionOf(backend.getIntentStatus({widgetId: 'shop', reference: 'r-1'}, call()));
      expect((error as BackendInvalidResponseError).message).to.contain('status is "done"');
    });
  });
});
