import {aTimeout, expect} from '@open-wc/testing';
import type {MessengerOptin} from '../src/messenger-optin.js';

// The element is in the page before the module that defines it loads, as on a CMS page where
// the script tag comes after the markup.
const container = document.createElement('div');
container.innerHTML = `
  <messenger-optin lang="de" whatsapp="+49 171 1234567" business-name="Acme"
    privacy-url="https://example.com/privacy"></messenger-optin>`;
document.body.append(container);

describe('define module', () => {
  it('upgrades element present before definition', async () => {
    await import('../src/define.js');
    const element = container.querySelector('messenger-optin') as MessengerOptin;
    await element.updateComplete;
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="channel-whatsapp"]')!;
    expect(link.href).to.equal('https://wa.me/491711234567?text=Start');
    expect(link.textContent).to.contain('Newsletter per WhatsApp');
  });

  it('re-renders upgraded element on lang change', async () => {
    const element = container.querySelector('messenger-optin') as MessengerOptin;
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    const link = element.shadowRoot!.querySelector('a[part~="channel-whatsapp"]')!;
    expect(link.textContent).to.contain('Newsletter via WhatsApp');
  });

  it('tolerates being loaded twice', async () => {
    const first = customElements.get('messenger-optin');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    // A query string makes the browser evaluate the module a second time.
    await import(/* @vite-ignore */ `../src/define.ts?second-copy=${Date.now()}`);
    await aTimeout(0);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('messenger-optin')).to.equal(first);
  });

  it('leaves name free when index is imported', async () => {
    const module = await import('../src/index.js');
    expect(module.MessengerOptin).to.equal(customElements.get('messenger-optin'));
  });
});
