import {expect} from '@open-wc/testing';
import {clientTimestamp, copyIntent, createIntentId, pagePlacement, sha256Hex} from '../src/backend/intent.js';
import {sampleIntent} from './msw/fixtures.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Hides `crypto[name]` by an own property until `unhideCrypto(name)`. */
function hideCrypto(name: 'randomUUID' | 'subtle'): void {
  Object.defineProperty(crypto, name, {value: undefined, configurable: true});
}

function unhideCrypto(name: 'randomUUID' | 'subtle'): void {
  delete (crypto as unknown as Record<string, unknown>)[name];
}

describe('createIntentId', () => {
  it('returns a UUID v4', () => {
    expect(createIntentId()).to.match(UUID_V4);
  });

  it('returns distinct values', () => {
    const ids = new Set(Array.from({length: 100}, () => createIntentId()));
    expect(ids.size).to.equal(100);
  });

  describe('without crypto.randomUUID', () => {
    beforeEach(() => hideCrypto('randomUUID'));
    afterEach(() => unhideCrypto('randomUUID'));

    it('hides randomUUID in this test', () => {
      expect(crypto.randomUUID).to.equal(undefined);
    });

    it('returns a UUID v4', () => {
      expect(createIntentId()).to.match(UUID_V4);
    });

    it('returns distinct values', () => {
      const ids = new Set(Array.from({length: 100}, () => createIntentId()));
      expect(ids.size).to.equal(100);
    });
  });
});

describe('sha256Hex', () => {
  // "abc" is the example of FIPS 180-2. The other digests were computed with Node's crypto module.
  const vectors: Array<[string, string]> = [
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['Grüße ✓', '087c35de16ad400745205d66394e4a98ce8385bc8aba58e0a2fc1f4b4c0e1fdb'],
  ];

  for (const [text, digest] of vectors) {
    it(`hashes ${JSON.stringify(text)} with Web Crypto`, async () => {
      expect(await sha256Hex(text)).to.equal(digest);
    });
  }

  describe('without crypto.subtle', () => {
    beforeEach(() => hideCrypto('subtle'));
    afterEach(() => unhideCrypto('subtle'));

    it('hides subtle in this test', () => {
      expect(crypto.subtle).to.equal(undefined);
    });

    for (const [text, digest] of vectors) {
      it(`hashes ${JSON.stringify(text)} with noble`, async () => {
        expect(await sha256Hex(text)).to.equal(digest);
      });
    }
  });
});

describe('pagePlacement', () => {
  it('drops the query and fragment', () => {
    const url = new URL('https://shop.example/news/letter?email=visitor%40example.com#signup');
    expect(pagePlacement(url)).to.equal('https://shop.example/news/letter');
  });

  it('drops the query of the test page', () => {
    // The test runner's page URL has a session id in its query string.
    expect(location.search).not.to.equal('');
    expect(pagePlacement(location)).to.equal(location.origin + location.pathname);
  });

  it('keeps the port', () => {
    expect(pagePlacement(new URL('http://localhost:8000/a'))).to.equal('http://localhost:8000/a');
  });
});

describe('clientTimestamp', () => {
  it('formats ISO 8601 UTC with milliseconds', () => {
    const date = new Date(Date.UTC(2026, 11, 4, 20, 28, 34, 123));
    expect(clientTimestamp(date)).to.equal('2026-12-04T20:28:34.123Z');
  });

  it('defaults to the current time', () => {
    const before = Date.now();
    const stamp = Date.parse(clientTimestamp());
    expect(stamp).to.be.within(before, Date.now());
  });
});

describe('copyIntent', () => {
  it('copies every contract field', () => {
    expect(copyIntent(sampleIntent())).to.deep.equal(sampleIntent());
  });

  it('drops other properties', () => {
    const copy = copyIntent({...sampleIntent(), email: 'visitor@example.com'} as ReturnType<typeof sampleIntent>);
    expect(copy).not.to.have.property('email');
  });

  it('rejects a field that is not a string', () => {
    const intent = {...sampleIntent(), reference: 7} as unknown as ReturnType<typeof sampleIntent>;
    expect(() => copyIntent(intent)).to.throw(TypeError, 'OptinIntent.reference must be a string, got number.');
  });
});
