import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization, msg} from '@lit/localize';
import '../src/define.js';
import type {MessengerOptin} from '../src/messenger-optin.js';

// A host page that uses @lit/localize for its own components configures it globally, once.
// The widget must neither throw on that nor take the host's translations.
const {setLocale} = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async () => ({templates: {heading: 'Host heading', 'host-greeting': 'Hallo vom Host'}}),
});

describe('host page with @lit/localize', () => {
  it('keeps widget texts when host sets locale', async () => {
    await setLocale('de');
    const element = await fixture<MessengerOptin>(html`<messenger-optin lang="en" whatsapp="+49 171 1234567"
      business-name="Acme" privacy-url="https://example.com/privacy"></messenger-optin>`);
    const heading = element.shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.textContent).to.equal('Get our news in your messenger');
  });

  it('keeps host translations working', () => {
    expect(msg('Hello from the host', {id: 'host-greeting'})).to.equal('Hallo vom Host');
  });

  it('shows German widget under host locale', async () => {
    const element = await fixture<MessengerOptin>(html`<messenger-optin lang="de" whatsapp="+49 171 1234567"
      business-name="Acme" privacy-url="https://example.com/privacy"></messenger-optin>`);
    const heading = element.shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.textContent).to.equal('Unsere News in Ihrem Messenger');
  });
});
