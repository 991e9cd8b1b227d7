import {aTimeout, expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define.js';
import type {MessengerOptin} from '../src/messenger-optin.js';
import type {OptinErrorDetail} from '../src/events.js';
import {MockBackend} from '../src/backend/mock.js';
import type {OptinBackend} from '../src/backend/types.js';

const PRIVACY_URL = 'https://example.com/privacy';

function links(element: MessengerOptin): string[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="channel"]')].map((link) => link.href);
}

function notice(element: MessengerOptin): string {
  return element.shadowRoot!.querySelector('[part="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Runs `action` and collects `optin-error` details, warnings and errors that escaped to the page. */
async function watch(action: () => Promise<unknown>) {
  const errors: OptinErrorDetail[] = [];
  const warnings: string[] = [];
  const escaped: unknown[] = [];
  const onError = (event: Event) => errors.push((event as CustomEvent<OptinErrorDetail>).detail);
  const onEscaped = (event: ErrorEvent | PromiseRejectionEvent) => escaped.push('reason' in event ? event.reason : event.error);
  const originalWarn = console.warn;
  console.warn = (message: unknown) => warnings.push(String(message));
  document.addEventListener('optin-error', onError);
  window.addEventListener('error', onEscaped);
  window.addEventListener('unhandledrejection', onEscaped);
  try {
    await action();
    await aTimeout(20);
  } finally {
    console.warn = originalWarn;
    document.removeEventListener('optin-error', onError);
    window.removeEventListener('error', onEscaped);
    window.removeEventListener('unhandledrejection', onEscaped);
  }
  return {errors, warnings, escaped};
}

async function settled(element: MessengerOptin): Promise<void> {
  await element.updateComplete;
  for (let i = 0; i < 100 && element.shadowRoot!.querySelector('[aria-busy="true"]'); i++) {
    await aTimeout(10);
  }
  await element.updateComplete;
}

describe('<messenger-optin> hostile input', () => {
  it('ignores polluted prototype with backend config', async () => {
    const polluted = Object.prototype as Record<string, unknown>;
    const names = ['whatsapp', 'telegram', 'keyword', 'stopKeyword', 'topic'];
    const backend = new MockBackend({
      config: {
        businessName: 'Acme',
        privacyUrl: PRIVACY_URL,
        channels: [{type: 'whatsapp', address: '+49 171 1234567'}, {type: 'telegram', address: 'AcmeNewsBot'}],
      },
    });
    const element = document.createElement('messenger-optin');
    try {
      polluted.whatsapp = '+1 212 555 0199';
      polluted.telegram = 'EvilPollutedBot';
      polluted.keyword = 'POLLUTED-KEYWORD';
      polluted.stopKeyword = 'POLLUTED-STOP';
      polluted.topic = 'POLLUTED-TOPIC';
      element.backend = backend;
      document.body.append(element);
      await settled(element);
      expect(links(element)).to.deep.equal([
        'https://wa.me/491711234567?text=Start',
        `https://t.me/AcmeNewsBot?start=${element.reference}`,
      ]);
      expect(notice(element)).not.to.contain('POLLUTED');
    } finally {
      for (const name of names) {
        delete polluted[name];
      }
      element.remove();
    }
  });

  it('treats non-string properties as invalid values', async () => {
    const values: unknown[] = [4915112345678, 0, true, {}, [], () => 1, 10n, Object.create(null), Symbol('x')];
    const properties = ['whatsapp', 'messenger', 'telegram', 'instagram', 'channels', 'keyword', 'stopKeyword',
      'businessName', 'topic', 'privacyUrl', 'defaultCountry', 'headingLevel', 'layout', 'variant', 'theme', 'desktop'];
    const element = await fixture<MessengerOptin>(html`<messenger-optin whatsapp="+49 171 1234567"
      business-name="Acme" privacy-url=${PRIVACY_URL}></messenger-optin>`);
    const {escaped} = await watch(async () => {
      for (const property of properties) {
        for (const value of values) {
          (element as unknown as Record<string, unknown>)[property] = value;
          await element.updateComplete;
        }
        (element as unknown as Record<string, unknown>)[property] = property === 'headingLevel' ? 2 : undefined;
        element.whatsapp = '+49 171 1234567';
        element.businessName = 'Acme';
        element.privacyUrl = PRIVACY_URL;
        await element.updateComplete;
      }
    });
    expect(escaped).to.deep.equal([]);
    expect(links(element)).to.deep.equal(['https://wa.me/491711234567?text=Start']);
  });

  it('accepts numeric phone property', async () => {
    const element = await fixture<MessengerOptin>(html`<messenger-optin business-name="Acme"
      privacy-url=${PRIVACY_URL} .whatsapp=${4915112345678}></messenger-optin>`);
    expect(links(element)).to.deep.equal([]);
    element.whatsapp = '+4915112345678';
    await element.updateComplete;
    expect(links(element)).to.deep.equal(['https://wa.me/4915112345678?text=Start']);
  });

  it('falls back when custom backend returns garbage', async () => {
    const results: unknown[] = [{}, 'config', null, {channels: 'whatsapp'}, {businessName: 'A', privacyUrl: PRIVACY_URL, channels: [null]}];
    for (const result of results) {
      const backend = {
        loadConfig: async () => result,
        recordIntent: async () => ({status: 'pending'}),
      } as unknown as OptinBackend;
      const {errors, escaped} = await watch(async () => {
        const element = await fixture<MessengerOptin>(html`<messenger-optin telegram="FallbackBot"
          business-name="Fallback" privacy-url=${PRIVACY_URL} .backend=${backend}></messenger-optin>`);
        await settled(element);
        expect(links(element), JSON.stringify(result)).to.deep.equal([`https://t.me/FallbackBot?start=${element.reference}`]);
      });
      expect(escaped).to.deep.equal([]);
      expect(errors.some((detail) => detail.phase === 'config' && detail.message.includes('loading the configuration failed'))).to.equal(true);
    }
  });

  it('rejects text-direction controls in texts', async () => {
    const {errors} = await watch(async () => {
      const element = await fixture<MessengerOptin>(html`<messenger-optin whatsapp="+49 171 1234567"
        business-name=${'Acme\u202E'} topic=${'news\u2066'} privacy-url=${PRIVACY_URL}></messenger-optin>`);
      expect(notice(element)).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
    });
    const attributes = errors.map((detail) => detail.attribute);
    expect(attributes).to.include('business-name');
    expect(attributes).to.include('topic');
  });

  it('reports several unknown channels once', async () => {
    const {warnings} = await watch(async () => {
      await fixture(html`<messenger-optin whatsapp="+49 171 1234567" channels="whatsapp foo bar baz"
        business-name="Acme" privacy-url=${PRIVACY_URL}></messenger-optin>`);
    });
    const channelWarnings = warnings.filter((warning) => warning.includes('channels='));
    expect(channelWarnings).to.have.length(1);
    expect(channelWarnings[0]).to.contain('"foo", "bar", "baz" are not channels');
  });

  it('rejects very long channels list quickly', async () => {
    const started = performance.now();
    const {warnings} = await watch(async () => {
      await fixture(html`<messenger-optin whatsapp="+49 171 1234567" channels=${'whatsapp ' + 'x '.repeat(50000)}
        business-name="Acme" privacy-url=${PRIVACY_URL}></messenger-optin>`);
    });
    expect(performance.now() - started).to.be.below(500);
    expect(warnings.filter((warning) => warning.includes('longer than 200 characters'))).to.have.length(1);
  });

  it('reports invalid heading-level', async () => {
    const {warnings} = await watch(async () => {
      const element = await fixture<MessengerOptin>(html`<messenger-optin whatsapp="+49 171 1234567"
        heading-level="seven" business-name="Acme" privacy-url=${PRIVACY_URL}></messenger-optin>`);
      expect(element.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
    });
    expect(warnings.some((warning) => warning.includes('heading-level="seven" is invalid'))).to.equal(true);
  });

  it('keeps reference read-only', async () => {
    const element = await fixture<MessengerOptin>(html`<messenger-optin telegram="AcmeNewsBot"
      business-name="Acme" privacy-url=${PRIVACY_URL}></messenger-optin>`);
    const reference = element.reference;
    expect(() => {
      (element as unknown as {reference: string}).reference = 'evil&start=x';
    }).to.throw(TypeError);
    expect(element.reference).to.equal(reference);
  });

  it('stays hidden without privacy policy', async () => {
    const {errors} = await watch(async () => {
      const element = await fixture<MessengerOptin>(html`<messenger-optin whatsapp="+49 171 1234567"
        business-name="Acme" privacy-url="javascript:alert(1)"></messenger-optin>`);
      expect(element.shadowRoot!.querySelector('[part="container"]')).to.equal(null);
    });
    expect(errors.some((detail) => detail.attribute === 'privacy-url' && detail.message.includes('stays hidden'))).to.equal(true);
  });

  it('keeps focus when lang changes with backend', async () => {
    const backend = new MockBackend({latencyMs: 50});
    const element = await fixture<MessengerOptin>(html`<messenger-optin .backend=${backend}></messenger-optin>`);
    await settled(element);
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="privacy-toggle"]')!;
    toggle.click();
    await element.updateComplete;
    const close = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="privacy-close"]')!;
    close.focus();
    element.lang = 'de';
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
    await aTimeout(120);
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(close);
    expect(element.shadowRoot!.querySelector('[part="privacy-panel"]')!.hasAttribute('hidden')).to.equal(false);
    expect(backend.calls.filter((call) => call.method === 'loadConfig')).to.have.length(2);
  });

  it('follows lang inside another shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({mode: 'open'});
    root.innerHTML = `<div lang="en"><messenger-optin whatsapp="+49 171 1234567" business-name="Acme"
      privacy-url="${PRIVACY_URL}"></messenger-optin></div>`;
    const element = root.querySelector('messenger-optin') as MessengerOptin;
    try {
      await element.updateComplete;
      expect(notice(element)).to.contain('sends you');
      root.querySelector('div')!.setAttribute('lang', 'de');
      await aTimeout(0);
      await element.updateComplete;
      expect(notice(element)).to.contain('schickt Ihnen');
    } finally {
      host.remove();
    }
  });

  it('resumes status checks after a move', async function () {
    this.timeout(15000);
    const backend = new MockBackend();
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    const element = document.createElement('messenger-optin');
    element.backend = backend;
    first.append(element);
    try {
      await settled(element);
      const stay = (event: Event) => event.preventDefault();
      document.addEventListener('click', stay);
      element.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="channel-telegram"]')!.click();
      document.removeEventListener('click', stay);
      await oneEvent(element, 'optin-recorded');
      element.remove();
      second.append(element);
      backend.confirm(element.reference);
      const confirmed = await oneEvent(element, 'optin-confirmed');
      expect(confirmed.detail.channel).to.equal('telegram');
    } finally {
      first.remove();
      second.remove();
    }
  });
});
