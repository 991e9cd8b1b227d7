import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {SetupWorker} from 'msw/browser';
import '../src/define.js';
import type {MessengerOptin} from '../src/messenger-optin.js';
import type {OptinErrorDetail} from '../src/events.js';
import {sha256Hex} from '../src/backend/intent.js';
import {FAKE_API_BASE, FakeOptinServer} from './msw/handlers.js';
import {startFakeServerWorker, waitUntil} from './msw/worker.js';

const server = new FakeOptinServer();
let worker: SetupWorker;

function links(element: MessengerOptin): HTMLAnchorElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="channel"]')];
}

function notice(element: MessengerOptin): string {
  return element.shadowRoot!.querySelector('[part="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits until the element has left the loading state and rendered again. */
async function settled(element: MessengerOptin): Promise<void> {
  await waitUntil(() => element.shadowRoot!.querySelector('[aria-busy="true"]') === null, 5000);
  await element.updateComplete;
}

/** Stops link navigation for the rest of the test, so no messenger page is opened. */
function stayOnPage(): () => void {
  const listener = (event: Event) => event.preventDefault();
  document.addEventListener('click', listener);
  return () => document.removeEventListener('click', listener);
}

/** Collects `optin-error` details and silences the console warnings that come with them. */
function collectErrors(): {errors: OptinErrorDetail[]; stop: () => void} {
  const errors: OptinErrorDetail[] = [];
  const onError = (event: Event) => errors.push((event as CustomEvent<OptinErrorDetail>).detail);
  const originalWarn = console.warn;
  console.warn = () => {};
  document.addEventListener('optin-error', onError);
  return {
    errors,
    stop: () => {
      console.warn = originalWarn;
      document.removeEventListener('optin-error', onError);
    },
  };
}

describe('<messenger-optin> with backend-url', () => {
  before(async () => {
    worker = await startFakeServerWorker(server);
  });

  after(() => {
    worker.stop();
  });

  beforeEach(() => {
    server.reset();
  });

  it('loads configuration from backend', async () => {
    const element = await fixture<MessengerOptin>(html`<messenger-optin
      backend-url=${FAKE_API_BASE} widget-id="shop"></messenger-optin>`);
    await settled(element);
    expect(links(element)).to.have.length(4);
    expect(notice(element)).to.contain('Example Coffee Roasters sends you news');
    expect(server.requests[0].method).to.equal('GET');
    expect(server.requests[0].url).to.equal(`${FAKE_API_BASE}/widgets/shop/config?locale=en`);
  });

  it('asks backend for shown locale', async () => {
    const wrapper = await fixture(html`<div lang="de"><messenger-optin
      backend-url=${FAKE_API_BASE} widget-id="shop"></messenger-optin></div>`);
    const element = wrapper.querySelector('messenger-optin')!;
    await settled(element);
    expect(server.requests[0].url).to.equal(`${FAKE_API_BASE}/widgets/shop/config?locale=de`);
  });

  it('reserves space while loading', async () => {
    server.latencyMs = 400;
    const wrapper = await fixture(html`<div>
      <messenger-optin backend-url=${FAKE_API_BASE} widget-id="shop"></messenger-optin>
      <p class="below">Content below</p>
    </div>`);
    const element = wrapper.querySelector('messenger-optin')!;
    const below = wrapper.querySelector<HTMLElement>('.below')!;
    await element.updateComplete;
    const busy = element.shadowRoot!.querySelector('[aria-busy="true"]');
    expect(busy).to.exist;
    const loadingHeight = element.getBoundingClientRect().height;
    const topWhileLoading = below.getBoundingClientRect().top;
    expect(loadingHeight).to.be.greaterThan(200);

    await settled(element);
    expect(element.getBoundingClientRect().height).to.be.at.least(loadingHeight);
    expect(below.getBoundingClientRect().top).to.be.at.least(topWhileLoading);
  });

  it('shows complete attributes while loading', async () => {
    server.latencyMs = 400;
    const element = await fixture<MessengerOptin>(html`<messenger-optin backend-url=${FAKE_API_BASE}
      widget-id="shop" telegram="ExampleCoffeeBot" business-name="Example Coffee Roasters"
      privacy-url="https://example.com/privacy"></messenger-optin>`);
    await element.updateComplete;
    const container = element.shadowRoot!.querySelector('[part="container"]')!;
    expect(container.getAttribute('aria-busy')).to.equal('true');
    expect(links(element)).to.have.length(1);
    await settled(element);
    expect(links(element)).to.have.length(4);
  });

  it('passes axe while loading', async () => {
    server.latencyMs = 400;
    const element = await fixture<MessengerOptin>(html`<messenger-optin
      backend-url=${FAKE_API_BASE} widget-id="shop"></messenger-optin>`);
    await expect(element).to.be.accessible();
    await settled(element);
  });

  it('falls back to attributes when backend fails', async () => {
    server.respondAlways({status: 404, body: '{"error":"not-found"}', headers: {'Content-Type': 'application/json'}});
    const {errors, stop} = collectErrors();
    try {
      const element = await fixture<MessengerOptin>(html`<messenger-optin backend-url=${FAKE_API_BASE}
        widget-id="shop" telegram="FallbackBot" business-name="Fallback GmbH"
        privacy-url="https://example.com/privacy"></messenger-optin>`);
      await settled(element);
      expect(links(element).map((link) => link.href)).to.deep.equal([
        `https://t.me/FallbackBot?start=${element.reference}`,
      ]);
      expect(notice(element)).to.contain('Fallback GmbH');
    } finally {
      stop();
    }
    const configErrors = errors.filter((detail) => detail.phase === 'config');
    expect(configErrors).to.have.length(1);
    expect(configErrors[0].message).to.contain('/widgets/shop/config');
  });

  it('shows nothing without backend or attributes', async () => {
    server.respondAlways('network-error');
    const {errors, stop} = collectErrors();
    let element: MessengerOptin;
    try {
      element = await fixture<MessengerOptin>(html`<messenger-optin backend-url=${FAKE_API_BASE}
        widget-id="shop"></messenger-optin>`);
      await settled(element);
    } finally {
      stop();
    }
    expect(element.shadowRoot!.querySelector('[part="container"]')).to.equal(null);
    expect(errors.some((detail) => detail.phase === 'config' && detail.message.includes('loading the configuration failed'))).to.equal(true);
    expect(errors.some((detail) => detail.phase === 'config' && detail.message.includes('set at least one channel address'))).to.equal(true);
  });

  it('records intent with proof of consent', async () => {
    const element = await fixture<MessengerOptin>(html`<messenger-optin
      backend-url=${FAKE_API_BASE} widget-id="shop"></messenger-optin>`);
    await settled(element);
    const originalUrl = location.href;
    history.replaceState(null, '', `${location.pathname}?email=visitor%40example.com#secret-fragment`);
    const restoreNavigation = stayOnPage();
    try {
      links(element)[0].click();
      const recorded = await oneEvent(element, 'optin-recorded');
      expect(recorded.detail.channel).to.equal('whatsapp');
    } finally {
      restoreNavigation();
      history.replaceState(null, '', originalUrl);
    }

    const post = server.requests.find((request) => request.method === 'POST')!;
    expect(post.url).to.equal(`${FAKE_API_BASE}/widgets/shop/intents`);
    expect(post.credentials).to.equal('omit');
    expect(post.body).not.to.contain('visitor');
    expect(post.body).not.to.contain('secret-fragment');
    expect(post.body).not.to.contain(navigator.userAgent);

    const intent = JSON.parse(post.body);
    expect(Object.keys(intent).sort()).to.deep.equal([
      'businessName', 'channel', 'clientTimestamp', 'consentText', 'consentTextSha256', 'intentId',
      'locale', 'placement', 'privacyUrl', 'reference', 'uiAction', 'widgetId', 'widgetVersion',
    ]);
    expect(intent.placement).to.equal(location.origin + location.pathname);
    expect(intent.consentText).to.equal(notice(element));
    expect(intent.consentTextSha256).to.equal(await sha256Hex(intent.consentText));
    expect(intent.reference).to.equal(element.reference);
    expect(intent.uiAction).to.equal('click');
    expect(intent.locale).to.equal('en');
    expect(intent.intentId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(intent.clientTimestamp).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('opens link without waiting for backend', async () => {
    const element = await fixture<MessengerOptin>(html`<messenger-optin
      backend-url=${FAKE_API_BASE} widget-id="shop"></messenger-optin>`);
    await settled(element);
    server.latencyMs = 2000;
    let defaultPrevented: boolean | undefined;
    const check = (event: Event) => {
      defaultPrevented = event.defaultPrevented;
      event.preventDefault();
    };
    // Registered on window, so it runs after the element's handler and can check whether the
    // element itself held the navigation back.
    window.addEventListener('click', check, {once: true});
    links(element)[0].click();
    expect(defaultPrevented).to.equal(false);
    await waitUntil(() => server.intents.size === 1, 4000);
  });

  it('reports failed recording', async () => {
    const element = await fixture<MessengerOptin>(html`<messenger-optin
      backend-url=${FAKE_API_BASE} widget-id="shop"></messenger-optin>`);
    await settled(element);
    server.respondAlways({status: 400, body: '{"error":"bad-request"}', headers: {'Content-Type': 'application/json'}});
    const {stop} = collectErrors();
    const restoreNavigation = stayOnPage();
    try {
      links(element)[1].click();
      const error = await oneEvent(element, 'optin-error');
      expect(error.detail.phase).to.equal('record');
      expect(error.detail.channel).to.equal('messenger');
      expect(error.detail.message).to.contain('/widgets/shop/intents');
    } finally {
      restoreNavigation();
      stop();
    }
  });

  it('reports a click that no backend can record', async () => {
    const {errors, stop} = collectErrors();
    const restoreNavigation = stayOnPage();
    try {
      // The attributes make the widget complete, but the HTTP client rejects the address.
      const element = await fixture<MessengerOptin>(html`<messenger-optin backend-url="ftp://example.com/api"
        telegram="ExampleCoffeeBot" business-name="Example Coffee Roasters"
        privacy-url="https://example.com/privacy"></messenger-optin>`);
      await waitUntil(() => errors.some((error) => error.attribute === 'backend-url'), 4000);
      await element.updateComplete;
      expect(links(element), 'channel links').to.have.length(1);
      links(element)[0].click();
      await waitUntil(() => errors.some((error) => error.phase === 'record'), 4000);
      const record = errors.find((error) => error.phase === 'record')!;
      expect(record.channel).to.equal('telegram');
      expect(record.message).to.contain('backend-url="ftp://example.com/api"');
      expect(record.message).to.contain('not recorded');
      expect(server.intents.size).to.equal(0);
    } finally {
      restoreNavigation();
      stop();
    }
  });

  it('shows confirmation once confirmed', async function () {
    this.timeout(15000);
    const element = await fixture<MessengerOptin>(html`<messenger-optin
      backend-url=${FAKE_API_BASE} widget-id="shop"></messenger-optin>`);
    await settled(element);
    const restoreNavigation = stayOnPage();
    try {
      links(element)[2].click();
      await oneEvent(element, 'optin-recorded');
    } finally {
      restoreNavigation();
    }
    server.confirm(element.reference);
    const confirmed = await oneEvent(element, 'optin-confirmed');
    expect(confirmed.detail).to.deep.equal({channel: 'telegram', reference: element.reference});
    await element.updateComplete;
    const status = element.shadowRoot!.querySelector('[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.trim()).to.equal('You are subscribed via Telegram. Thank you!');
    await expect(element).to.be.accessible();
  });
});
