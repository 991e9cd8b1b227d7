import {expect, oneEvent} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, sendKeys} from '@web/test-runner-commands';
import '../src/define.js';
import {MessengerOptin} from '../src/messenger-optin.js';
import {LAYOUTS, THEMES, VARIANTS} from '../src/options.js';
import {siInstagram, siMessenger, siTelegram, siWhatsapp} from 'simple-icons';
import {waitUntil} from './msw/worker.js';

const PRIVACY_URL = 'https://example.com/privacy';

declare global {
  interface Window {
    jsQR?: (data: Uint8ClampedArray, width: number, height: number) => {data: string} | null;
  }
}

function widget(attributes: Record<string, string> = {}) {
  const element = document.createElement('messenger-optin');
  const values: Record<string, string> = {
    whatsapp: '+49 171 1234567',
    messenger: 'examplecoffee',
    telegram: 'ExampleCoffeeBot',
    instagram: 'example.coffee',
    'business-name': 'Example Coffee Roasters',
    topic: 'roasting news, about twice a month',
    'privacy-url': PRIVACY_URL,
    ...attributes,
  };
  for (const [name, value] of Object.entries(values)) {
    element.setAttribute(name, value);
  }
  return element;
}

async function mount(element: MessengerOptin, parent: HTMLElement = document.body): Promise<MessengerOptin> {
  parent.append(element);
  await element.updateComplete;
  return element;
}

function part(element: MessengerOptin, name: string): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) {
    throw new Error(`part "${name}" not found`);
  }
  return found;
}

function channel(element: MessengerOptin, name: string): HTMLAnchorElement {
  return part(element, `channel-${name}`) as HTMLAnchorElement;
}

async function loadJsQr(): Promise<NonNullable<Window['jsQR']>> {
  if (!window.jsQR) {
    // jsQR ships only a UMD build, which sets window.jsQR when loaded as a classic script.
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    const loaded = oneEvent(script, 'load');
    document.head.append(script);
    await loaded;
  }
  return window.jsQR!;
}

/** Renders the QR code's SVG onto a canvas and decodes it. */
async function decodeQr(svgElement: SVGSVGElement): Promise<string | null> {
  const jsQR = await loadJsQr();
  const size = 400;
  const source = new XMLSerializer().serializeToString(svgElement);
  const image = new Image(size, size);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, size, size);
  const pixels = context.getImageData(0, 0, size, size);
  return jsQR(pixels.data, size, size)?.data ?? null;
}

/** Returns the QR code once its encoder, a module loaded on the first channel choice, has drawn it. */
async function qrCode(element: MessengerOptin): Promise<SVGSVGElement> {
  await waitUntil(() => element.shadowRoot!.querySelector('[part~="qr"]') !== null);
  return part(element, 'qr') as unknown as SVGSVGElement;
}

/** Stops link navigation while the test runs. */
function stayOnPage(): () => void {
  const listener = (event: Event) => event.preventDefault();
  document.addEventListener('click', listener);
  return () => document.removeEventListener('click', listener);
}

describe('<messenger-optin> look and feel', () => {
  afterEach(async () => {
    for (const element of document.querySelectorAll('messenger-optin, .test-host')) {
      element.remove();
    }
    await emulateMedia({colorScheme: 'light', reducedMotion: 'no-preference'});
    await executeServerCommand('emulate-media-features', [{name: 'forced-colors', value: 'none'}]);
  });

  describe('host isolation', () => {
    const properties = [
      'font-size', 'font-family', 'font-style', 'font-weight', 'line-height', 'letter-spacing', 'word-spacing',
      'text-transform', 'text-align', 'color', 'inline-size', 'block-size',
    ];
    const parts = ['container', 'heading', 'channel-whatsapp', 'channel-label', 'notice', 'privacy-toggle'];

    function snapshot(element: MessengerOptin): Record<string, string> {
      const values: Record<string, string> = {};
      for (const name of parts) {
        const style = getComputedStyle(part(element, name));
        for (const property of properties) {
          values[`${name} ${property}`] = style.getPropertyValue(property);
        }
      }
      return values;
    }

    it('ignores inherited host styles', async () => {
      const plainHost = document.createElement('div');
      plainHost.className = 'test-host';
      plainHost.style.width = '600px';
      document.body.append(plainHost);
      const plain = snapshot(await mount(widget(), plainHost));

      const hostileStyle = document.createElement('style');
      hostileStyle.className = 'test-host';
      hostileStyle.textContent = `
        html { font-size: 62.5%; }
        .hostile { text-align: center; line-height: 3; letter-spacing: 5px; word-spacing: 12px;
          text-transform: uppercase; color: rgb(255, 0, 0); font: italic bold 30px serif; }`;
      document.head.append(hostileStyle);
      const hostileHost = document.createElement('div');
      hostileHost.className = 'test-host hostile';
      hostileHost.style.width = '600px';
      document.body.append(hostileHost);
      try {
        const hostile = snapshot(await mount(widget(), hostileHost));
        for (const key of Object.keys(plain)) {
          expect(hostile[key], key).to.equal(plain[key]);
        }
      } finally {
        hostileStyle.remove();
      }
    });

    it('sizes in px regardless of root font size', async () => {
      const element = await mount(widget());
      const before = part(element, 'channel-whatsapp').getBoundingClientRect().height;
      document.documentElement.style.fontSize = '10px';
      try {
        expect(part(element, 'channel-whatsapp').getBoundingClientRect().height).to.equal(before);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });

  describe('themes', () => {
    it('follows dark color scheme in auto', async () => {
      const element = await mount(widget());
      expect(getComputedStyle(part(element, 'container')).backgroundColor).to.equal('rgb(255, 255, 255)');
      await emulateMedia({colorScheme: 'dark'});
      expect(getComputedStyle(part(element, 'container')).backgroundColor).to.equal('rgb(13, 17, 23)');
      expect(getComputedStyle(part(element, 'container')).colorScheme).to.equal('dark');
    });

    it('keeps light theme under dark scheme', async () => {
      await emulateMedia({colorScheme: 'dark'});
      const element = await mount(widget({theme: 'light'}));
      expect(getComputedStyle(part(element, 'container')).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(part(element, 'container')).colorScheme).to.equal('light');
    });

    it('forces dark theme under light scheme', async () => {
      const element = await mount(widget({theme: 'dark'}));
      expect(getComputedStyle(part(element, 'container')).backgroundColor).to.equal('rgb(13, 17, 23)');
      expect(getComputedStyle(part(element, 'notice')).color).to.equal('rgb(230, 237, 243)');
    });

    it('uses custom properties from the page', async () => {
      const element = widget({variant: 'mono'});
      element.style.setProperty('--messenger-optin-accent', 'rgb(1, 2, 3)');
      element.style.setProperty('--messenger-optin-button-height', '60px');
      await mount(element);
      expect(getComputedStyle(channel(element, 'telegram')).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(channel(element, 'telegram').getBoundingClientRect().height).to.be.at.least(60);
    });

    it('shows channel borders in forced colors', async () => {
      const element = await mount(widget());
      await executeServerCommand('emulate-media-features', [{name: 'forced-colors', value: 'active'}]);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const style = getComputedStyle(channel(element, 'whatsapp'));
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
      await expect(element).to.be.accessible();
    });

    it('drops transitions for reduced motion', async () => {
      const element = await mount(widget());
      expect(getComputedStyle(channel(element, 'whatsapp')).transitionDuration).not.to.equal('0s');
      await emulateMedia({reducedMotion: 'reduce'});
      expect(getComputedStyle(channel(element, 'whatsapp')).transitionDuration).to.equal('0s');
    });
  });

  describe('right to left', () => {
    it('mirrors header in rtl', async () => {
      const host = document.createElement('div');
      host.className = 'test-host';
      host.dir = 'rtl';
      document.body.append(host);
      const element = await mount(widget(), host);
      const toggle = part(element, 'privacy-toggle').getBoundingClientRect();
      const heading = part(element, 'heading').getBoundingClientRect();
      expect(toggle.right).to.be.at.most(heading.left);
      const icon = part(element, 'channel-icon').querySelector('svg')!;
      expect(getComputedStyle(icon).direction).to.equal('ltr');
      expect(getComputedStyle(icon).transform).to.equal('none');
    });

    it('sets rtl for Arabic texts', async () => {
      const element = widget();
      element.setAttribute('lang', 'ar');
      await mount(element);
      // The Arabic texts are a separate module, so the element switches once it has loaded.
      for (let attempt = 0; attempt < 200 && part(element, 'container').getAttribute('lang') !== 'ar'; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        await element.updateComplete;
      }
      expect(part(element, 'container').getAttribute('dir')).to.equal('rtl');
      expect(part(element, 'container').getAttribute('lang')).to.equal('ar');
      await expect(element).to.be.accessible();
    });
  });

  describe('layouts and variants', () => {
    it('stacks links in list layout', async () => {
      const element = await mount(widget({layout: 'list'}));
      const boxes = [...element.shadowRoot!.querySelectorAll('a[part~="channel"]')].map((link) => link.getBoundingClientRect());
      for (const box of boxes) {
        expect(box.left).to.equal(boxes[0].left);
        expect(box.width).to.equal(boxes[0].width);
      }
      expect(boxes[1].top).to.be.greaterThan(boxes[0].bottom - 1);
    });

    it('hides labels visually in icons layout', async () => {
      const element = await mount(widget({layout: 'icons'}));
      const link = channel(element, 'whatsapp');
      const box = link.getBoundingClientRect();
      expect(Math.round(box.width)).to.equal(Math.round(box.height));
      expect(link.textContent).to.contain('Newsletter via WhatsApp');
      expect(getComputedStyle(part(element, 'channel-label')).clipPath).to.equal('inset(50%)');
    });

    it('keeps targets at least 24 px', async () => {
      for (const layout of LAYOUTS) {
        const element = await mount(widget({layout}));
        const targets = element.shadowRoot!.querySelectorAll<HTMLElement>('a, button');
        for (const target of targets) {
          const box = target.getBoundingClientRect();
          if (box.width === 0) {
            continue;
          }
          expect(box.width, `${layout} ${target.getAttribute('part')}`).to.be.at.least(24);
          expect(box.height, `${layout} ${target.getAttribute('part')}`).to.be.at.least(24);
        }
        element.remove();
      }
    });

    it('passes axe in every layout, variant and theme', async () => {
      for (const layout of LAYOUTS) {
        for (const variant of VARIANTS) {
          for (const theme of THEMES.filter((name) => name !== 'auto')) {
            const element = await mount(widget({layout, variant, theme}));
            await expect(element, `${layout} ${variant} ${theme}`).to.be.accessible();
            element.remove();
          }
        }
      }
    });

    it('defaults channel colours to brand colours', async () => {
      const element = await mount(widget());
      const style = getComputedStyle(element);
      const expected = {whatsapp: siWhatsapp, messenger: siMessenger, telegram: siTelegram, instagram: siInstagram};
      for (const [name, icon] of Object.entries(expected)) {
        const value = style.getPropertyValue(`--messenger-optin-${name}-color`).trim().toLowerCase();
        expect(value, name).to.equal(`#${icon.hex.toLowerCase()}`);
      }
    });

    it('reports invalid layout and falls back', async () => {
      const warnings: string[] = [];
      const originalWarn = console.warn;
      console.warn = (message: unknown) => warnings.push(String(message));
      try {
        const element = await mount(widget({layout: 'grid', variant: 'neon'}));
        expect(part(element, 'container').classList.contains('layout-buttons')).to.equal(true);
        expect(part(element, 'container').classList.contains('variant-brand')).to.equal(true);
      } finally {
        console.warn = originalWarn;
      }
      expect(warnings.some((warning) => warning.includes('layout="grid" is invalid'))).to.equal(true);
      expect(warnings.some((warning) => warning.includes('variant="neon" is invalid'))).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('tabs through toggle, links and notice link', async () => {
      const element = await mount(widget({channels: 'whatsapp telegram'}));
      part(element, 'privacy-toggle').focus();
      const visited: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({press: 'Tab'});
        visited.push(element.shadowRoot!.activeElement?.getAttribute('part') ?? '');
      }
      expect(visited).to.deep.equal(['channel channel-whatsapp', 'channel channel-telegram', 'save-contact', 'privacy-link']);
    });

    it('shows focus ring on links', async () => {
      const element = await mount(widget());
      part(element, 'privacy-toggle').focus();
      await sendKeys({press: 'Tab'});
      expect(getComputedStyle(channel(element, 'whatsapp')).outlineStyle).to.equal('solid');
    });
  });

  describe('desktop QR code', () => {
    const originalQuery = MessengerOptin.desktopMediaQuery;

    beforeEach(() => {
      MessengerOptin.desktopMediaQuery = 'all';
    });

    afterEach(() => {
      MessengerOptin.desktopMediaQuery = originalQuery;
    });

    for (const theme of ['light', 'dark']) {
      it(`encodes exact link in ${theme} theme`, async () => {
        const element = await mount(widget({theme}));
        const link = channel(element, 'messenger');
        const started = oneEvent(element, 'optin-start');
        const click = new MouseEvent('click', {bubbles: true, composed: true, cancelable: true});
        link.dispatchEvent(click);
        const start = await started;
        expect(click.defaultPrevented).to.equal(true);
        expect(start.detail.via).to.equal('qr');
        const qr = await qrCode(element);
        expect(await decodeQr(qr)).to.equal(link.href);
        expect(element.shadowRoot!.activeElement?.classList.contains('qr-heading')).to.equal(true);
        await expect(element).to.be.accessible();
      });
    }

    it('keeps a quiet zone of four modules', async () => {
      const element = await mount(widget());
      channel(element, 'telegram').dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}));
      const qr = await qrCode(element);
      const size = qr.viewBox.baseVal.width;
      const coordinates = [...qr.querySelector('path')!.getAttribute('d')!.matchAll(/M(\d+) (\d+)/g)]
        .flatMap((match) => [Number(match[1]), Number(match[2])]);
      expect(Math.min(...coordinates)).to.equal(4);
      expect(Math.max(...coordinates)).to.equal(size - 5);
      expect(qr.querySelector('rect')!.getAttribute('fill')).to.equal('#ffffff');
    });

    it('opens link directly with desktop="link"', async () => {
      const element = await mount(widget({desktop: 'link'}));
      const restore = stayOnPage();
      try {
        const started = oneEvent(element, 'optin-start');
        channel(element, 'whatsapp').click();
        expect((await started).detail.via).to.equal('link');
      } finally {
        restore();
      }
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="qr-panel"]')).to.equal(null);
    });

    it('always shows QR for Instagram', async () => {
      const element = await mount(widget({desktop: 'link'}));
      const started = oneEvent(element, 'optin-start');
      channel(element, 'instagram').dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}));
      expect((await started).detail.via).to.equal('qr');
      await element.updateComplete;
      expect(part(element, 'qr-panel')).to.exist;
      expect(element.shadowRoot!.querySelector('[part="qr-link"]')).to.equal(null);
    });

    it('offers link on this computer', async () => {
      const element = await mount(widget());
      channel(element, 'whatsapp').dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}));
      await element.updateComplete;
      const here = part(element, 'qr-link') as HTMLAnchorElement;
      expect(here.href).to.equal(channel(element, 'whatsapp').href);
      const restore = stayOnPage();
      try {
        const started = oneEvent(element, 'optin-start');
        here.click();
        expect((await started).detail.via).to.equal('link');
      } finally {
        restore();
      }
    });

    it('closes and returns focus', async () => {
      const element = await mount(widget());
      channel(element, 'telegram').dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}));
      await element.updateComplete;
      part(element, 'qr-close').click();
      await element.updateComplete;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="qr-panel"]')).to.equal(null);
      expect(element.shadowRoot!.activeElement).to.equal(channel(element, 'telegram'));
    });

    it('closes with Escape', async () => {
      const element = await mount(widget());
      channel(element, 'whatsapp').dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}));
      await element.updateComplete;
      await element.updateComplete;
      await sendKeys({press: 'Escape'});
      await element.updateComplete;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="qr-panel"]')).to.equal(null);
      expect(element.shadowRoot!.activeElement).to.equal(channel(element, 'whatsapp'));
    });

    it('opens links on touch devices', async () => {
      MessengerOptin.desktopMediaQuery = 'not all';
      const element = await mount(widget());
      const restore = stayOnPage();
      try {
        const started = oneEvent(element, 'optin-start');
        channel(element, 'instagram').click();
        expect((await started).detail.via).to.equal('link');
      } finally {
        restore();
      }
    });
  });

  describe('contact card', () => {
    function parseVCard(text: string): Map<string, string> {
      expect(text.endsWith('\r\n')).to.equal(true);
      const lines = text.slice(0, -2).split('\r\n');
      expect(lines[0]).to.equal('BEGIN:VCARD');
      expect(lines[lines.length - 1]).to.equal('END:VCARD');
      const fields = new Map<string, string>();
      for (const line of lines.slice(1, -1)) {
        const colon = line.indexOf(':');
        fields.set(line.slice(0, colon), line.slice(colon + 1));
      }
      return fields;
    }

    it('offers vCard with name and number', async () => {
      const element = await mount(widget());
      const link = part(element, 'save-contact') as HTMLAnchorElement;
      expect(link.getAttribute('download')).to.equal('Example-Coffee-Roasters.vcf');
      const text = await (await fetch(link.href)).text();
      const fields = parseVCard(text);
      expect(fields.get('VERSION')).to.equal('3.0');
      expect(fields.get('FN')).to.equal('Example Coffee Roasters');
      expect(fields.get('N')).to.equal('Example Coffee Roasters;;;;');
      expect(fields.get('TEL;TYPE=CELL')).to.equal('+491711234567');
    });

    it('escapes special characters in name', async () => {
      const element = await mount(widget({'business-name': 'Kaffee, Kuchen; Co\\KG'}));
      const link = part(element, 'save-contact') as HTMLAnchorElement;
      const fields = parseVCard(await (await fetch(link.href)).text());
      expect(fields.get('FN')).to.equal('Kaffee\\, Kuchen\\; Co\\\\KG');
      expect(link.getAttribute('download')).to.equal('Kaffee-Kuchen-Co-KG.vcf');
    });

    it('appears only with WhatsApp', async () => {
      const element = await mount(widget({channels: 'telegram'}));
      expect(element.shadowRoot!.querySelector('[part="save-contact"]')).to.equal(null);
    });
  });
});
