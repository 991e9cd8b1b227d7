import {expect} from '@open-wc/testing';
import {BackendError, BackendHttpError, BackendNetworkError} from '../src/backend/errors.js';
import {MockBackend} from '../src/backend/mock.js';
import type {WidgetConfig} from '../src/backend/types.js';
import {parseWidgetConfig} from '../src/backend/validate.js';
import {sampleIntent} from './msw/fixtures.js';

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

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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

const CONFIG_REQUEST = {widgetId: 'shop', locale: 'de'};
const STATUS_REQUEST = {widgetId: 'shop', reference: sampleIntent().reference};

describe('MockBackend', () => {
  describe('demoConfig', () => {
    it('passes validation', () => {
      expect(parseWidgetConfig(MockBackend.demoConfig, '/demo')).to.deep.equal(MockBackend.demoConfig);
    });

    it('lists the four channels', () => {
      expect(MockBackend.demoConfig.channels).to.deep.equal([
        {type: 'whatsapp', address: '+49 171 1234567'},
        {type: 'messenger', address: 'examplecoffee'},
        {type: 'telegram', address: 'ExampleCoffeeBot'},
        {type: 'instagram', address: 'example.coffee'},
      ]);
    });

    it('is frozen', () => {
      expect(Object.isFrozen(MockBackend.demoConfig)).to.equal(true);
      expect(Object.isFrozen(MockBackend.demoConfig.channels[0])).to.equal(true);
    });
  });

  describe('options', () => {
    const inherited = {
      latencyMs: 1000,
      confirmAfterMs: 0,
      config: {businessName: 'Inherited', privacyUrl: 'https://example.org/privacy', channels: []},
    };

    for (const [name, create] of [
      ['without options', () => new MockBackend()],
      ['with empty options', () => new MockBackend({})],
    ] as const) {
      it(`ignores options on Object.prototype ${name}`, async () => {
        const backend = withPrototypeOptions(inherited, create);

        const started = performance.now();
        const config = await backend.loadConfig(CONFIG_REQUEST, call());
        expect(performance.now() - started).to.be.below(500);
        expect(config).to.deep.equal(MockBackend.demoConfig);

        await backend.recordIntent(sampleIntent(), call());
        await wait(10);
        expect((await backend.getIntentStatus(STATUS_REQUEST, call())).status).to.equal('pending');
      });
    }

    it('ignores a null config on Object.prototype', async () => {
      const backend = withPrototypeOptions({config: null}, () => new MockBackend());
      const config = await backend.loadConfig(CONFIG_REQUEST, call());
      expect(config.businessName).to.equal('Example Coffee Roasters');
    });

    it('accepts null options', async () => {
      const backend = new MockBackend(null as unknown as undefined);
      const config = await backend.loadConfig(CONFIG_REQUEST, call());
      expect(config.businessName).to.equal('Example Coffee Roasters');
    });
  });

  describe('loadConfig', () => {
    it('returns the demo config by default', async () => {
      const config = await new MockBackend().loadConfig(CONFIG_REQUEST, call());
      expect(config).to.deep.equal(MockBackend.demoConfig);
    });

    it('returns a copy', async () => {
      const config = await new MockBackend().loadConfig(CONFIG_REQUEST, call());
      config.channels.pop();
      const again = await new MockBackend().loadConfig(CONFIG_REQUEST, call());
      expect(again.channels).to.have.length(4);
    });

    it('returns a given config', async () => {
      const customConfig: WidgetConfig = {
        businessName: 'Other Shop',
        privacyUrl: 'https://example.org/privacy',
        channels: [{type: 'telegram', address: 'OtherShopBot'}],
      };
      const config = await new MockBackend({config: customConfig}).loadConfig(CONFIG_REQUEST, call());
      expect(config).to.deep.equal(customConfig);
    });

    it('fails with 404 for a null config', async () => {
      const error = await rejectionOf(new MockBackend({config: null}).loadConfig(CONFIG_REQUEST, call()));
      expect(error).to.be.instanceOf(BackendHttpError);
      expect((error as BackendHttpError).status).to.equal(404);
      expect((error as BackendHttpError).message).to.contain('GET /widgets/shop/config failed with HTTP 404');
    });

    it('rejects an invalid config', async () => {
      const config = {...MockBackend.demoConfig, privacyUrl: 'javascript:alert(1)'};
      const error = await rejectionOf(new MockBackend({config}).loadConfig(CONFIG_REQUEST, call()));
      expect((error as BackendError).kind).to.equal('invalid-response');
    });
  });

  describe('latency', () => {
    it('delays each call', async () => {
      const backend = new MockBackend({latencyMs: 100});
      const started = performance.now();
      await backend.loadConfig(CONFIG_REQUEST, call());
      expect(performance.now() - started).to.be.at.least(95);
    });

    it('ends on abort with the reason', async () => {
      const backend = new MockBackend({latencyMs: 1000});
      const controller = new AbortController();
      const promise = backend.loadConfig(CONFIG_REQUEST, {signal: controller.signal});
      const started = performance.now();
      controller.abort('gone');
      expect(await rejectionOf(promise)).to.equal('gone');
      expect(performance.now() - started).to.be.below(100);
    });

    it('rejects an already aborted call', async () => {
      const controller = new AbortController();
      controller.abort('gone');
      const promise = new MockBackend().recordIntent(sampleIntent(), {signal: controller.signal});
      expect(await rejectionOf(promise)).to.equal('gone');
    });

    it('stores nothing for an aborted intent', async () => {
      const backend = new MockBackend({latencyMs: 50});
      const controller = new AbortController();
      const promise = backend.recordIntent(sampleIntent(), {signal: controller.signal});
      controller.abort('gone');
      await rejectionOf(promise);
      await wait(80);
      expect(backend.intents).to.have.length(0);
    });

    it('rejects a negative latency', () => {
      expect(() => new MockBackend({latencyMs: -1})).to.throw(RangeError, 'latencyMs');
    });
  });

  describe('failures', () => {
    it('fails the next calls with 503', async () => {
      const backend = new MockBackend();
      backend.failNext(2);
      const first = await rejectionOf(backend.loadConfig(CONFIG_REQUEST, call()));
      const second = await rejectionOf(backend.recordIntent(sampleIntent(), call()));
      const third = await backend.loadConfig(CONFIG_REQUEST, call());
      expect((first as BackendHttpError).status).to.equal(503);
      expect((second as BackendHttpError).path).to.equal('/widgets/shop/intents');
      expect(third.businessName).to.equal('Example Coffee Roasters');
    });

    it('fails with a given error', async () => {
      const backend = new MockBackend();
      const error = new BackendNetworkError({method: 'GET', path: '/widgets/shop/config'}, new TypeError('offline'));
      backend.failNext(1, error);
      expect(await rejectionOf(backend.loadConfig(CONFIG_REQUEST, call()))).to.equal(error);
    });

    it('fails every call until reset', async () => {
      const backend = new MockBackend();
      backend.failWith(500);
      const first = await rejectionOf(backend.loadConfig(CONFIG_REQUEST, call()));
      const second = await rejectionOf(backend.loadConfig(CONFIG_REQUEST, call()));
      backend.reset();
      const third = await backend.loadConfig(CONFIG_REQUEST, call());
      expect((first as BackendHttpError).status).to.equal(500);
      expect((second as BackendHttpError).status).to.equal(500);
      expect(third.businessName).to.equal('Example Coffee Roasters');
    });

    it('stores no intent for a failed call', async () => {
      const backend = new MockBackend();
      backend.failNext(1);
      await rejectionOf(backend.recordIntent(sampleIntent(), call()));
      expect(backend.intents).to.have.length(0);
    });

    it('rejects a status outside 400 to 599', () => {
      expect(() => new MockBackend().failWith(200)).to.throw(RangeError, 'failWith');
    });
  });

  describe('recordIntent', () => {
    it('stores the intent', async () => {
      const backend = new MockBackend();
      const result = await backend.recordIntent(sampleIntent(), call());
      expect(result).to.deep.equal({status: 'pending'});
      expect(backend.intents).to.deep.equal([sampleIntent()]);
    });

    it('stores a repeated intentId once', async () => {
      const backend = new MockBackend();
      await backend.recordIntent(sampleIntent(), call());
      backend.confirm(sampleIntent().reference);
      const second = await backend.recordIntent(sampleIntent({clientTimestamp: '2026-12-04T20:30:00.000Z'}), call());
      expect(second).to.deep.equal({status: 'confirmed'});
      expect(backend.intents).to.have.length(1);
      expect(backend.intents[0].clientTimestamp).to.equal(sampleIntent().clientTimestamp);
    });

    it('stores a copy of the intent', async () => {
      const backend = new MockBackend();
      const intent = sampleIntent();
      await backend.recordIntent(intent, call());
      intent.businessName = 'Changed';
      expect(backend.intents[0].businessName).to.equal('Example Coffee Roasters');
    });

    it('exposes copies of its records', async () => {
      const backend = new MockBackend();
      await backend.recordIntent(sampleIntent(), call());
      (backend.intents[0] as {locale: string}).locale = 'fr';
      expect(backend.intents[0].locale).to.equal('de');
    });
  });

  describe('calls', () => {
    it('logs each method and time', async () => {
      const backend = new MockBackend();
      const before = Date.now();
      await backend.loadConfig(CONFIG_REQUEST, call());
      await backend.recordIntent(sampleIntent(), call());
      await backend.getIntentStatus(STATUS_REQUEST, call());
      expect(backend.calls.map((entry) => entry.method)).to.deep.equal(['loadConfig', 'recordIntent', 'getIntentStatus']);
      expect(backend.calls[0].at).to.be.within(before, Date.now());
    });

    it('logs failed calls', async () => {
      const backend = new MockBackend();
      backend.failNext(1);
      await rejectionOf(backend.loadConfig(CONFIG_REQUEST, call()));
      expect(backend.calls).to.have.length(1);
    });
  });

  describe('getIntentStatus', () => {
    it('returns pending after recording', async () => {
      const backend = new MockBackend();
      await backend.recordIntent(sampleIntent(), call());
      expect(await backend.getIntentStatus(STATUS_REQUEST, call())).to.deep.equal({status: 'pending'});
    });

    it('returns confirmed after confirm()', async () => {
      const backend = new MockBackend();
      await backend.recordIntent(sampleIntent(), call());
      backend.confirm(STATUS_REQUEST.reference);
      expect(await backend.getIntentStatus(STATUS_REQUEST, call())).to.deep.equal({status: 'confirmed'});
    });

    it('returns expired after expire()', async () => {
      const backend = new MockBackend();
      await backend.recordIntent(sampleIntent(), call());
      backend.expire(STATUS_REQUEST.reference);
      expect(await backend.getIntentStatus(STATUS_REQUEST, call())).to.deep.equal({status: 'expired'});
    });

    it('fails with 404 for an unknown reference', async () => {
      const error = await rejectionOf(new MockBackend().getIntentStatus(STATUS_REQUEST, call()));
      expect((error as BackendHttpError).status).to.equal(404);
      expect((error as BackendHttpError).path).to.equal(`/widgets/shop/intents/${STATUS_REQUEST.reference}`);
    });

    it('confirms after confirmAfterMs', async () => {
      const backend = new MockBackend({confirmAfterMs: 50});
      await backend.recordIntent(sampleIntent(), call());
      const early = await backend.getIntentStatus(STATUS_REQUEST, call());
      await wait(70);
      const late = await backend.getIntentStatus(STATUS_REQUEST, call());
      expect(early.status).to.equal('pending');
      expect(late.status).to.equal('confirmed');
    });

    it('never confirms without confirmAfterMs', async () => {
      const backend = new MockBackend();
      await backend.recordIntent(sampleIntent(), call());
      await wait(50);
      expect((await backend.getIntentStatus(STATUS_REQUEST, call())).status).to.equal('pending');
    });

    it('keeps a manual expiry over confirmAfterMs', async () => {
      const backend = new MockBackend({confirmAfterMs: 20});
      await backend.recordIntent(sampleIntent(), call());
      backend.expire(STATUS_REQUEST.reference);
      await wait(40);
      expect((await backend.getIntentStatus(STATUS_REQUEST, call())).status).to.equal('expired');
    });

    it('rejects a negative confirmAfterMs', () => {
      expect(() => new MockBackend({confirmAfterMs: -5})).to.throw(RangeError, 'confirmAfterMs');
    });
  });

  describe('reset', () => {
    it('clears intents, statuses and calls', async () => {
      const backend = new MockBackend();
      await backend.recordIntent(sampleIntent(), call());
      backend.reset();
      expect(backend.intents).to.have.length(0);
      expect(backend.calls).to.have.length(0);
      const error = await rejectionOf(backend.getIntentStatus(STATUS_REQUEST, call()));
      expect((error as BackendHttpError).status).to.equal(404);
    });
  });
});
