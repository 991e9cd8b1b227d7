import {aTimeout, expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define.js';
import {MockBackend} from '../src/backend/mock.js';
import {MessengerOptin} from '../src/messenger-optin.js';
import type {OptinErrorDetail} from '../src/events.js';
import {waitUntil} from './msw/worker.js';

// The QR encoder is a module that the element loads on computers. These tests replace its import
// to count and fail loads, so they run in a file of their own: once a load succeeds, the module
// stays loaded for the page.
const optinClass = MessengerOptin as unknown as {importQrEncoder: () => Promise<unknown>; qrEncoderLoad?: Promise<unknown>};
const realImport = optinClass.importQrEncoder;

const attributes = html`<messenger-optin
  whatsapp="+49 171 1234567"
  instagram="example.coffee"
  telegram="ExampleCoffeeBot"
  business-name="Example Coffee Roasters"
  privacy-url="https://example.com/privacy"
></messenger-optin>`;

function part(element: MessengerOptin, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Clicks a channel link with a synthetic click, which the element cancels to show the QR panel. */
function choose(element: MessengerOptin, channel: string): void {
  part(element, `channel-${channel}`)!.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}));
}

describe('<messenger-optin> QR encoder loading', () => {
  const defaultQuery = MessengerOptin.desktopMediaQuery;
  const originalWarn = console.warn;

  beforeEach(() => {
    // The failures below are reported as warnings on purpose.
    console.warn = () => {};
  });

  afterEach(() => {
    optinClass.importQrEncoder = realImport;
    // A load that never settles stays cached for the page; the next test starts its own.
    optinClass.qrEncoderLoad = undefined;
    MessengerOptin.desktopMediaQuery = defaultQuery;
    console.warn = originalWarn;
  });

  it('skips preloading on phones', async () => {
    let calls = 0;
    optinClass.importQrEncoder = () => {
      calls += 1;
      return Promise.reject(new Error('not expected'));
    };
    MessengerOptin.desktopMediaQuery = 'not all';
    await fixture<MessengerOptin>(attributes);
    await aTimeout(300);
    expect(calls).to.equal(0);
  });

  it('preloads once backend channels arrive', async () => {
    let calls = 0;
    optinClass.importQrEncoder = () => {
      calls += 1;
      return Promise.reject(new Error('offline'));
    };
    MessengerOptin.desktopMediaQuery = 'all';
    const element = await fixture<MessengerOptin>(html`<messenger-optin
      .backend=${new MockBackend({latencyMs: 50})}></messenger-optin>`);
    expect(calls).to.equal(0);
    await waitUntil(() => calls > 0, 4000);
    expect(calls).to.equal(1);
    expect(element.shadowRoot!.querySelectorAll('a[part~="channel"]').length).to.be.greaterThan(0);
  });

  it('offers link when load fails', async () => {
    optinClass.importQrEncoder = () => Promise.reject(new Error('chunk missing'));
    MessengerOptin.desktopMediaQuery = 'all';
    const element = await fixture<MessengerOptin>(attributes);
    const failed = oneEvent(element, 'optin-error');
    choose(element, 'instagram');
    const detail = (await failed).detail as OptinErrorDetail;
    expect(detail.phase).to.equal('config');
    expect(detail.message).to.contain('loading the QR code module failed: chunk missing.');
    expect(detail.message).to.contain('chunks folder of the same build is next to the script file');
    await element.updateComplete;

    expect(part(element, 'qr-panel')).to.exist;
    expect(element.shadowRoot!.querySelector('.qr')).to.equal(null);
    // Instagram shows only a QR code on computers, but without one the link is the way on.
    const link = part(element, 'qr-link') as HTMLAnchorElement;
    expect(link.href).to.equal((part(element, 'channel-instagram') as HTMLAnchorElement).href);
  });

  it('reports a stalled load once', async function () {
    this.timeout(20000);
    let calls = 0;
    optinClass.importQrEncoder = () => {
      calls += 1;
      return new Promise(() => {});
    };
    MessengerOptin.desktopMediaQuery = 'all';
    const element = await fixture<MessengerOptin>(attributes);
    const errors: OptinErrorDetail[] = [];
    element.addEventListener('optin-error', (event) => errors.push((event as CustomEvent<OptinErrorDetail>).detail));
    // The preload starts the load; a click while it is pending must not start a second timeout.
    await waitUntil(() => calls === 1, 4000);
    choose(element, 'telegram');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.qr[aria-busy="true"]'), 'placeholder').to.exist;

    await waitUntil(() => errors.length > 0, 12000);
    await aTimeout(1000);
    expect(errors).to.have.length(1);
    expect(errors[0].message).to.contain('did not arrive within 10 s');
    expect(calls).to.equal(1);
  });

  it('retries after a failed load', async () => {
    let calls = 0;
    optinClass.importQrEncoder = () => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('network down')) : realImport();
    };
    MessengerOptin.desktopMediaQuery = 'all';
    const element = await fixture<MessengerOptin>(attributes);
    const failed = oneEvent(element, 'optin-error');
    choose(element, 'telegram');
    await failed;
    part(element, 'qr-close')!.click();
    await element.updateComplete;

    choose(element, 'telegram');
    await waitUntil(() => part(element, 'qr') !== null);
    expect(calls).to.equal(2);
    expect(element.shadowRoot!.querySelector('.qr[aria-busy]')).to.equal(null);
  });
});
