import {expect} from '@open-wc/testing';
import {BackendInvalidResponseError} from '../src/backend/errors.js';
import {MockBackend} from '../src/backend/mock.js';
import {
  FORBIDDEN_TEXT_CHARACTERS,
  FORBIDDEN_TEXT_CHARACTERS_EXCEPT_LINE_FEED,
  hasForbiddenCharacters,
  ownOption,
  parseIntentStatus,
  parseWidgetConfig,
} from '../src/backend/validate.js';

const PATH = '/widgets/shop/config';

function validConfig(): Record<string, unknown> {
  return structuredClone(MockBackend.demoConfig) as unknown as Record<string, unknown>;
}

/** Returns the error that `parse` throws, or fails when it returns. */
function errorOf(parse: () => unknown): BackendInvalidResponseError {
  try {
    parse();
  } catch (error) {
    if (error instanceof BackendInvalidResponseError) {
      return error;
    }
    throw error;
  }
  throw new Error('Expected an invalid-response error, but the value was accepted.');
}

function configErrorOf(json: unknown): BackendInvalidResponseError {
  return errorOf(() => parseWidgetConfig(json, PATH));
}

describe('parseWidgetConfig', () => {
  it('returns an equal config', () => {
    expect(parseWidgetConfig(validConfig(), PATH)).to.deep.equal(validConfig());
  });

  it('returns new objects', () => {
    const json = validConfig();
    const config = parseWidgetConfig(json, PATH);
    expect(config).not.to.equal(json);
    expect(config.channels).not.to.equal(json.channels);
    expect(config.channels[0]).not.to.equal((json.channels as unknown[])[0]);
  });

  it('omits absent optional fields', () => {
    const json = validConfig();
    delete json.topic;
    delete json.keyword;
    delete json.stopKeyword;
    expect(Object.keys(parseWidgetConfig(json, PATH))).to.deep.equal(['businessName', 'privacyUrl', 'channels']);
  });

  it('treats null optional fields as absent', () => {
    const json = {...validConfig(), topic: null, keyword: null, stopKeyword: null};
    expect(Object.keys(parseWidgetConfig(json, PATH))).to.deep.equal(['businessName', 'privacyUrl', 'channels']);
  });

  it('drops unknown keys', () => {
    const json: Record<string, unknown> = {...validConfig(), tracking: 'yes'};
    json.channels = [{type: 'telegram', address: 'ExampleCoffeeBot', color: 'red'}];
    const config = parseWidgetConfig(json, PATH);
    expect(config).not.to.have.property('tracking');
    expect(Object.keys(config.channels[0])).to.deep.equal(['type', 'address']);
  });

  describe('prototype keys', () => {
    afterEach(() => {
      delete (Object.prototype as {polluted?: unknown}).polluted;
    });

    it('ignores __proto__ at the top level', () => {
      const text = JSON.stringify(validConfig()).replace('{', '{"__proto__":{"polluted":true},');
      const config = parseWidgetConfig(JSON.parse(text), PATH);
      expect(({} as {polluted?: unknown}).polluted).to.equal(undefined);
      expect(Object.keys(config)).to.have.members(Object.keys(validConfig()));
      expect(Object.getPrototypeOf(config)).to.equal(Object.prototype);
    });

    it('ignores __proto__ in a channel', () => {
      const text = JSON.stringify(validConfig()).replace(
        '{"type":"whatsapp"',
        '{"__proto__":{"polluted":true},"type":"whatsapp"',
      );
      const config = parseWidgetConfig(JSON.parse(text), PATH);
      expect(({} as {polluted?: unknown}).polluted).to.equal(undefined);
      expect(Object.keys(config.channels[0])).to.deep.equal(['type', 'address']);
      expect(Object.getPrototypeOf(config.channels[0])).to.equal(Object.prototype);
    });

    it('ignores a constructor key', () => {
      const text = JSON.stringify({...validConfig(), constructor: {prototype: {polluted: true}}});
      const config = parseWidgetConfig(JSON.parse(text), PATH);
      expect(({} as {polluted?: unknown}).polluted).to.equal(undefined);
      expect(config.constructor).to.equal(Object);
      expect(Object.keys(config)).to.have.members(Object.keys(validConfig()));
    });

    it('reads no field from the prototype chain', () => {
      const json = validConfig();
      delete json.businessName;
      const inherited = Object.assign(Object.create({businessName: 'Inherited'}) as object, json);
      expect(configErrorOf(inherited).field).to.equal('businessName');
    });
  });

  describe('body', () => {
    for (const [name, json] of [
      ['null', null],
      ['an array', []],
      ['a string', 'config'],
      ['a number', 1],
    ] as const) {
      it(`rejects ${name}`, () => {
        const error = configErrorOf(json);
        expect(error.field).to.equal(undefined);
        expect(error.message).to.contain('the body is');
      });
    }

    it('names the request in the message', () => {
      const error = configErrorOf(null);
      expect(error.message).to.match(/^GET \/widgets\/shop\/config returned an invalid response: /);
      expect(error.kind).to.equal('invalid-response');
      expect(error.path).to.equal(PATH);
    });
  });

  describe('strings', () => {
    const fields: Array<[string, number]> = [
      ['businessName', 200],
      ['topic', 300],
      ['keyword', 64],
      ['stopKeyword', 64],
    ];
    for (const [field, maxLength] of fields) {
      it(`accepts ${field} of ${maxLength} characters`, () => {
        const config = parseWidgetConfig({...validConfig(), [field]: 'x'.repeat(maxLength)}, PATH);
        expect(config).to.have.property(field).with.length(maxLength);
      });

      it(`rejects ${field} of ${maxLength + 1} characters`, () => {
        const error = configErrorOf({...validConfig(), [field]: 'x'.repeat(maxLength + 1)});
        expect(error.field).to.equal(field);
        expect(error.message).to.contain(`(${maxLength + 1} characters), expected at most ${maxLength} characters`);
      });

      it(`rejects ${field} as a number`, () => {
        const error = configErrorOf({...validConfig(), [field]: 42});
        expect(error.field).to.equal(field);
        expect(error.message).to.contain(`${field} is 42, expected a string`);
      });

      it(`rejects blank ${field}`, () => {
        expect(configErrorOf({...validConfig(), [field]: '  '}).field).to.equal(field);
      });
    }

    it('rejects a missing businessName', () => {
      const json = validConfig();
      delete json.businessName;
      expect(configErrorOf(json).message).to.contain('businessName is missing');
    });

    it('rejects control characters', () => {
      const error = configErrorOf({...validConfig(), businessName: 'Example\nCoffee'});
      expect(error.field).to.equal('businessName');
      expect(error.message).to.contain('expected a string without control or text-direction characters');
    });

    it('accepts a line feed in keyword', () => {
      expect(parseWidgetConfig({...validConfig(), keyword: 'Start\nplease'}, PATH).keyword).to.equal('Start\nplease');
    });

    it('rejects a carriage return in keyword', () => {
      const error = configErrorOf({...validConfig(), keyword: 'Start\r'});
      expect(error.message).to.contain('without control or text-direction characters other than a line feed');
    });

    it('shortens a long value in the message', () => {
      const error = configErrorOf({...validConfig(), topic: 'y'.repeat(5000)});
      expect(error.message).to.contain('… (5000 characters)');
      expect(error.message.length).to.be.below(400);
    });
  });

  describe('text-direction characters', () => {
    const bidiCharacters = [
      '\u061c',
      '\u200e',
      '\u200f',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ];
    // Each case puts `text` into one string field of a valid config.
    const fields: Array<[string, (text: string) => Record<string, unknown>]> = [
      ['businessName', (text) => ({...validConfig(), businessName: `Acme${text}`})],
      ['topic', (text) => ({...validConfig(), topic: `News${text}`})],
      ['privacyUrl', (text) => ({...validConfig(), privacyUrl: `https://example.com/${text}privacy`})],
      ['keyword', (text) => ({...validConfig(), keyword: `Start${text}`})],
      ['stopKeyword', (text) => ({...validConfig(), stopKeyword: `Stop${text}`})],
      [
        'channels[0].address',
        (text) => ({...validConfig(), channels: [{type: 'telegram', address: `Bot${text}`}]}),
      ],
    ];

    for (const [field, configWith] of fields) {
      for (const character of bidiCharacters) {
        const code = `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        it(`rejects ${code} in ${field}`, () => {
          const error = configErrorOf(configWith(character));
          expect(error.field).to.equal(field);
          expect(error.message).to.contain(`${field} is "`);
          expect(error.message).to.contain('expected a string without control or text-direction characters');
        });
      }
    }

    it('rejects the override that mirrors a name', () => {
      const error = configErrorOf({...validConfig(), businessName: 'Acme\u202E'});
      expect(error.field).to.equal('businessName');
      expect(error.message).to.contain(
        'businessName is "Acme\\u202e", expected a string without control or text-direction characters',
      );
    });

    it('escapes the characters in the message', () => {
      const error = configErrorOf({...validConfig(), topic: 'News\u2067\u0085'});
      expect(FORBIDDEN_TEXT_CHARACTERS.test(error.message)).to.equal(false);
      expect(error.message).to.contain('"News\\u2067\\u0085"');
    });

    it('accepts right-to-left letters', () => {
      const config = parseWidgetConfig({...validConfig(), businessName: 'مقهى القهوة', topic: 'חדשות'}, PATH);
      expect(config.businessName).to.equal('مقهى القهوة');
      expect(config.topic).to.equal('חדשות');
    });

    it('accepts a zero-width joiner', () => {
      const name = 'Coffee \u{1F469}\u200D\u{1F373}';
      expect(parseWidgetConfig({...validConfig(), businessName: name}, PATH).businessName).to.equal(name);
    });
  });

  describe('privacyUrl', () => {
    for (const url of [
      'https://example.com/privacy',
      'http://localhost:8000/privacy',
      'http://127.0.0.1/privacy',
      'http://[::1]:8080/privacy',
    ]) {
      it(`accepts ${url}`, () => {
        expect(parseWidgetConfig({...validConfig(), privacyUrl: url}, PATH).privacyUrl).to.equal(url);
      });
    }

    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://example.com/privacy',
      '/privacy',
      'https://user:secret@example.com/privacy',
    ]) {
      it(`rejects ${url.slice(0, 24)}`, () => {
        const error = configErrorOf({...validConfig(), privacyUrl: url});
        expect(error.field).to.equal('privacyUrl');
        expect(error.message).to.contain(JSON.stringify(url));
      });
    }

    it('rejects a URL of more than 2048 characters', () => {
      const url = `https://example.com/${'p'.repeat(2048)}`;
      expect(configErrorOf({...validConfig(), privacyUrl: url}).field).to.equal('privacyUrl');
    });
  });

  describe('channels', () => {
    it('rejects an unknown channel type', () => {
      const json = validConfig();
      json.channels = [{type: 'whatsapp', address: '+49 171 1234567'}, {type: 'fax', address: '+49 30 1234'}];
      const error = configErrorOf(json);
      expect(error.field).to.equal('channels[1].type');
      expect(error.message).to.contain('channels[1].type is "fax", expected one of "whatsapp", "messenger"');
    });

    it('rejects a channel that is not an object', () => {
      expect(configErrorOf({...validConfig(), channels: ['whatsapp']}).field).to.equal('channels[0]');
    });

    it('rejects channels that are not an array', () => {
      expect(configErrorOf({...validConfig(), channels: {type: 'whatsapp'}}).field).to.equal('channels');
    });

    it('rejects an empty list', () => {
      expect(configErrorOf({...validConfig(), channels: []}).field).to.equal('channels');
    });

    it('rejects a repeated channel type', () => {
      const json = validConfig();
      json.channels = [
        {type: 'telegram', address: 'ExampleCoffeeBot'},
        {type: 'whatsapp', address: '+49 171 1234567'},
        {type: 'telegram', address: 'OtherBot'},
      ];
      const error = configErrorOf(json);
      expect(error.field).to.equal('channels[2].type');
      expect(error.message).to.contain('expected each channel type at most once');
    });

    it('rejects 9 channels', () => {
      const channels = Array.from({length: 9}, (_, i) => ({type: 'telegram', address: `Bot${i}`}));
      const error = configErrorOf({...validConfig(), channels});
      expect(error.field).to.equal('channels');
      expect(error.message).to.contain('an array of 9, expected 1 to 8 channels');
    });

    it('rejects an empty address', () => {
      const error = configErrorOf({...validConfig(), channels: [{type: 'telegram', address: ''}]});
      expect(error.field).to.equal('channels[0].address');
    });

    it('rejects a missing address', () => {
      const error = configErrorOf({...validConfig(), channels: [{type: 'telegram'}]});
      expect(error.message).to.contain('channels[0].address is missing');
    });

    it('rejects an address of 129 characters', () => {
      const error = configErrorOf({...validConfig(), channels: [{type: 'telegram', address: 'b'.repeat(129)}]});
      expect(error.field).to.equal('channels[0].address');
    });
  });
});

describe('parseWidgetConfig on any value', () => {
  const request = {method: 'GET', path: '/widgets/shop/config'};

  function anyErrorOf(json: unknown): BackendInvalidResponseError {
    return errorOf(() => parseWidgetConfig(json, request));
  }

  function throwingGetter(key: string, base: Record<string, unknown> = validConfig()): object {
    const json = {...base};
    delete json[key];
    return Object.defineProperty(json, key, {
      enumerable: true,
      get() {
        throw new Error(`getter of ${key} failed`);
      },
    });
  }

  const values: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['true', true],
    ['a bigint', 10n],
    ['a symbol', Symbol('config')],
    ['a function', () => validConfig()],
    ['an array of the config', [validConfig()]],
  ];
  for (const [name, json] of values) {
    it(`rejects ${name} as the body`, () => {
      const error = anyErrorOf(json);
      expect(error.field).to.equal(undefined);
      expect(error.message).to.match(/^GET \/widgets\/shop\/config returned an invalid response: the body is /);
    });
  }

  it('rejects a String object', () => {
    expect(anyErrorOf(new String('config')).field).to.equal('businessName');
  });

  it('names a function without its source', () => {
    const error = anyErrorOf(function secretSource() {
      return 'do not print me';
    });
    expect(error.message).to.contain('the body is a function, expected a JSON object');
    expect(error.message).not.to.contain('do not print me');
  });

  it('wraps a throwing getter', () => {
    const error = anyErrorOf(throwingGetter('businessName'));
    expect(error.kind).to.equal('invalid-response');
    expect(error.message).to.contain('reading a property of the body threw an exception');
    expect((error.cause as Error).message).to.equal('getter of businessName failed');
  });

  it('wraps a throwing channels getter', () => {
    const error = anyErrorOf(throwingGetter('channels'));
    expect((error.cause as Error).message).to.equal('getter of channels failed');
  });

  it('wraps a throwing channel getter', () => {
    const channel = throwingGetter('address', {type: 'telegram', address: 'Bot'});
    expect((anyErrorOf({...validConfig(), channels: [channel]}).cause as Error).message).to.equal(
      'getter of address failed',
    );
  });

  it('wraps a throwing array element', () => {
    const channels = [{type: 'telegram', address: 'Bot'}];
    Object.defineProperty(channels, 0, {
      get() {
        throw new RangeError('element failed');
      },
    });
    expect(anyErrorOf({...validConfig(), channels}).cause).to.be.instanceOf(RangeError);
  });

  it('wraps a thrown non-error', () => {
    const json = Object.defineProperty({}, 'businessName', {
      get() {
        throw 'plain string';
      },
    });
    expect(anyErrorOf(json).cause).to.equal('plain string');
  });

  it('wraps a revoked proxy', () => {
    const {proxy, revoke} = Proxy.revocable(validConfig(), {});
    revoke();
    expect(anyErrorOf(proxy).cause).to.be.instanceOf(TypeError);
  });

  it('wraps a throwing proxy trap', () => {
    const proxy = new Proxy(validConfig(), {
      getOwnPropertyDescriptor() {
        throw new Error('trap failed');
      },
    });
    expect((anyErrorOf(proxy).cause as Error).message).to.equal('trap failed');
  });

  it('reads no overridden array map', () => {
    const channels = Object.assign([{type: 'telegram', address: 'Bot'}], {
      map: () => [{type: 'fax', address: 'x'}],
    });
    const config = parseWidgetConfig({...validConfig(), channels}, request);
    expect(config.channels).to.deep.equal([{type: 'telegram', address: 'Bot'}]);
    expect(Array.isArray(config.channels)).to.equal(true);
    expect(Object.getPrototypeOf(config.channels)).to.equal(Array.prototype);
  });

  it('rejects a hole in channels', () => {
    const channels: unknown[] = [{type: 'telegram', address: 'Bot'}];
    channels[2] = {type: 'whatsapp', address: '+49 171 1234567'};
    const error = anyErrorOf({...validConfig(), channels});
    expect(error.field).to.equal('channels[1]');
    expect(error.message).to.contain('channels[1] is missing');
  });

  for (const length of [Number.NaN, 1.5, '1', 0]) {
    it(`rejects channels with length ${typeof length === 'string' ? `"${length}"` : length}`, () => {
      const channels = new Proxy([{type: 'telegram', address: 'Bot'}], {
        get: (target, key, receiver) => (key === 'length' ? length : Reflect.get(target, key, receiver)),
      });
      expect(anyErrorOf({...validConfig(), channels}).field).to.equal('channels');
    });
  }

  it('returns a fresh config for a proxy', () => {
    const source = validConfig();
    const config = parseWidgetConfig(new Proxy(source, {}), request);
    expect(config).to.deep.equal(validConfig());
    expect(config).not.to.equal(source);
    expect(config.channels).not.to.equal(source.channels);
  });

  it('calls no setter on Object.prototype', () => {
    const assigned: unknown[] = [];
    Object.defineProperty(Object.prototype, 'topic', {
      configurable: true,
      set(value: unknown) {
        assigned.push(value);
      },
    });
    let config: ReturnType<typeof parseWidgetConfig>;
    try {
      config = parseWidgetConfig(validConfig(), request);
    } finally {
      delete (Object.prototype as {topic?: unknown}).topic;
    }
    expect(assigned).to.deep.equal([]);
    expect(Object.prototype.hasOwnProperty.call(config, 'topic')).to.equal(true);
    expect(config.topic).to.equal(validConfig().topic);
  });
});

describe('hasForbiddenCharacters', () => {
  it('accepts plain text', () => {
    expect(hasForbiddenCharacters('Example Coffee Roasters')).to.equal(false);
  });

  it('rejects a line feed by default', () => {
    expect(hasForbiddenCharacters('Start\nplease')).to.equal(true);
  });

  it('accepts a line feed when allowed', () => {
    expect(hasForbiddenCharacters('Start\nplease', true)).to.equal(false);
  });

  it('rejects a carriage return when a line feed is allowed', () => {
    expect(hasForbiddenCharacters('Start\r\n', true)).to.equal(true);
  });

  for (const character of ['\u0000', '\u001f', '\u007f', '\u0085', '\u009f']) {
    it(`rejects control character U+${character.charCodeAt(0).toString(16).padStart(4, '0')}`, () => {
      expect(hasForbiddenCharacters(`a${character}b`, true)).to.equal(true);
    });
  }

  it('rejects every bidi formatting character', () => {
    const codes = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    for (const code of codes) {
      expect(hasForbiddenCharacters(`a${String.fromCharCode(code)}b`), code.toString(16)).to.equal(true);
      expect(hasForbiddenCharacters(`a${String.fromCharCode(code)}b`, true), code.toString(16)).to.equal(true);
    }
  });

  it('accepts the neighbours of the bidi ranges', () => {
    for (const code of [0x061b, 0x061d, 0x200d, 0x2010, 0x202f]) {
      expect(hasForbiddenCharacters(`a${String.fromCharCode(code)}b`), code.toString(16)).to.equal(false);
    }
  });

  it('matches the exported patterns', () => {
    expect(FORBIDDEN_TEXT_CHARACTERS.test('a\nb')).to.equal(true);
    expect(FORBIDDEN_TEXT_CHARACTERS_EXCEPT_LINE_FEED.test('a\nb')).to.equal(false);
    expect(FORBIDDEN_TEXT_CHARACTERS_EXCEPT_LINE_FEED.test('a\u202eb')).to.equal(true);
  });
});

describe('ownOption', () => {
  it('returns an own option', () => {
    expect(ownOption({retries: 3} as {retries?: number}, 'retries')).to.equal(3);
  });

  it('ignores an inherited option', () => {
    const options = Object.create({retries: 3}) as {retries?: number};
    expect(ownOption(options, 'retries')).to.equal(undefined);
  });

  it('accepts missing options', () => {
    expect(ownOption(undefined as {retries?: number} | undefined, 'retries')).to.equal(undefined);
    expect(ownOption(null as {retries?: number} | null, 'retries')).to.equal(undefined);
  });
});

describe('parseIntentStatus', () => {
  for (const status of ['pending', 'confirmed', 'expired']) {
    it(`accepts ${status}`, () => {
      expect(parseIntentStatus({status}, '/widgets/shop/intents/r-1')).to.deep.equal({status});
    });
  }

  it('rejects an unknown status', () => {
    const error = errorOf(() => parseIntentStatus({status: 'done'}, '/widgets/shop/intents/r-1'));
    expect(error.field).to.equal('status');
    expect(error.message).to.contain('status is "done", expected one of "pending", "confirmed", "expired"');
  });

  it('rejects a missing status', () => {
    const error = errorOf(() => parseIntentStatus({}, '/widgets/shop/intents/r-1'));
    expect(error.message).to.contain('status is missing');
  });

  it('rejects an inherited status', () => {
    const error = errorOf(() => parseIntentStatus(Object.create({status: 'confirmed'}), '/x'));
    expect(error.field).to.equal('status');
  });

  it('keeps only status', () => {
    const json = JSON.parse('{"__proto__":{"polluted":true},"status":"pending","extra":1}');
    const result = parseIntentStatus(json, '/widgets/shop/intents/r-1');
    expect(Object.keys(result)).to.deep.equal(['status']);
    expect(({} as {polluted?: unknown}).polluted).to.equal(undefined);
  });

  it('wraps a throwing getter', () => {
    const json = Object.defineProperty({}, 'status', {
      get() {
        throw new Error('getter of status failed');
      },
    });
    const error = errorOf(() => parseIntentStatus(json, '/widgets/shop/intents/r-1'));
    expect(error.message).to.contain('reading a property of the body threw an exception');
    expect((error.cause as Error).message).to.equal('getter of status failed');
  });

  it('names the method of the request', () => {
    const request = {method: 'POST', path: '/widgets/shop/intents'};
    const error = errorOf(() => parseIntentStatus('accepted', request));
    expect(error.message).to.match(/^POST \/widgets\/shop\/intents returned an invalid response: the body is "accepted"/);
  });
});
