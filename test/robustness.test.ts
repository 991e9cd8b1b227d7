import {aTimeout, expect, oneEvent} from '@open-wc/testing';
import type {SetupWorker} from 'msw/browser';
import '../src/define.js';
import {MessengerOptin} from '../src/messenger-optin.js';
import {MockBackend} from '../src/backend/mock.js';
import {FAKE_API_BASE, FakeOptinServer} from './msw/handlers.js';
import {startFakeServerWorker, waitUntil} from './msw/worker.js';

const CDN_BUNDLE = '/dist/cdn/messenger-optin.js';
const CDN_THEN_DEFINE_PAGE = '/test/pages/cdn-then-define.html';

/** Returns the exact form of each channel's deep link for an element with `reference`. */
function linkPatterns(reference: string): Record<string, RegExp> {
  return {
    whatsapp: /^https:\/\/wa\.me\/491711234567\?text=Start$/,
    messenger: new RegExp(`^https://m\\.me/examplecoffee\\?ref=${reference}&text=Start$`),
    telegram: new RegExp(`^https://t\\.me/ExampleCoffeeBot\\?start=${reference}$`),
    instagram: new RegExp(`^https://ig\\.me/m/example\\.coffee\\?ref=${reference}$`),
  };
}

const ATTRIBUTES: Record<string, string> = {
  'whatsapp': '+49 171 1234567',
  'messenger': 'examplecoffee',
  'telegram': 'ExampleCoffeeBot',
  'instagram': 'example.coffee',
  'business-name': 'Example Coffee Roasters',
  'privacy-url': 'https://example.com/privacy',
};

function createWidget(attributes: Record<string, string> = ATTRIBUTES): MessengerOptin {
  const element = document.createElement('messenger-optin');
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  return element;
}

function channelLinks(element: MessengerOptin): HTMLAnchorElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="channel"]')];
}

/** Returns the problems with the element's channel links; an empty list means all four are valid. */
function linkProblems(element: MessengerOptin): string[] {
  const patterns = linkPatterns(element.reference);
  const links = channelLinks(element);
  const problems = links.length === 4 ? [] : [`expected 4 channel links, found ${links.length}`];
  for (const link of links) {
    const channel = link.getAttribute('part')!.match(/channel-(\w+)/)![1];
    const href = link.getAttribute('href') ?? '';
    if (!patterns[channel].test(href)) {
      problems.push(`${channel} link ${JSON.stringify(href)} does not match ${patterns[channel]}`);
    }
  }
  return problems;
}

/**
 * Counts what the page holds on to: listeners on document and window, pending timeouts and
 * intervals, and MutationObservers that observe something (the language observer makes one per
 * document or shadow root). Install it, act, then compare `active()` with the value from before.
 */
class ActivityCounter {
  private readonly listeners: Array<{target: string; type: string; listener: unknown; capture: boolean}> = [];
  private readonly timers = new Map<number, string>();
  private readonly observers = new Set<MutationObserver>();
  /** Largest number of observing MutationObservers seen at once. */
  maxObservers = 0;
  private readonly restores: Array<() => void> = [];

  install(): void {
    this.wrapListeners(document, 'document');
    this.wrapListeners(window, 'window');
    this.wrapTimers('setTimeout', 'clearTimeout');
    this.wrapTimers('setInterval', 'clearInterval');

    const counter = this;
    const Original = window.MutationObserver;
    window.MutationObserver = class CountingMutationObserver extends Original {
      override observe(target: Node, options?: MutationObserverInit): void {
        counter.observers.add(this);
        counter.maxObservers = Math.max(counter.maxObservers, counter.observers.size);
        super.observe(target, options);
      }

      override disconnect(): void {
        counter.observers.delete(this);
        super.disconnect();
      }
    };
    this.restores.push(() => {
      window.MutationObserver = Original;
    });
  }

  uninstall(): void {
    for (const restore of this.restores.splice(0).reverse()) {
      restore();
    }
  }

  active(): {listeners: string[]; timers: string[]; observers: number} {
    return {
      listeners: this.listeners.map(({target, type, capture}) => `${target} ${type}${capture ? ' (capture)' : ''}`),
      timers: [...this.timers.values()],
      observers: this.observers.size,
    };
  }

  private wrapListeners(target: Document | Window, name: string): void {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const listeners = this.listeners;
    const capture = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);
    const find = (type: string, listener: unknown, useCapture: boolean) => listeners.findIndex((record) =>
      record.target === name && record.type === type && record.listener === listener && record.capture === useCapture);
    // Own properties shadow the prototype methods until uninstall deletes them.
    Object.assign(target, {
      addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
        // A `once` listener or one with a signal removes itself, so it is not counted.
        const removesItself = typeof options === 'object' && (options.once || options.signal);
        if (listener && !removesItself && find(type, listener, capture(options)) < 0) {
          listeners.push({target: name, type, listener, capture: capture(options)});
        }
        return Reflect.apply(add, target, [type, listener, options]);
      },
      removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
        const index = find(type, listener, capture(options));
        if (index >= 0) {
          listeners.splice(index, 1);
        }
        return Reflect.apply(remove, target, [type, listener, options]);
      },
    });
    this.restores.push(() => {
      delete (target as unknown as Record<string, unknown>).addEventListener;
      delete (target as unknown as Record<string, unknown>).removeEventListener;
    });
  }

  private wrapTimers(setName: 'setTimeout' | 'setInterval', clearName: 'clearTimeout' | 'clearInterval'): void {
    const set = window[setName];
    const clear = window[clearName];
    const timers = this.timers;
    const repeats = setName === 'setInterval';
    window[setName] = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      let id = 0;
      const run = typeof handler === 'function'
        ? (...callArgs: unknown[]) => {
          if (!repeats) {
            timers.delete(id);
          }
          (handler as (...values: unknown[]) => void)(...callArgs);
        }
        : handler;
      id = set(run, delay, ...args);
      // The stack shows where a timer that outlives the test was set.
      timers.set(id, `${setName}(${delay ?? 0} ms) ${new Error().stack?.split('\n').slice(2, 5).join(' < ') ?? ''}`);
      return id;
    }) as typeof window.setTimeout;
    window[clearName] = ((id?: number) => {
      if (id !== undefined) {
        timers.delete(id);
      }
      clear(id);
    }) as typeof window.clearTimeout;
    this.restores.push(() => {
      window[setName] = set as typeof window.setTimeout;
      window[clearName] = clear as typeof window.clearTimeout;
    });
  }
}

describe('robustness', () => {
  describe('many widgets', () => {
    it('renders 50 widgets with valid links', async () => {
      const container = document.createElement('div');
      document.body.append(container);
      const layouts = ['buttons', 'list', 'icons'];
      const themes = ['auto', 'light', 'dark'];
      const widgets = Array.from({length: 50}, (_, index) => {
        const element = createWidget();
        element.setAttribute('layout', layouts[index % layouts.length]);
        element.setAttribute('theme', themes[index % themes.length]);
        element.setAttribute('lang', index % 2 === 0 ? 'en' : 'de');
        return element;
      });
      try {
        container.append(...widgets);
        await Promise.all(widgets.map((element) => element.updateComplete));
        for (const [index, element] of widgets.entries()) {
          expect(linkProblems(element), `widget ${index}`).to.deep.equal([]);
        }
        expect(new Set(widgets.map((element) => element.reference)).size).to.equal(50);
      } finally {
        container.remove();
      }
    });
  });

  describe('lifecycle', () => {
    const server = new FakeOptinServer();
    let worker: SetupWorker;

    before(async () => {
      worker = await startFakeServerWorker(server);
    });

    after(() => {
      worker.stop();
    });

    it('leaves nothing behind after 300 cycles', async function () {
      this.timeout(60000);
      const first = document.createElement('div');
      const shadowHost = document.createElement('div');
      document.body.append(first, shadowHost);
      const shadowRoot = shadowHost.attachShadow({mode: 'open'});
      const second = document.createElement('section');
      shadowRoot.append(second);
      const stayOnPage = (event: Event) => event.preventDefault();
      document.addEventListener('click', stayOnPage);

      const counter = new ActivityCounter();
      // Let earlier timers and requests finish, so the baseline is stable.
      await aTimeout(50);
      counter.install();
      const baseline = counter.active();
      let recorded = 0;
      try {
        for (let cycle = 0; cycle < 300; cycle++) {
          const element = createWidget();
          // Every third widget has a MockBackend, every tenth the fake HTTP API instead.
          if (cycle % 10 === 0) {
            element.setAttribute('backend-url', FAKE_API_BASE);
            element.setAttribute('widget-id', 'shop');
          } else if (cycle % 3 === 0) {
            element.backend = new MockBackend();
          }
          first.append(element);
          await element.updateComplete;

          // Activating a channel records an intent and starts the status checks, with their
          // timer and visibilitychange listener, which must stop once the element is gone.
          if (cycle % 3 === 0 && cycle % 10 !== 0) {
            await waitUntil(() => channelLinks(element).length > 0, 2000);
            const done = oneEvent(element, 'optin-recorded');
            channelLinks(element)[0].click();
            await done;
            recorded++;
          }

          // Moves: into another component's shadow root, then back, atomically where supported.
          second.append(element);
          await element.updateComplete;
          const withMoveBefore = first as unknown as {moveBefore?: (node: Node, child: Node | null) => void};
          if (cycle % 2 === 0 && typeof withMoveBefore.moveBefore === 'function' && first.isConnected) {
            withMoveBefore.moveBefore(element, null);
          } else {
            first.append(element);
          }
          await element.updateComplete;
          element.remove();
        }
        expect(recorded).to.be.greaterThan(50);
        // The language observer watches at most the document and the one shadow root.
        expect(counter.maxObservers - baseline.observers).to.be.at.most(2);

        // Requests that were running when their element was removed still finish. The wait ends
        // without an error, so that the checks below name whatever is left.
        await waitUntil(() => {
          const now = counter.active();
          return now.timers.length === baseline.timers.length && now.listeners.length === baseline.listeners.length;
        }, 5000).catch(() => {});
        const remaining = counter.active();
        expect(remaining.listeners, 'document and window listeners').to.deep.equal(baseline.listeners);
        expect(remaining.timers, 'pending timers').to.deep.equal(baseline.timers);
        expect(remaining.observers, 'MutationObservers').to.equal(baseline.observers);
      } finally {
        counter.uninstall();
        document.removeEventListener('click', stayOnPage);
        first.remove();
        shadowHost.remove();
      }
    });
  });

  describe('define module and CDN bundle', () => {
    /** Skips the test with a message when the CDN bundle has not been built. */
    async function requireBundle(context: Mocha.Context): Promise<void> {
      const response = await fetch(CDN_BUNDLE, {method: 'HEAD'});
      if (!response.ok) {
        console.warn(`Skipped: ${CDN_BUNDLE} is missing. Run \`npm run build\` (\`npm test\` builds it) first.`);
        context.skip();
      }
    }

    /** Collects errors and rejections that reach `target` until the returned function is called. */
    function collectPageErrors(target: Window): {errors: unknown[]; stop: () => void} {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
      target.addEventListener('error', onError);
      target.addEventListener('unhandledrejection', onError);
      return {
        errors,
        stop: () => {
          target.removeEventListener('error', onError);
          target.removeEventListener('unhandledrejection', onError);
        },
      };
    }

    // A CMS often adds a query string such as ?ver=6.4 to scripts, and a site may rename the file.
    // web-test-runner.config.mjs serves /test/renamed/ from dist/cdn/.
    const relocatedScripts = [
      ['with a query string', '/dist/cdn/messenger-optin.js?ver=6.4'],
      ['under another name', '/test/renamed/optin.min.js'],
    ];
    for (const [name, scriptUrl] of relocatedScripts) {
      it(`CDN bundle ${name} loads its chunks`, async function () {
        await requireBundle(this);
        const mainFile = scriptUrl.replace(/\?.*$/, '');
        const frame = document.createElement('iframe');
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
        // The page is French, so the widget must load the French chunk from beside the script.
        frame.srcdoc = `<!doctype html><html lang="fr"><head>
          <script src="/test/pages/record-errors.js"></script>
          <script type="module" async blocking="render" src="${scriptUrl}"></script></head>
          <body><messenger-optin whatsapp="+49 171 1234567" telegram="ExampleCoffeeBot"
            business-name="Example Coffee Roasters" privacy-url="https://example.com/privacy"></messenger-optin></body></html>`;
        document.body.append(frame);
        try {
          await loaded;
          const page = frame.contentWindow as Window & {pageErrors: unknown[]; pageWarnings: string[]};
          await page.customElements.whenDefined('messenger-optin');
          const element = frame.contentDocument!.querySelector<MessengerOptin>('messenger-optin')!;
          await waitUntil(() => element.shadowRoot?.querySelector('[part="notice"]')?.textContent?.includes('vous') === true, 5000);

          const loadedScripts = page.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
          const mainFolder = mainFile.replace(/[^/]*$/, '');
          expect(loadedScripts.filter((path) => path === mainFile), 'requests of the main file').to.have.length(1);
          expect(loadedScripts.filter((path) => path.endsWith('/messenger-optin.js') && path !== mainFile)).to.deep.equal([]);
          expect(loadedScripts.some((path) => path.startsWith(`${mainFolder}chunks/fr-`)), 'French chunk beside the main file').to.equal(true);
          expect(page.pageErrors).to.deep.equal([]);
          expect(page.pageWarnings).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }

    it('classic bundle sets its global', async function () {
      await requireBundle(this);
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.srcdoc = `<!doctype html><script src="${CDN_BUNDLE.replace(/\.js$/, '.classic.js')}"></script>`;
      document.body.append(frame);
      try {
        await loaded;
        const page = frame.contentWindow as Window & {messengerOptin?: {MessengerOptin?: unknown}};
        expect(page.messengerOptin?.MessengerOptin, 'window.messengerOptin.MessengerOptin').to.equal(
          page.customElements.get('messenger-optin'));
        expect(page.messengerOptin?.MessengerOptin).to.be.a('function');
      } finally {
        frame.remove();
      }
    });

    it('CDN bundle after define module', async function () {
      await requireBundle(this);
      const defined = customElements.get('messenger-optin');
      const {errors, stop} = collectPageErrors(window);
      let bundle: {MessengerOptin: typeof MessengerOptin};
      try {
        bundle = await import(/* @vite-ignore */ CDN_BUNDLE);
        await aTimeout(0);
      } finally {
        stop();
      }
      expect(errors).to.deep.equal([]);
      expect(customElements.get('messenger-optin')).to.equal(defined);
      expect(bundle.MessengerOptin).not.to.equal(defined);

      const element = createWidget();
      document.body.append(element);
      try {
        await element.updateComplete;
        expect(element).to.be.instanceOf(MessengerOptin);
        expect(linkProblems(element)).to.deep.equal([]);
      } finally {
        element.remove();
      }
    });

    it('define module after CDN bundle', async function () {
      await requireBundle(this);
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.src = CDN_THEN_DEFINE_PAGE;
      document.body.append(frame);
      try {
        await loaded;
        const page = frame.contentWindow as Window & {
          pageErrors: unknown[];
          modulesLoaded: Promise<{bundleClass: typeof MessengerOptin; sourceClass: typeof MessengerOptin}>;
        };
        const {bundleClass, sourceClass} = await page.modulesLoaded;
        expect(page.pageErrors).to.deep.equal([]);
        expect(page.customElements.get('messenger-optin')).to.equal(bundleClass);
        expect(sourceClass).not.to.equal(bundleClass);

        const element = frame.contentDocument!.querySelector<MessengerOptin>('messenger-optin')!;
        await element.updateComplete;
        expect(linkProblems(element)).to.deep.equal([]);
        // French comes from a chunk beside the bundle, loaded on first use.
        await waitUntil(() => channelLinks(element)[0]?.textContent?.includes('Newsletter via WhatsApp') === true &&
          element.shadowRoot!.querySelector('[part="notice"]')!.textContent!.includes('vous'), 5000);
        expect(page.pageErrors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
});
