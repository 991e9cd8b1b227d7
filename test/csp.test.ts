import {expect, oneEvent} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {MessengerOptin} from '../src/messenger-optin.js';
import {waitUntil} from './msw/worker.js';

// The pages under test/pages/csp/ are served with a Content-Security-Policy header by the
// csp-test-pages plugin in web-test-runner.config.mjs, and each test loads one in a same-origin
// iframe. The page's first script records every `securitypolicyviolation` event in
// window.cspViolations; the event is composed, so violations inside shadow roots reach it too.
//
// The backend is the HTTP fake API of web-test-runner.config.mjs, served by the test server under
// the other loopback name, so that the page's connect-src names a cross-origin backend.
const apiOrigin = `http://${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
const API_BASE = `${apiOrigin}/test-api/v1`;

interface Violation {
  directive: string;
  blockedUri: string;
  source: string;
  sample: string;
}

interface CspPageWindow extends Window {
  cspViolations: Violation[];
  widgetReady: Promise<unknown>;
}

interface CspPage {
  window: CspPageWindow;
  document: Document;
  elementClass: typeof MessengerOptin;
}

const STRICT_PAGE = '/test/pages/csp/strict.html';
const NONCE_PAGE = '/test/pages/csp/nonce.html';
const CDN_BUNDLE = '/dist/cdn/messenger-optin.js';

// --messenger-optin-border-radius defaults to 0.75em of the 16px font size.
const STYLED_CONTAINER_RADIUS = '12px';

const frames: HTMLIFrameElement[] = [];

/** Loads `url` in an iframe and waits until the page has defined <messenger-optin>. */
async function openPage(url: string): Promise<CspPage> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;

  const pageWindow = frame.contentWindow as CspPageWindow;
  await pageWindow.widgetReady;
  const elementClass = pageWindow.customElements.get('messenger-optin') as typeof MessengerOptin;
  return {window: pageWindow, document: frame.contentDocument!, elementClass};
}

function violationsOf(page: CspPage): string[] {
  return page.window.cspViolations.map((violation) => JSON.stringify(violation));
}

function part(element: MessengerOptin, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Waits until the element has left the loading state and rendered its container. */
async function settled(element: MessengerOptin): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector('[part="container"]:not([aria-busy])') != null, 5000);
  await element.updateComplete;
}

/** Asserts that the shadow styles apply: they give the container its border radius. */
async function expectStyled(page: CspPage, element: MessengerOptin): Promise<void> {
  await element.updateComplete;
  const container = part(element, 'container');
  expect(container, 'container').not.to.equal(null);
  expect(page.window.getComputedStyle(container!).borderTopLeftRadius).to.equal(STYLED_CONTAINER_RADIUS);
}

/**
 * Opens the privacy panel, shows the QR code of the Telegram link, and records an intent with a
 * second widget that loads its configuration from the fake API, checking each step.
 */
async function exerciseWidget(page: CspPage): Promise<void> {
  const element = page.document.querySelector<MessengerOptin>('#attributes')!;
  await expectStyled(page, element);
  expect(element.shadowRoot!.querySelectorAll('a[part~="channel"]')).to.have.length(4);

  part(element, 'privacy-toggle')!.click();
  await element.updateComplete;
  const panel = part(element, 'privacy-panel')!;
  expect(panel.hidden, 'privacy panel hidden').to.equal(false);
  expect(page.window.getComputedStyle(panel).display).not.to.equal('none');

  page.elementClass.desktopMediaQuery = 'all';
  part(element, 'channel-telegram')!.click();
  // The QR encoder is a module of its own, loaded on the first choice.
  await waitUntil(() => part(element, 'qr') !== null);
  const qrCode = part(element, 'qr');
  expect(qrCode, 'QR code').not.to.equal(null);
  expect(qrCode!.getBoundingClientRect().width).to.be.greaterThan(0);

  // Elements are created with DOM methods, because assigning HTML would need a Trusted Type.
  const withBackend = page.document.createElement('messenger-optin') as MessengerOptin;
  withBackend.setAttribute('backend-url', API_BASE);
  withBackend.setAttribute('widget-id', 'shop');
  page.document.body.append(withBackend);
  await settled(withBackend);
  await expectStyled(page, withBackend);
  const recorded = oneEvent(withBackend, 'optin-recorded');
  part(withBackend, 'channel-whatsapp')!.click();
  await recorded;
  const intents: Array<Record<string, unknown>> = await (await fetch(`${API_BASE}/__intents`)).json();
  const ours = intents.filter(({reference}) => reference === withBackend.reference);
  expect(ours.map(({channel, uiAction}) => `${channel} ${uiAction}`)).to.deep.equal(['whatsapp qr']);
}

describe('Content-Security-Policy', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) {
      frame.remove();
    }
  });

  describe('strict policy', () => {
    it('is sent with the test page', async () => {
      const response = await fetch(STRICT_PAGE);
      const policy = response.headers.get('Content-Security-Policy') ?? '';
      expect(policy).to.contain("default-src 'none'");
      expect(policy).to.contain("style-src 'self'");
      expect(policy).to.contain(`connect-src ${apiOrigin}`);
      expect(policy).to.contain("require-trusted-types-for 'script'; trusted-types lit-html");
    });

    it('blocks and reports forbidden code', async () => {
      // Shows that the policy is enforced and that violations are recorded, so that an empty
      // list in the other tests means something.
      const page = await openPage(STRICT_PAGE);
      const probe = page.document.createElement('div');
      probe.setAttribute('style', 'color: rgb(255, 0, 0)');
      page.document.body.append(probe);
      expect(page.window.getComputedStyle(probe).color).not.to.equal('rgb(255, 0, 0)');
      await waitUntil(() => page.window.cspViolations.some(({directive}) => directive.startsWith('style-src')));

      if ('trustedTypes' in page.window) {
        let error: unknown;
        try {
          probe.innerHTML = '<b>untrusted</b>';
        } catch (caught) {
          error = caught;
        }
        expect((error as Error | undefined)?.name, 'innerHTML without a Trusted Type').to.equal('TypeError');
        await waitUntil(() => page.window.cspViolations.some(({directive}) => directive === 'require-trusted-types-for'));
      }
    });

    it('renders and works without violations', async () => {
      const page = await openPage(STRICT_PAGE);
      await exerciseWidget(page);
      expect(violationsOf(page)).to.deep.equal([]);
    });

    it('works with CDN bundle without violations', async function () {
      const bundle = await fetch(CDN_BUNDLE, {method: 'HEAD'});
      if (!bundle.ok) {
        console.warn(`Skipped: ${CDN_BUNDLE} is missing. Run \`npm run build\` (or \`npm test\`, which builds it) first.`);
        this.skip();
      }
      const page = await openPage(`${STRICT_PAGE}?bundle=cdn`);
      await exerciseWidget(page);
      expect(violationsOf(page)).to.deep.equal([]);
    });

    it('needs a nonce without constructable stylesheets', async () => {
      // Where constructable stylesheets are missing (older browsers), Lit falls back to <style>
      // elements, which style-src 'self' blocks, so the widget shows unstyled.
      const page = await openPage(`${STRICT_PAGE}?styles=legacy`);
      const element = page.document.querySelector<MessengerOptin>('#attributes')!;
      await element.updateComplete;
      await waitUntil(() => page.window.cspViolations.length > 0);
      expect(page.window.cspViolations.every(({directive}) => directive.startsWith('style-src'))).to.equal(true);
      expect(page.window.getComputedStyle(part(element, 'container')!).borderTopLeftRadius).to.equal('0px');
    });
  });

  describe('nonce policy', () => {
    it('renders and works without violations', async () => {
      const page = await openPage(NONCE_PAGE);
      await exerciseWidget(page);
      expect(violationsOf(page)).to.deep.equal([]);
    });

    it('styles with litNonce without constructable stylesheets', async () => {
      const page = await openPage(`${NONCE_PAGE}?styles=legacy`);
      const element = page.document.querySelector<MessengerOptin>('#attributes')!;
      await expectStyled(page, element);
      expect(element.shadowRoot!.querySelector('style'), 'fallback <style> element').not.to.equal(null);
      expect(violationsOf(page)).to.deep.equal([]);
    });

    it('reports fallback styles without litNonce', async () => {
      const page = await openPage(`${NONCE_PAGE}?styles=legacy&lit-nonce=off`);
      const element = page.document.querySelector<MessengerOptin>('#attributes')!;
      await element.updateComplete;
      await waitUntil(() => page.window.cspViolations.length > 0);
      expect(page.window.getComputedStyle(part(element, 'container')!).borderTopLeftRadius).to.equal('0px');
    });
  });
});

/** A construct that breaks a strict policy or Trusted Types, and how to find it in source text. */
const forbiddenConstructs: Array<{name: string; pattern: RegExp}> = [
  {name: 'unsafeHTML', pattern: /\bunsafeHTML\b/},
  {name: 'unsafeSVG', pattern: /\bunsafeSVG\b/},
  {name: 'innerHTML', pattern: /\binnerHTML\b/},
  {name: 'outerHTML', pattern: /\bouterHTML\b/},
  {name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/},
  {name: 'document.write', pattern: /\bdocument\.write(?:ln)?\s*\(/},
  {name: 'eval(', pattern: /\beval\s*\(/},
  {name: 'new Function', pattern: /\bnew\s+Function\b/},
  // A style attribute in markup: `style=` after a tag name and before the tag ends.
  {name: 'style= in a template', pattern: /<[a-zA-Z][\w-]*\b[^<>]*\sstyle\s*=/},
  {name: "setAttribute('style')", pattern: /setAttribute\(\s*['"`]style['"`]/},
];

/** Returns "name at line N" for every forbidden construct in `text`. */
function findForbiddenConstructs(text: string): string[] {
  const found: string[] = [];
  for (const {name, pattern} of forbiddenConstructs) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of text.matchAll(global)) {
      const line = text.slice(0, match.index).split('\n').length;
      found.push(`${name} at line ${line}`);
    }
  }
  return found;
}

describe('sources for strict CSP', () => {
  it('check finds every forbidden construct', () => {
    const samples = [
      'render(unsafeHTML(text))',
      'svg`${unsafeSVG(icon)}`',
      'element.innerHTML = text;',
      'element.outerHTML = text;',
      "element.insertAdjacentHTML('beforeend', text);",
      'document.write(text);',
      'eval (code);',
      "new Function('return 1');",
      'html`<div\n  class="box"\n  style="color: red"></div>`',
      "element.setAttribute('style', 'color: red');",
    ];
    for (const [index, sample] of samples.entries()) {
      expect(findForbiddenConstructs(sample), sample).to.have.length(1);
      expect(findForbiddenConstructs(sample)[0]).to.contain(forbiddenConstructs[index].name);
    }
    expect(findForbiddenConstructs('const style = css`a {}`; el.style.color = x; Array<string>')).to.deep.equal([]);
  });

  it('contain no forbidden construct', async () => {
    const files = await executeServerCommand<Array<{path: string; text: string}>, undefined>('read-source-files');
    expect(files!.length).to.be.greaterThan(10);
    const problems = files!.flatMap(({path, text}) => findForbiddenConstructs(text).map((found) => `${path}: ${found}`));
    expect(problems).to.deep.equal([]);
  });
});
