import {aTimeout, expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/define.js';
import type {MessengerOptin} from '../src/messenger-optin.js';
import type {OptinErrorDetail} from '../src/events.js';
import {MockBackend} from '../src/backend/mock.js';
import {VERSION} from '../src/version.js';

const PRIVACY_URL = 'https://example.com/privacy';

async function renderWidget(template: ReturnType<typeof html>): Promise<MessengerOptin> {
  const element = await fixture<MessengerOptin>(template);
  await element.updateComplete;
  return element;
}

function allChannels() {
  return html`<messenger-optin
    whatsapp="+49 171 1234567"
    messenger="examplecoffee"
    telegram="ExampleCoffeeBot"
    instagram="example.coffee"
    business-name="Example Coffee Roasters"
    topic="roasting news, about twice a month"
    privacy-url=${PRIVACY_URL}
  ></messenger-optin>`;
}

function shadow(element: MessengerOptin): ShadowRoot {
  return element.shadowRoot!;
}

function channelLink(element: MessengerOptin, channel: string): HTMLAnchorElement | null {
  return shadow(element).querySelector<HTMLAnchorElement>(`a[part~="channel-${channel}"]`);
}

function channelLinks(element: MessengerOptin): HTMLAnchorElement[] {
  return [...shadow(element).querySelectorAll<HTMLAnchorElement>('a[part~="channel"]')];
}

function noticeText(element: MessengerOptin): string {
  return shadow(element).querySelector('[part="notice"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

function toggle(element: MessengerOptin): HTMLButtonElement {
  return shadow(element).querySelector<HTMLButtonElement>('[part="privacy-toggle"]')!;
}

function panel(element: MessengerOptin): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[part="privacy-panel"]')!;
}

/** Collects `optin-error` details and console warnings while `action` runs. */
async function collectProblems(action: () => Promise<unknown>) {
  const errors: OptinErrorDetail[] = [];
  const warnings: string[] = [];
  const onError = (event: Event) => errors.push((event as CustomEvent<OptinErrorDetail>).detail);
  const originalWarn = console.warn;
  console.warn = (message: unknown) => warnings.push(String(message));
  document.addEventListener('optin-error', onError);
  try {
    await action();
  } finally {
    console.warn = originalWarn;
    document.removeEventListener('optin-error', onError);
  }
  return {errors, warnings};
}

describe('<messenger-optin>', () => {
  describe('rendering', () => {
    it('shows one link per channel in default order', async () => {
      const element = await renderWidget(allChannels());
      const parts = channelLinks(element).map((link) => link.getAttribute('part'));
      expect(parts).to.deep.equal([
        'channel channel-whatsapp',
        'channel channel-messenger',
        'channel channel-telegram',
        'channel channel-instagram',
      ]);
    });

    it('labels each link with its channel', async () => {
      const element = await renderWidget(allChannels());
      const labels = channelLinks(element).map((link) => link.querySelector('[part="channel-label"]')!.textContent!.trim());
      expect(labels).to.deep.equal([
        'Newsletter via WhatsApp',
        'Newsletter via Messenger',
        'Newsletter via Telegram',
        'Newsletter via Instagram',
      ]);
    });

    it('renders icon part inside each link', async () => {
      const element = await renderWidget(allChannels());
      for (const link of channelLinks(element)) {
        expect(link.querySelector('[part="channel-icon"] svg')).to.exist;
      }
    });

    it('orders channels by channels attribute', async () => {
      const element = await renderWidget(html`<messenger-optin
        whatsapp="+49 171 1234567" telegram="ExampleCoffeeBot" instagram="example.coffee"
        channels="telegram whatsapp" business-name="Acme" privacy-url=${PRIVACY_URL}
      ></messenger-optin>`);
      const parts = channelLinks(element).map((link) => link.getAttribute('part'));
      expect(parts).to.deep.equal(['channel channel-telegram', 'channel channel-whatsapp']);
    });

    it('renders nothing without channels', async () => {
      const {errors} = await collectProblems(async () => {
        const element = await renderWidget(html`<messenger-optin business-name="Acme" privacy-url=${PRIVACY_URL}></messenger-optin>`);
        expect(shadow(element).querySelector('[part="container"]')).to.equal(null);
      });
      expect(errors.some((detail) => detail.message.includes('set at least one channel address'))).to.equal(true);
    });

    it('passes axe with all channels', async () => {
      const element = await renderWidget(allChannels());
      await expect(element).to.be.accessible();
    });

    it('passes axe with panel open', async () => {
      const element = await renderWidget(allChannels());
      toggle(element).click();
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it('passes axe in German', async () => {
      const element = await renderWidget(html`<div lang="de">${allChannels()}</div>`);
      const widget = element.querySelector('messenger-optin')!;
      await widget.updateComplete;
      await expect(widget).to.be.accessible();
    });
  });

  describe('deep links', () => {
    it('builds exact URL for every channel', async () => {
      const element = await renderWidget(allChannels());
      const reference = element.reference;
      expect(channelLink(element, 'whatsapp')!.href).to.equal('https://wa.me/491711234567?text=Start');
      expect(channelLink(element, 'messenger')!.href).to.equal(`https://m.me/examplecoffee?ref=${reference}&text=Start`);
      expect(channelLink(element, 'telegram')!.href).to.equal(`https://t.me/ExampleCoffeeBot?start=${reference}`);
      expect(channelLink(element, 'instagram')!.href).to.equal(`https://ig.me/m/example.coffee?ref=${reference}`);
    });

    it('encodes keyword exactly once', async () => {
      const cases: Array<[string, string]> = [
        ['Start now', 'Start%20now'],
        ['A&B', 'A%26B'],
        ['#1', '%231'],
        ['1+1', '1%2B1'],
        ['Hi 👋', 'Hi%20%F0%9F%91%8B'],
        ['Line\nTwo', 'Line%0ATwo'],
      ];
      for (const [keyword, encoded] of cases) {
        const element = await renderWidget(html`<messenger-optin
          whatsapp="+49 171 1234567" messenger="examplecoffee" business-name="Acme" privacy-url=${PRIVACY_URL}
          .keyword=${keyword}
        ></messenger-optin>`);
        expect(channelLink(element, 'whatsapp')!.href, keyword).to.equal(`https://wa.me/491711234567?text=${encoded}`);
        expect(channelLink(element, 'messenger')!.href, keyword).to.equal(
          `https://m.me/examplecoffee?ref=${element.reference}&text=${encoded}`);
      }
    });

    it('sets safe link attributes', async () => {
      const element = await renderWidget(allChannels());
      for (const link of channelLinks(element)) {
        expect(link.getAttribute('target')).to.equal('_blank');
        expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(link.getAttribute('referrerpolicy')).to.equal('no-referrer');
      }
    });

    it('creates 128-bit base64url reference', async () => {
      const element = await renderWidget(allChannels());
      expect(element.reference).to.match(/^[A-Za-z0-9_-]{22}$/);
    });

    it('creates unique reference per element', async () => {
      const references = new Set<string>();
      for (let i = 0; i < 50; i++) {
        references.add((document.createElement('messenger-optin') as MessengerOptin).reference);
      }
      expect(references.size).to.equal(50);
    });

    it('accepts every usual phone writing', async () => {
      const writings = ['+49 171 1234567', '0049 171 1234567', '+49 (0)171-123 45 67', '+49 171/123.45.67'];
      for (const whatsapp of writings) {
        const element = await renderWidget(html`<messenger-optin
          .whatsapp=${whatsapp} business-name="Acme" privacy-url=${PRIVACY_URL}></messenger-optin>`);
        expect(channelLink(element, 'whatsapp')?.href, whatsapp).to.equal('https://wa.me/491711234567?text=Start');
      }
    });

    it('uses default-country for national numbers', async () => {
      const element = await renderWidget(html`<messenger-optin
        whatsapp="0171 1234567" default-country="DE" business-name="Acme" privacy-url=${PRIVACY_URL}></messenger-optin>`);
      expect(channelLink(element, 'whatsapp')!.href).to.equal('https://wa.me/491711234567?text=Start');
    });
  });

  describe('notice', () => {
    it('names sender, topic, keywords and privacy link', async () => {
      const element = await renderWidget(allChannels());
      const text = noticeText(element);
      expect(text).to.contain('Example Coffee Roasters sends you news via the messenger you choose: roasting news, about twice a month.');
      expect(text).to.contain('“Start” ready to send');
      expect(text).to.contain('You subscribe only when you send it.');
      expect(text).to.contain('Send “Stop” in the same chat at any time to unsubscribe.');
      const link = shadow(element).querySelector<HTMLAnchorElement>('[part="privacy-link"]')!;
      expect(link.href).to.equal(PRIVACY_URL);
    });

    it('uses custom keywords', async () => {
      const element = await renderWidget(html`<messenger-optin whatsapp="+49 171 1234567" keyword="Go"
        stop-keyword="Halt" business-name="Acme" privacy-url=${PRIVACY_URL}></messenger-optin>`);
      const text = noticeText(element);
      expect(text).to.contain('“Go” ready to send');
      expect(text).to.contain('Send “Halt”');
    });

    it('explains Telegram and Instagram only when shown', async () => {
      const whatsappOnly = await renderWidget(html`<messenger-optin whatsapp="+49 171 1234567"
        business-name="Acme" privacy-url=${PRIVACY_URL}></messenger-optin>`);
      expect(noticeText(whatsappOnly)).not.to.contain('Telegram');
      expect(noticeText(whatsappOnly)).not.to.contain('Instagram');
      const all = await renderWidget(allChannels());
      expect(noticeText(all)).to.contain('In Telegram, tap Start.');
      expect(noticeText(all)).to.contain('In Instagram, type “Start” yourself.');
    });

    it('shows HTML in texts literally', async () => {
      const element = await renderWidget(html`<messenger-optin whatsapp="+49 171 1234567"
        business-name="<b>Acme</b>" topic="<img src=x onerror=alert(1)>" privacy-url=${PRIVACY_URL}></messenger-optin>`);
      expect(noticeText(element)).to.contain('<b>Acme</b> sends you news via the messenger you choose: <img src=x onerror=alert(1)>.');
      expect(shadow(element).querySelector('b, img')).to.equal(null);
    });

    it('describes each link with the notice', async () => {
      const element = await renderWidget(allChannels());
      const notice = shadow(element).querySelector('[part="notice"]')!;
      for (const link of channelLinks(element)) {
        expect(link.getAttribute('aria-describedby')).to.equal(notice.id);
      }
    });
  });

  describe('privacy panel', () => {
    it('starts closed with disclosure attributes', async () => {
      const element = await renderWidget(allChannels());
      expect(toggle(element).getAttribute('aria-expanded')).to.equal('false');
      expect(toggle(element).getAttribute('aria-controls')).to.equal(panel(element).id);
      expect(panel(element).hidden).to.equal(true);
      expect(panel(element).getAttribute('aria-label')).to.equal('Privacy information');
    });

    it('opens with keyboard and closes with Escape', async () => {
      const element = await renderWidget(allChannels());
      toggle(element).focus();
      await sendKeys({press: 'Enter'});
      await element.updateComplete;
      expect(toggle(element).getAttribute('aria-expanded')).to.equal('true');
      expect(panel(element).hidden).to.equal(false);

      await sendKeys({press: 'Tab'});
      expect(shadow(element).activeElement).not.to.equal(toggle(element));
      await sendKeys({press: 'Escape'});
      await element.updateComplete;
      expect(panel(element).hidden).to.equal(true);
      expect(shadow(element).activeElement).to.equal(toggle(element));
    });

    it('fires optin-privacy-toggle with open state', async () => {
      const element = await renderWidget(allChannels());
      setTimeout(() => toggle(element).click());
      const opened = await oneEvent(element, 'optin-privacy-toggle');
      expect(opened.detail).to.deep.equal({open: true});
      expect(opened.bubbles).to.equal(true);
      expect(opened.composed).to.equal(true);
      setTimeout(() => toggle(element).click());
      const closed = await oneEvent(element, 'optin-privacy-toggle');
      expect(closed.detail).to.deep.equal({open: false});
    });

    it('explains controller, data, provider and withdrawal', async () => {
      const element = await renderWidget(allChannels());
      toggle(element).click();
      await element.updateComplete;
      const text = panel(element).textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Example Coffee Roasters is responsible');
      expect(text).to.contain('phone number or messenger user ID');
      expect(text).to.contain('messenger provider');
      expect(text).to.contain('Send “Stop” in the chat at any time');
      expect(panel(element).querySelector<HTMLAnchorElement>('a[href]')!.href).to.equal(PRIVACY_URL);
    });

    it('builds panel text on first open', async () => {
      const element = await renderWidget(allChannels());
      expect(panel(element).querySelectorAll('p')).to.have.length(1);
      toggle(element).click();
      await element.updateComplete;
      const paragraphs = panel(element).querySelectorAll('p').length;
      expect(paragraphs).to.be.greaterThan(5);
      toggle(element).click();
      await element.updateComplete;
      expect(panel(element).hidden).to.equal(true);
      expect(panel(element).querySelectorAll('p')).to.have.length(paragraphs);
    });

    it('replaces body with privacy slot', async () => {
      const element = await renderWidget(html`<messenger-optin whatsapp="+49 171 1234567" business-name="Acme"
        privacy-url=${PRIVACY_URL}><div slot="privacy">Our own text</div></messenger-optin>`);
      const slot = panel(element).querySelector<HTMLSlotElement>('slot[name="privacy"]')!;
      const assigned = slot.assignedElements();
      expect(assigned).to.have.length(1);
      expect(assigned[0].textContent).to.equal('Our own text');
    });
  });

  describe('events', () => {
    it('fires cancelable optin-start with detail', async () => {
      const element = await renderWidget(allChannels());
      const link = channelLink(element, 'telegram')!;
      let navigationPrevented = false;
      element.addEventListener('optin-start', (event) => event.preventDefault(), {once: true});
      const listener = (event: Event) => {
        navigationPrevented = event.defaultPrevented;
      };
      document.addEventListener('click', listener, {once: true});
      setTimeout(() => link.click());
      const event = await oneEvent(element, 'optin-start');
      expect(event.detail).to.deep.equal({
        channel: 'telegram',
        url: `https://t.me/ExampleCoffeeBot?start=${element.reference}`,
        reference: element.reference,
        via: 'link',
      });
      expect(event.cancelable).to.equal(true);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      await aTimeout(0);
      expect(navigationPrevented).to.equal(true);
    });

    it('records intent without delaying the link', async () => {
      const backend = new MockBackend({config: null, latencyMs: 0});
      const element = await renderWidget(allChannels());
      // The backend's configuration fails, so the attributes stay in force.
      const {errors} = await collectProblems(async () => {
        const failed = oneEvent(element, 'optin-error');
        element.backend = backend;
        await failed;
      });
      expect(errors.map((detail) => detail.phase)).to.include('config');

      // Stops the navigation without cancelling optin-start, which would also skip the recording.
      const stayOnPage = (event: Event) => event.preventDefault();
      document.addEventListener('click', stayOnPage);
      channelLink(element, 'whatsapp')!.click();
      document.removeEventListener('click', stayOnPage);
      const recorded = await oneEvent(element, 'optin-recorded');
      expect(recorded.detail.channel).to.equal('whatsapp');
      expect(backend.intents).to.have.length(1);
      const intent = backend.intents[0];
      expect(intent.reference).to.equal(element.reference);
      expect(intent.widgetVersion).to.equal(VERSION);
      expect(intent.consentText).to.contain('Example Coffee Roasters sends you');
      expect(intent.placement).to.equal(location.origin + location.pathname);
    });
  });

  describe('configuration errors', () => {
    const invalidCases: Array<{attribute: string; value: string}> = [
      {attribute: 'whatsapp', value: '0171 1234567'},
      {attribute: 'whatsapp', value: 'call me'},
      {attribute: 'telegram', value: 'abc'},
      {attribute: 'messenger', value: 'https://evil.example/page'},
      {attribute: 'instagram', value: '..bad'},
      {attribute: 'privacy-url', value: 'javascript:alert(1)'},
      {attribute: 'privacy-url', value: 'http://example.com/privacy'},
      {attribute: 'default-country', value: 'XX'},
      {attribute: 'channels', value: 'whatsapp signal'},
      {attribute: 'keyword', value: '   '},
      {attribute: 'stop-keyword', value: 'x'.repeat(65)},
      {attribute: 'business-name', value: 'x'.repeat(201)},
      {attribute: 'topic', value: 'x'.repeat(301)},
    ];

    for (const {attribute, value} of invalidCases) {
      it(`reports invalid ${attribute} "${value.slice(0, 20)}"`, async () => {
        const element = document.createElement('messenger-optin');
        element.setAttribute('whatsapp', '+49 171 1234567');
        element.setAttribute('telegram', 'ExampleCoffeeBot');
        element.setAttribute('business-name', 'Acme');
        element.setAttribute('privacy-url', PRIVACY_URL);
        element.setAttribute(attribute, value);
        const {errors, warnings} = await collectProblems(async () => {
          document.body.append(element);
          await element.updateComplete;
        });
        element.remove();
        const matching = errors.filter((detail) => detail.attribute === attribute);
        expect(matching, JSON.stringify(errors)).to.have.length(1);
        expect(matching[0].phase).to.equal('config');
        expect(matching[0].value).to.equal(value);
        expect(warnings.filter((warning) => warning.includes(attribute))).to.have.length(1);
      });
    }

    it('hides only the invalid channel', async () => {
      const {errors} = await collectProblems(async () => {
        const element = await renderWidget(html`<messenger-optin whatsapp="12" telegram="ExampleCoffeeBot"
          business-name="Acme" privacy-url=${PRIVACY_URL}></messenger-optin>`);
        expect(channelLink(element, 'whatsapp')).to.equal(null);
        expect(channelLink(element, 'telegram')).to.exist;
      });
      expect(errors[0].message).to.contain('whatsapp="12" is invalid');
      expect(errors[0].channel).to.equal('whatsapp');
    });

    it('warns once per cause across renders', async () => {
      const {warnings} = await collectProblems(async () => {
        const element = await renderWidget(html`<messenger-optin whatsapp="12" telegram="ExampleCoffeeBot"
          business-name="Acme" privacy-url=${PRIVACY_URL}></messenger-optin>`);
        element.topic = 'news';
        await element.updateComplete;
        element.topic = 'offers';
        await element.updateComplete;
      });
      expect(warnings).to.have.length(1);
    });

    it('warns about missing business name and privacy URL', async () => {
      const {errors} = await collectProblems(async () => {
        await renderWidget(html`<messenger-optin whatsapp="+49 171 1234567"></messenger-optin>`);
      });
      const attributes = errors.map((detail) => detail.attribute);
      expect(attributes).to.include('business-name');
      expect(attributes).to.include('privacy-url');
    });

    it('never throws on hostile values', async () => {
      const element = await renderWidget(allChannels());
      const values = ['\uD800', '\u0000', 'x'.repeat(10000), '<script>', '%', '../..', 'javascript:alert(1)'];
      await collectProblems(async () => {
        for (const value of values) {
          for (const attribute of ['whatsapp', 'messenger', 'telegram', 'instagram', 'keyword', 'channels', 'privacy-url']) {
            element.setAttribute(attribute, value);
            await element.updateComplete;
          }
        }
      });
      for (const link of channelLinks(element)) {
        expect(new URL(link.href).protocol).to.equal('https:');
      }
    });
  });

  describe('localization', () => {
    it('uses German from an ancestor lang', async () => {
      const wrapper = await fixture(html`<div lang="de-AT">${allChannels()}</div>`);
      const element = wrapper.querySelector('messenger-optin')!;
      await element.updateComplete;
      expect(channelLink(element, 'whatsapp')!.textContent).to.contain('Newsletter per WhatsApp');
      expect(noticeText(element)).to.contain('Example Coffee Roasters schickt Ihnen');
      expect(toggle(element).getAttribute('aria-label')).to.equal('Datenschutzhinweise');
    });

    it('falls back to English for unknown languages', async () => {
      const wrapper = await fixture(html`<div lang="xx">${allChannels()}</div>`);
      const element = wrapper.querySelector('messenger-optin')!;
      await element.updateComplete;
      expect(channelLink(element, 'whatsapp')!.textContent).to.contain('Newsletter via WhatsApp');
    });

    it('switches language when lang changes', async () => {
      const element = await renderWidget(allChannels());
      toggle(element).click();
      await element.updateComplete;
      element.lang = 'de';
      await element.updateComplete;
      expect(noticeText(element)).to.contain('schickt Ihnen');
      expect(panel(element).textContent).to.contain('Verantwortlich für diesen Newsletter');
      element.removeAttribute('lang');
      await element.updateComplete;
      expect(noticeText(element)).to.contain('sends you');
    });

    it('follows a document lang change', async () => {
      const original = document.documentElement.getAttribute('lang');
      const element = await renderWidget(allChannels());
      try {
        document.documentElement.setAttribute('lang', 'de');
        await aTimeout(0);
        await element.updateComplete;
        expect(noticeText(element)).to.contain('schickt Ihnen');
      } finally {
        if (original === null) {
          document.documentElement.removeAttribute('lang');
        } else {
          document.documentElement.setAttribute('lang', original);
        }
      }
    });

    it('marks container with shown language', async () => {
      const wrapper = await fixture(html`<div lang="de">${allChannels()}</div>`);
      const element = wrapper.querySelector('messenger-optin')!;
      await element.updateComplete;
      expect(shadow(element).querySelector('[part="container"]')!.getAttribute('lang')).to.equal('de');
    });
  });

  describe('package', () => {
    it('keeps VERSION equal to package.json', async () => {
      const packageJson = await (await fetch('/package.json')).json();
      expect(VERSION).to.equal(packageJson.version);
    });
  });
});
