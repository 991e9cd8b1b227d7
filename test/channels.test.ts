import {expect} from '@open-wc/testing';
import {encodeQueryValue, toWellFormedString} from '../src/channels/encode.js';
import {channelDefinitions} from '../src/channels/index.js';
import {CHANNEL_IDS, type AddressParseResult, type ChannelDefinition} from '../src/channels/types.js';

const {whatsapp, messenger, telegram, instagram} = channelDefinitions;

/** Returns the address of a valid result, or a readable failure text for the assertion. */
function addressOf(result: AddressParseResult): string {
  return result.ok ? result.address : `invalid: ${result.expected}`;
}

/** Returns the message of an invalid result, or a readable failure text for the assertion. */
function expectedOf(result: AddressParseResult): string {
  return result.ok ? `valid: ${result.address}` : result.expected;
}

/** Inputs that every link-taking channel must reject, whatever its host. */
const HOSTILE_INPUTS = [
  '',
  '   ',
  '@',
  'javascript:alert(1)',
  'data:text/html,hi',
  'x'.repeat(300),
  'a'.repeat(10_000),
  'name\u0000x',
  'na\nme',
  'name\uD800',
];

describe('channelDefinitions', () => {
  it('has one definition per channel', () => {
    expect(Object.keys(channelDefinitions).sort()).to.deep.equal([...CHANNEL_IDS].sort());
  });

  it('matches ids to keys', () => {
    for (const id of CHANNEL_IDS) {
      expect(channelDefinitions[id].id).to.equal(id);
    }
  });

  it('names the brands', () => {
    expect(whatsapp.displayName).to.equal('WhatsApp');
    expect(messenger.displayName).to.equal('Messenger');
    expect(telegram.displayName).to.equal('Telegram');
    expect(instagram.displayName).to.equal('Instagram');
  });
});

describe('whatsapp.parseAddress', () => {
  it('normalizes international number', () => {
    expect(addressOf(whatsapp.parseAddress('+49 171 1234567'))).to.equal('491711234567');
  });

  it('uses default country', () => {
    const result = whatsapp.parseAddress('0171 1234567', {defaultCountry: 'DE'});
    expect(addressOf(result)).to.equal('491711234567');
  });

  it('rejects national number alone', () => {
    expect(expectedOf(whatsapp.parseAddress('0171 1234567'))).to.include('default-country');
  });

  it('rejects wa.me link', () => {
    expect(whatsapp.parseAddress('https://wa.me/491711234567').ok).to.equal(false);
  });

  for (const input of HOSTILE_INPUTS) {
    it(`rejects ${JSON.stringify(input.slice(0, 20))}`, () => {
      expect(whatsapp.parseAddress(input).ok).to.equal(false);
    });
  }
});

describe('telegram.parseAddress', () => {
  const accepted: Array<[string, string]> = [
    ['ShopNewsBot', 'ShopNewsBot'],
    ['@ShopNewsBot', 'ShopNewsBot'],
    ['  @ShopNewsBot \n', 'ShopNewsBot'],
    ['shop_news_bot', 'shop_news_bot'],
    ['abcde', 'abcde'],
    ['a' + '1'.repeat(31), 'a' + '1'.repeat(31)],
    ['t.me/ShopNewsBot', 'ShopNewsBot'],
    ['https://t.me/ShopNewsBot', 'ShopNewsBot'],
    ['https://t.me/ShopNewsBot/', 'ShopNewsBot'],
    ['HTTPS://T.ME/ShopNewsBot', 'ShopNewsBot'],
    ['telegram.me/ShopNewsBot', 'ShopNewsBot'],
    ['https://telegram.me/ShopNewsBot', 'ShopNewsBot'],
  ];
  for (const [input, address] of accepted) {
    it(`accepts ${JSON.stringify(input)}`, () => {
      expect(addressOf(telegram.parseAddress(input))).to.equal(address);
    });
  }

  const rejected = [
    ...HOSTILE_INPUTS,
    'abcd',
    'a' + '1'.repeat(32),
    '1shopbot',
    '_shopbot',
    'shop-bot',
    'shop bot',
    'shop.bot',
    '@@ShopNewsBot',
    't.me',
    'https://t.me/',
    'http://t.me/ShopNewsBot',
    'ftp://t.me/ShopNewsBot',
    '//t.me/ShopNewsBot',
    'https:t.me/ShopNewsBot',
    'https:///t.me/ShopNewsBot',
    'https://t.me/ShopNewsBot?start=abc',
    'https://t.me/ShopNewsBot?',
    'https://t.me/ShopNewsBot#x',
    'https://t.me/ShopNewsBot#',
    'https://t.me/s/ShopNewsBot',
    'https://t.me/ShopNewsBot/extra',
    'https://t.me//ShopNewsBot',
    'https://user@t.me/ShopNewsBot',
    'https://user:pass@t.me/ShopNewsBot',
    'https://@t.me/ShopNewsBot',
    'https://t.me:443/ShopNewsBot',
    'https://t.me:8443/ShopNewsBot',
    't.me:443/ShopNewsBot',
    'https://t.me./ShopNewsBot',
    'https://www.t.me/ShopNewsBot',
    'https://evil.example/ShopNewsBot',
    'https://t.me.evil.example/ShopNewsBot',
    'https://evil.example/t.me/ShopNewsBot',
    'https://evil.example?t.me/ShopNewsBot',
    'https://t.me/../ShopNewsBot',
    'https://t.me/x/../ShopNewsBot',
    'https://t.me/./ShopNewsBot',
    'https://t.me/ShopNewsBot/.',
    'https://t.me/ShopNews%42ot',
    'https://t.me/ShopNewsBot%2F',
    'https://t.me/%2e%2e/ShopNewsBot',
    'https://t.me\\ShopNewsBot',
    'https://t.me/ShopNewsBöt',
    'https://t\u0435.me/ShopNewsBot',
    'https://t.me/ShopNews Bot',
  ];
  for (const input of rejected) {
    it(`rejects ${JSON.stringify(input.slice(0, 40))}`, () => {
      expect(telegram.parseAddress(input).ok).to.equal(false);
    });
  }

  it('explains the rejection', () => {
    expect(expectedOf(telegram.parseAddress('abc'))).to.equal(
      'expected a Telegram bot username of 5 to 32 letters, digits or underscores starting with a letter, or its t.me link',
    );
  });
});

describe('messenger.parseAddress', () => {
  const accepted: Array<[string, string]> = [
    ['acmeshop', 'acmeshop'],
    ['Acme.Shop.Berlin', 'Acme.Shop.Berlin'],
    ['a'.repeat(50), 'a'.repeat(50)],
    ['104512345678901', '104512345678901'],
    ['m.me/acmeshop', 'acmeshop'],
    ['https://m.me/acmeshop', 'acmeshop'],
    ['https://m.me/104512345678901', '104512345678901'],
    ['facebook.com/acmeshop', 'acmeshop'],
    ['https://facebook.com/acmeshop/', 'acmeshop'],
    ['https://www.facebook.com/acme.shop', 'acme.shop'],
    ['https://m.facebook.com/acmeshop', 'acmeshop'],
    ['https://web.facebook.com/acmeshop', 'acmeshop'],
    ['https://www.facebook.com/profile.php?id=100012345678901', '100012345678901'],
    ['facebook.com/profile.php?id=100012345678901', '100012345678901'],
  ];
  for (const [input, address] of accepted) {
    it(`accepts ${JSON.stringify(input)}`, () => {
      expect(addressOf(messenger.parseAddress(input))).to.equal(address);
    });
  }

  const rejected = [
    ...HOSTILE_INPUTS,
    'acme',
    'a'.repeat(51),
    'acme_shop',
    'acme-shop',
    '.acmeshop',
    'acmeshop.',
    'acme..shop',
    'acme shop',
    '@acmeshop',
    'facebook.com',
    'www.facebook.com',
    'acmeshop.com',
    'profile.php',
    'facebook.com/profile.php',
    'facebook.com/profile.php?id=',
    'facebook.com/profile.php?id=abc',
    'facebook.com/profile.php?id=100012345678901&mibextid=x',
    'facebook.com/profile.php?ref=1&id=100012345678901',
    'facebook.com/profile.php?id=100012345678901#about',
    'm.me/profile.php?id=100012345678901',
    'facebook.com/acmeshop?ref=bookmarks',
    'facebook.com/pages/acmeshop/123456',
    'facebook.com/acmeshop/about',
    'fb.com/acmeshop',
    'fb.me/acmeshop',
    'business.facebook.com/acmeshop',
    'http://m.me/acmeshop',
    'https://m.me:443/acmeshop',
    'https://acmeshop@m.me/acmeshop',
    'https://facebook.com.evil.example/acmeshop',
    'https://m.me/acme%2Eshop',
    'https://m.me/../acmeshop',
  ];
  for (const input of rejected) {
    it(`rejects ${JSON.stringify(input.slice(0, 40))}`, () => {
      expect(messenger.parseAddress(input).ok).to.equal(false);
    });
  }

  it('explains the rejection', () => {
    expect(expectedOf(messenger.parseAddress('acme'))).to.include('Facebook page username');
  });
});

describe('instagram.parseAddress', () => {
  const accepted: Array<[string, string]> = [
    ['acme.shop', 'acme.shop'],
    ['@acme_shop', 'acme_shop'],
    ['a', 'a'],
    ['_', '_'],
    ['a'.repeat(30), 'a'.repeat(30)],
    ['acme.shop_', 'acme.shop_'],
    ['instagram.com/acme.shop', 'acme.shop'],
    ['https://instagram.com/acme.shop', 'acme.shop'],
    ['https://www.instagram.com/acme.shop/', 'acme.shop'],
    ['ig.me/m/acme.shop', 'acme.shop'],
    ['https://ig.me/m/acme_shop', 'acme_shop'],
    ['https://ig.me/m/acme_shop/', 'acme_shop'],
  ];
  for (const [input, address] of accepted) {
    it(`accepts ${JSON.stringify(input)}`, () => {
      expect(addressOf(instagram.parseAddress(input))).to.equal(address);
    });
  }

  const rejected = [
    ...HOSTILE_INPUTS,
    '.acme',
    'acme.',
    '.',
    '..',
    'ac..me',
    'a'.repeat(31),
    'acme-shop',
    'acme shop',
    '@',
    '@@acme',
    'instagram.com',
    'www.instagram.com',
    'ig.me',
    'instagram.com/',
    'instagram.com/p/ABC123',
    'instagram.com/acme.shop/reels',
    'instagram.com/acme.shop?igsh=abc',
    'instagram.com/acme.shop#x',
    'ig.me/acme.shop',
    'ig.me/m/',
    'ig.me/m',
    'ig.me/x/acme.shop',
    'ig.me/m/acme.shop?ref=x',
    'ig.me/m/acme.shop/x',
    'm.instagram.com/acme.shop',
    'instagr.am/acme.shop',
    'http://instagram.com/acme.shop',
    'https://instagram.com.evil.example/acme.shop',
    'https://instagram.com/acme%2Eshop',
    'https://instagram.com/..',
    'https://ig.me/m/..',
  ];
  for (const input of rejected) {
    it(`rejects ${JSON.stringify(input.slice(0, 40))}`, () => {
      expect(instagram.parseAddress(input).ok).to.equal(false);
    });
  }

  it('explains the rejection', () => {
    expect(expectedOf(instagram.parseAddress('.acme'))).to.include('Instagram username');
  });
});

describe('encodeQueryValue', () => {
  it('matches encodeURIComponent', () => {
    for (const value of ['Start', 'a b', 'a&b=c', '#', '+', '👋', 'line\nbreak', 'ü', "it's"]) {
      expect(encodeQueryValue(value), value).to.equal(encodeURIComponent(value));
    }
  });

  it('encodes space as %20', () => {
    expect(encodeQueryValue('Start now')).to.equal('Start%20now');
  });

  it('replaces lone high surrogate', () => {
    expect(encodeQueryValue('a\uD83Db')).to.equal('a%EF%BF%BDb');
  });

  it('replaces lone low surrogate', () => {
    expect(encodeQueryValue('a\uDC4Bb')).to.equal('a%EF%BF%BDb');
  });

  it('replaces reversed pair', () => {
    expect(encodeQueryValue('\uDC4B\uD83D')).to.equal('%EF%BF%BD%EF%BF%BD');
  });

  it('keeps surrogate pair', () => {
    expect(encodeQueryValue('\uD83D\uDC4B')).to.equal('%F0%9F%91%8B');
  });
});

describe('toWellFormedString', () => {
  it('keeps well-formed text', () => {
    expect(toWellFormedString('Start 👋')).to.equal('Start 👋');
  });

  it('replaces lone surrogates', () => {
    expect(toWellFormedString('\uD800x\uDFFF')).to.equal('\uFFFDx\uFFFD');
  });
});

/** Keywords and references with the characters a deep link must escape, and their encoding. */
const ENCODING_CASES: Array<[string, string, string]> = [
  ['plain word', 'Start', 'Start'],
  ['space', 'Start now', 'Start%20now'],
  ['ampersand', 'A&B', 'A%26B'],
  ['hash', 'C#', 'C%23'],
  ['plus', 'a+b', 'a%2Bb'],
  ['equals sign', 'a=b', 'a%3Db'],
  ['emoji', 'Hi 👋', 'Hi%20%F0%9F%91%8B'],
  ['newline', 'line1\nline2', 'line1%0Aline2'],
  ['lone surrogate', 'x\uD800y', 'x%EF%BF%BDy'],
  ['umlaut', 'Anmelden für News', 'Anmelden%20f%C3%BCr%20News'],
];

describe('whatsapp.buildUrl', () => {
  it('builds wa.me link', () => {
    const address = addressOf(whatsapp.parseAddress('+49 171 1234567'));
    const url = whatsapp.buildUrl({address, keyword: 'Start', reference: 'r1'});
    expect(url.href).to.equal('https://wa.me/491711234567?text=Start');
  });

  for (const [name, keyword, encoded] of ENCODING_CASES) {
    it(`encodes ${name}`, () => {
      const url = whatsapp.buildUrl({address: '491711234567', keyword, reference: 'r1'});
      expect(url.href).to.equal(`https://wa.me/491711234567?text=${encoded}`);
    });
  }

  it('escapes apostrophe', () => {
    // The URL parser escapes ' in the query of https: URLs, which encodeURIComponent keeps.
    const url = whatsapp.buildUrl({address: '491711234567', keyword: "it's", reference: 'r1'});
    expect(url.href).to.equal('https://wa.me/491711234567?text=it%27s');
  });
});

describe('messenger.buildUrl', () => {
  it('builds m.me link', () => {
    const url = messenger.buildUrl({address: 'acmeshop', keyword: 'Start', reference: 'r1'});
    expect(url.href).to.equal('https://m.me/acmeshop?ref=r1&text=Start');
  });

  for (const [name, value, encoded] of ENCODING_CASES) {
    it(`encodes ${name}`, () => {
      const url = messenger.buildUrl({address: 'acme.shop', keyword: value, reference: value});
      expect(url.href).to.equal(`https://m.me/acme.shop?ref=${encoded}&text=${encoded}`);
    });
  }
});

describe('telegram.buildUrl', () => {
  it('builds t.me link', () => {
    const url = telegram.buildUrl({address: 'ShopNewsBot', keyword: 'Start', reference: 'r1-Ab_9'});
    expect(url.href).to.equal('https://t.me/ShopNewsBot?start=r1-Ab_9');
  });

  for (const [name, reference, encoded] of ENCODING_CASES) {
    it(`encodes ${name}`, () => {
      const url = telegram.buildUrl({address: 'ShopNewsBot', keyword: 'Start', reference});
      expect(url.href).to.equal(`https://t.me/ShopNewsBot?start=${encoded}`);
    });
  }
});

describe('instagram.buildUrl', () => {
  it('builds ig.me link', () => {
    const url = instagram.buildUrl({address: 'acme.shop', keyword: 'Start', reference: 'r1'});
    expect(url.href).to.equal('https://ig.me/m/acme.shop?ref=r1');
  });

  for (const [name, reference, encoded] of ENCODING_CASES) {
    it(`encodes ${name}`, () => {
      const url = instagram.buildUrl({address: 'acme.shop', keyword: 'Start', reference});
      expect(url.href).to.equal(`https://ig.me/m/acme.shop?ref=${encoded}`);
    });
  }
});

describe('buildUrl', () => {
  const validAddresses: Record<string, string> = {
    whatsapp: '491711234567',
    messenger: 'acme.shop',
    telegram: 'ShopNewsBot',
    instagram: 'acme.shop',
  };
  const expectedLinks: Record<string, {origin: string; pathname: string; keys: string[]}> = {
    whatsapp: {origin: 'https://wa.me', pathname: '/491711234567', keys: ['text']},
    messenger: {origin: 'https://m.me', pathname: '/acme.shop', keys: ['ref', 'text']},
    telegram: {origin: 'https://t.me', pathname: '/ShopNewsBot', keys: ['start']},
    instagram: {origin: 'https://ig.me', pathname: '/m/acme.shop', keys: ['ref']},
  };
  const hostileValues = [
    '',
    '&text=evil',
    '?ref=evil',
    '#fragment',
    '/../../evil',
    '\\..\\evil',
    'https://evil.example/',
    '%26x%3D1',
    '%00',
    '=&=&',
    'a\r\nb',
    '\u2028',
    '\uD800&x=1',
    'a'.repeat(5000),
  ];

  for (const id of CHANNEL_IDS) {
    it(`keeps ${id} origin, path and keys`, () => {
      const definition: ChannelDefinition = channelDefinitions[id];
      const expected = expectedLinks[id];
      for (const value of hostileValues) {
        const href = definition.buildUrl({address: validAddresses[id], keyword: value, reference: value}).href;
        const url = new URL(href);
        expect(url.origin, value).to.equal(expected.origin);
        expect(url.pathname, value).to.equal(expected.pathname);
        expect(url.hash, value).to.equal('');
        expect([...url.searchParams.keys()], value).to.deep.equal(expected.keys);
        for (const key of expected.keys) {
          expect(url.searchParams.get(key), value).to.equal(toWellFormedString(value));
        }
      }
    });
  }

  const invalidAddresses: Record<string, string[]> = {
    whatsapp: ['', '+491711234567', '49171/1234567', '../491711234567', '0491711234567'],
    messenger: ['', '..', 'acme/shop', 'acme?x=1', 'evil.example#', '.acmeshop'],
    telegram: ['', '..', '@ShopNewsBot', 'ShopNewsBot/x', 'ShopNewsBot?a=b', '%2e%2e'],
    instagram: ['', '..', '.', 'acme/shop', 'acme?x', 'acme#x', 'acme shop'],
  };
  for (const id of CHANNEL_IDS) {
    it(`rejects unnormalized ${id} address`, () => {
      for (const address of invalidAddresses[id]) {
        expect(
          () => channelDefinitions[id].buildUrl({address, keyword: 'Start', reference: 'r1'}),
          address,
        ).to.throw(TypeError, 'parseAddress');
      }
    });
  }

  it('builds from every parsed address', () => {
    const inputs: Record<string, string[]> = {
      whatsapp: ['+49 171 1234567', '+1 (415) 555-0132', '+39 06 6988 4857'],
      messenger: ['acmeshop', 'https://www.facebook.com/profile.php?id=100012345678901'],
      telegram: ['@ShopNewsBot', 'https://t.me/shop_news_bot/'],
      instagram: ['@acme.shop', 'https://ig.me/m/acme_shop'],
    };
    for (const id of CHANNEL_IDS) {
      for (const input of inputs[id]) {
        const parsed = channelDefinitions[id].parseAddress(input);
        expect(parsed.ok, input).to.equal(true);
        if (parsed.ok) {
          const url = channelDefinitions[id].buildUrl({address: parsed.address, keyword: 'Start', reference: 'r1'});
          expect(url.origin, input).to.equal(expectedLinks[id].origin);
          expect(url.pathname.endsWith(`/${parsed.address}`), input).to.equal(true);
        }
      }
    }
  });
});
