import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {setupWorker, type SetupWorker} from 'msw/browser';
// The HTTP client, the backend module and the QR encoder are chunks that the element imports on
// first use. They are imported here first, so the only requests left to observe are those the widget makes itself.
import '../src/backend/http.js';
import '../src/backend/connection.js';
import '../src/qr.js';
import '../src/define.js';
import {MessengerOptin} from '../src/messenger-optin.js';
import {FAKE_API_BASE, FakeOptinServer} from './msw/handlers.js';
import {waitUntil} from './msw/worker.js';

const server = new FakeOptinServer();

/** Cookies and the names of everything stored for this origin. */
interface StorageSnapshot {
  cookie: string;
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
  cacheStorage: string[];
}

async function snapshotStorage(): Promise<StorageSnapshot> {
  const databases = await indexedDB.databases();
  return {
    cookie: document.cookie,
    localStorage: Object.keys(localStorage).sort(),
    sessionStorage: Object.keys(sessionStorage).sort(),
    indexedDB: databases.map(({name}) => name ?? '').sort(),
    cacheStorage: (await caches.keys()).sort(),
  };
}

/**
 * Wraps the methods that write cookies or storage, so that a value written and removed again is
 * caught as well. Returns the list of calls and a function that restores the originals.
 */
function spyOnStorageWrites(): {writes: string[]; restore: () => void} {
  const writes: string[] = [];
  const restores: Array<() => void> = [];
  const wrap = <T extends object>(target: T, name: keyof T & string, label: string) => {
    const original = target[name] as unknown as (...args: unknown[]) => unknown;
    (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      writes.push(`${label}(${args.map((arg) => String(arg)).join(', ')})`);
      return original.apply(this, args);
    };
    restores.push(() => {
      (target as Record<string, unknown>)[name] = original;
    });
  };
  wrap(Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(Storage.prototype, 'removeItem', 'Storage.removeItem');
  wrap(Storage.prototype, 'clear', 'Storage.clear');
  wrap(IDBFactory.prototype, 'open', 'indexedDB.open');
  wrap(IDBFactory.prototype, 'deleteDatabase', 'indexedDB.deleteDatabase');
  wrap(CacheStorage.prototype, 'open', 'caches.open');
  wrap(CacheStorage.prototype, 'delete', 'caches.delete');
  wrap(ServiceWorkerContainer.prototype, 'register', 'navigator.serviceWorker.register');

  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(Document.prototype, 'cookie', {
    ...cookie,
    set(value: string) {
      writes.push(`document.cookie = ${value}`);
      cookie.set!.call(this, value);
    },
  });
  restores.push(() => Object.defineProperty(Document.prototype, 'cookie', cookie));

  return {
    writes,
    restore: () => {
      for (const restore of restores.reverse()) {
        restore();
      }
    },
  };
}

/** Everything the page requested while the widget was used, from two independent sources. */
interface ObservedRequests {
  /** URLs of resource timing entries: every fetch, script, image or style the page loaded. */
  resourceUrls: string[];
  /** URLs of requests that reached the msw service worker but matched no fake API route. */
  unhandledUrls: string[];
}

let worker: SetupWorker;
const unhandledUrls: string[] = [];
let observed: ObservedRequests;
let storageBefore: StorageSnapshot;
let storageAfter: StorageSnapshot;
let storageWrites: string[];
let widget: MessengerOptin;

function part(element: MessengerOptin, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/**
 * Renders a widget with the fake backend, opens and closes the privacy panel, activates a channel
 * link, shows a QR code and follows its link, and waits until `resourceUrls` lists the status
 * check that follows. Link navigation is stopped by a document click listener, so no messenger
 * page opens.
 */
async function useWidget(resourceUrls: string[]): Promise<MessengerOptin> {
  const element = document.createElement('messenger-optin');
  element.setAttribute('backend-url', FAKE_API_BASE);
  element.setAttribute('widget-id', 'shop');
  document.body.append(element);
  await waitUntil(() => element.shadowRoot?.querySelector('[part="container"]:not([aria-busy])') != null, 5000);

  part(element, 'privacy-toggle')!.click();
  await element.updateComplete;
  part(element, 'privacy-close')!.click();
  await element.updateComplete;

  const stayOnPage = (event: Event) => event.preventDefault();
  document.addEventListener('click', stayOnPage);
  const defaultQuery = MessengerOptin.desktopMediaQuery;
  try {
    MessengerOptin.desktopMediaQuery = 'not all';
    part(element, 'channel-whatsapp')!.click();

    MessengerOptin.desktopMediaQuery = 'all';
    part(element, 'channel-telegram')!.click();
    await waitUntil(() => part(element, 'qr') !== null);
    part(element, 'qr-link')!.click();
  } finally {
    MessengerOptin.desktopMediaQuery = defaultQuery;
    document.removeEventListener('click', stayOnPage);
  }

  await waitUntil(() => server.intents.size === 3, 5000);
  // The first status check follows about 2 s after an intent is recorded.
  await waitUntil(() => resourceUrls.some((url) => url.startsWith(`${FAKE_API_BASE}/widgets/shop/intents/`)), 6000);
  return element;
}

describe('privacy guarantees', () => {
  before(async function () {
    this.timeout(20000);
    worker = setupWorker(...server.handlers);
    await worker.start({
      serviceWorker: {url: '/test/msw/mockServiceWorker.js', options: {scope: '/'}},
      quiet: true,
      onUnhandledRequest(request) {
        unhandledUrls.push(request.url);
      },
    });
    if (navigator.serviceWorker.controller === null) {
      throw new Error('The msw service worker does not control the test page; see test/msw/worker.ts.');
    }

    storageBefore = await snapshotStorage();
    const spy = spyOnStorageWrites();
    unhandledUrls.length = 0;
    const resourceUrls: string[] = [];
    const observer = new PerformanceObserver((list) => {
      resourceUrls.push(...list.getEntries().map(({name}) => name));
    });
    observer.observe({type: 'resource'});
    try {
      widget = await useWidget(resourceUrls);
    } finally {
      resourceUrls.push(...observer.takeRecords().map(({name}) => name));
      observer.disconnect();
      spy.restore();
    }
    observed = {resourceUrls, unhandledUrls: [...unhandledUrls]};
    storageWrites = spy.writes;
    storageAfter = await snapshotStorage();
  });

  after(() => {
    widget?.remove();
    worker?.stop();
  });

  describe('requests', () => {
    it('go only to backend', () => {
      expect(observed.resourceUrls.filter((url) => !url.startsWith(`${FAKE_API_BASE}/`))).to.deep.equal([]);
    });

    it('were all observed', () => {
      // The observer must have seen the backend requests, or the check above proves nothing.
      const paths = observed.resourceUrls.map((url) => new URL(url).pathname);
      expect(paths).to.include('/api/v1/widgets/shop/config');
      expect(paths.filter((path) => path === '/api/v1/widgets/shop/intents')).to.have.length(3);
      expect(paths.some((path) => path.startsWith('/api/v1/widgets/shop/intents/'))).to.equal(true);
    });

    it('match a fake API route', () => {
      expect(observed.unhandledUrls).to.deep.equal([]);
    });

    it('send no credentials or referrer', () => {
      expect(server.requests.length).to.be.greaterThan(4);
      for (const request of server.requests) {
        expect(request.credentials, request.url).to.equal('omit');
        expect(request.referrerPolicy, request.url).to.equal('no-referrer');
      }
    });
  });

  describe('storage', () => {
    it('writes no cookie or storage', () => {
      expect(storageWrites).to.deep.equal([]);
    });

    it('leaves cookie unchanged', () => {
      expect(storageAfter.cookie).to.equal(storageBefore.cookie);
    });

    it('leaves web storage unchanged', () => {
      expect(storageAfter.localStorage).to.deep.equal(storageBefore.localStorage);
      expect(storageAfter.sessionStorage).to.deep.equal(storageBefore.sessionStorage);
    });

    it('creates no IndexedDB database', () => {
      expect(storageAfter.indexedDB).to.deep.equal(storageBefore.indexedDB);
    });

    it('creates no Cache Storage cache', () => {
      expect(storageAfter.cacheStorage).to.deep.equal(storageBefore.cacheStorage);
    });
  });
});

describe('links without referrer', () => {
  const attributes = html`<messenger-optin
    whatsapp="+49 171 1234567"
    messenger="examplecoffee"
    telegram="ExampleCoffeeBot"
    instagram="example.coffee"
    business-name="Example Coffee Roasters"
    privacy-url="https://example.com/privacy"
  ></messenger-optin>`;

  function relTokens(link: HTMLAnchorElement): string[] {
    return (link.getAttribute('rel') ?? '').split(/\s+/);
  }

  it('channel links send no referrer', async () => {
    const element = await fixture<MessengerOptin>(attributes);
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="channel"]')];
    expect(links).to.have.length(4);
    for (const link of links) {
      expect(link.getAttribute('referrerpolicy'), link.href).to.equal('no-referrer');
      expect(relTokens(link), link.href).to.include('noreferrer');
      expect(relTokens(link), link.href).to.include('noopener');
    }
  });

  it('QR panel link sends no referrer', async () => {
    const element = await fixture<MessengerOptin>(attributes);
    const defaultQuery = MessengerOptin.desktopMediaQuery;
    MessengerOptin.desktopMediaQuery = 'all';
    try {
      const started = oneEvent(element, 'optin-start');
      part(element, 'channel-whatsapp')!.click();
      expect((await started).detail.via).to.equal('qr');
    } finally {
      MessengerOptin.desktopMediaQuery = defaultQuery;
    }
    await element.updateComplete;
    const link = part(element, 'qr-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.match(/^https:\/\/wa\.me\//);
    expect(link.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(relTokens(link)).to.include('noreferrer');
  });

  it('privacy links send no referrer', async () => {
    const element = await fixture<MessengerOptin>(attributes);
    // The panel's own policy link is rendered when the panel first opens.
    part(element, 'privacy-toggle')!.click();
    await element.updateComplete;
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="https://example.com/"]')];
    expect(links).to.have.length(2);
    for (const link of links) {
      expect(relTokens(link), link.outerHTML).to.include('noreferrer');
    }
  });

  it('contact card needs no request', async () => {
    const element = await fixture<MessengerOptin>(attributes);
    const link = part(element, 'save-contact') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.match(/^data:text\/vcard;/);
  });
});
