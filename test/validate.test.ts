import {expect} from '@open-wc/testing';
import {BackendInvalidResponseError} from '../src/backend/errors.js';
import {parseIntentStatus, parseWidgetConfig} from '../src/backend/validate.js';

const PATH = '/widgets/shop/config';

function validConfig(): Record<string, unknown> {
  return {
    businessName: 'Example Coffee Roasters',
    topic: 'New roasts and brewing tips, about twice a month',
    privacyUrl: 'https://example.com/privacy',
    keyword: 'Start',
    stopKeyword: 'Stop',
    channels: [
      {type: 'whatsapp', address: '+49 171 1234567'},
      {type: 'messenger', address: 'examplecoffee'},
      {type: 'telegram', address: 'ExampleCoffeeBot'},
      {type: 'instagram', address: 'example.coffee'},
    ],
  };
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
      expect(error.message).to.contain('without control characters');
    });

    it('accepts a line feed in keyword', () => {
      expect(parseWidgetConfig({...validConfig(), keyword: 'Start\nplease'}, PATH).keyword).to.equal('Start\nplease');
    });

    it('rejects a carriage return in keyword', () => {
      const error = configErrorOf({...validConfig(), keyword: 'Start\r'});
      expect(error.message).to.contain('without control characters other than a line feed');
    });

    it('shortens a long value in the message', () => {
      const error = configErrorOf({...validConfig(), topic: 'y'.repeat(5000)});
      expect(error.message).to.contain('… (5000 characters)');
      expect(error.message.length).to.be.below(400);
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

  it('names the method of the request', () => {
    const request = {method: 'POST', path: '/widgets/shop/intents'};
    const error = errorOf(() => parseIntentStatus('accepted', request));
    expect(error.message).to.match(/^POST \/widgets\/shop\/intents returned an invalid response: the body is "accepted"/);
  });
});
