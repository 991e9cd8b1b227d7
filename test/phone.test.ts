import {expect} from '@open-wc/testing';
import {
  ASSIGNED_CALLING_CODES,
  COUNTRY_ENTRIES,
  findCallingCode,
  getCountryDialing,
  isLeadingZeroSignificant,
  parseCountryEntry,
} from '../src/country-calling-codes.js';
import {isValidCountryCode, normalizePhoneNumber, type PhoneNumberResult} from '../src/phone.js';

/** Returns the digits of a valid result, or a readable failure text for the assertion. */
function digitsOf(result: PhoneNumberResult): string {
  return result.ok ? result.digits : `invalid: ${result.expected}`;
}

/** Returns the message of an invalid result, or a readable failure text for the assertion. */
function expectedOf(result: PhoneNumberResult): string {
  return result.ok ? `valid: ${result.digits}` : result.expected;
}

// The ISO 3166-1 alpha-2 list, written out separately from the table under test so that a
// missing or misspelled table entry shows up.
const ISO_3166_CODES = `
  AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
  BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
  EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
  GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
  KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
  MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
  QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
  TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
  ZW`
  .trim()
  .split(/\s+/);

const NANP_COUNTRIES = [
  'AG', 'AI', 'AS', 'BB', 'BM', 'BS', 'CA', 'DM', 'DO', 'GD', 'GU', 'JM', 'KN', 'KY', 'LC', 'MP',
  'MS', 'PR', 'SX', 'TC', 'TT', 'UM', 'US', 'VC', 'VG', 'VI',
];

describe('country calling codes', () => {
  it('lists all 249 ISO codes', () => {
    expect(ISO_3166_CODES).to.have.length(249);
    for (const code of ISO_3166_CODES) {
      expect(getCountryDialing(code), code).to.not.equal(undefined);
    }
  });

  it('has one well-formed table entry per ISO code and no others', () => {
    const isoCodes = COUNTRY_ENTRIES.map((entry) => entry.slice(0, 2));
    expect([...isoCodes].sort()).to.deep.equal([...ISO_3166_CODES, 'XK'].sort());
    for (const entry of COUNTRY_ENTRIES) {
      expect(() => parseCountryEntry(entry), entry).to.not.throw();
    }
    expect(() => parseCountryEntry('DE49:x')).to.throw('malformed calling-code table entry "DE49:x"');
  });

  it('finds no country for codes that are not two capital letters', () => {
    for (const code of ['de', 'D', 'DEU', ' DE', 'E4', '']) {
      expect(getCountryDialing(code), code).to.equal(undefined);
    }
  });

  it('maps known countries', () => {
    const cases: Array<[string, string]> = [
      ['DE', '49'], ['AT', '43'], ['CH', '41'], ['FR', '33'], ['IT', '39'], ['VA', '39'],
      ['SM', '378'], ['RU', '7'], ['KZ', '7'], ['GB', '44'], ['GG', '44'], ['JE', '44'],
      ['IM', '44'], ['IE', '353'], ['ES', '34'], ['NL', '31'], ['PL', '48'], ['HU', '36'],
      ['BY', '375'], ['UA', '380'], ['TR', '90'], ['IN', '91'], ['CN', '86'], ['JP', '81'],
      ['BR', '55'], ['MX', '52'], ['AU', '61'], ['NZ', '64'], ['ZA', '27'], ['XK', '383'],
      ['FI', '358'], ['AX', '358'], ['NO', '47'], ['SJ', '47'], ['SX', '1'], ['CW', '599'],
    ];
    for (const [country, callingCode] of cases) {
      expect(getCountryDialing(country)?.callingCode, country).to.equal(callingCode);
    }
  });

  it('maps every NANP country to 1', () => {
    for (const country of NANP_COUNTRIES) {
      expect(getCountryDialing(country)?.callingCode, country).to.equal('1');
      expect(getCountryDialing(country)?.trunkPrefixOptional, country).to.equal(true);
    }
  });

  it('stores non-zero trunk prefixes', () => {
    expect(getCountryDialing('US')?.trunkPrefixes).to.deep.equal(['1']);
    expect(getCountryDialing('RU')?.trunkPrefixes).to.deep.equal(['8']);
    expect(getCountryDialing('KZ')?.trunkPrefixes).to.deep.equal(['8']);
    expect(getCountryDialing('HU')?.trunkPrefixes).to.deep.equal(['06']);
    expect(getCountryDialing('DE')?.trunkPrefixes).to.deep.equal(['0']);
    expect(getCountryDialing('ES')?.trunkPrefixes).to.deep.equal([]);
  });

  it('keeps leading zero for Italy', () => {
    expect(getCountryDialing('IT')?.leadingZeroSignificant).to.equal(true);
    expect(getCountryDialing('IT')?.trunkPrefixes).to.deep.equal([]);
    expect(getCountryDialing('SM')?.leadingZeroSignificant).to.equal(true);
    expect(getCountryDialing('VA')?.leadingZeroSignificant).to.equal(true);
    expect(isLeadingZeroSignificant('39')).to.equal(true);
    expect(isLeadingZeroSignificant('49')).to.equal(false);
  });

  it('has prefix-free calling codes', () => {
    for (const code of ASSIGNED_CALLING_CODES) {
      for (const other of ASSIGNED_CALLING_CODES) {
        if (code !== other) {
          expect(other.startsWith(code), `${code} is a prefix of ${other}`).to.equal(false);
        }
      }
    }
  });

  it('includes non-geographic codes', () => {
    expect(ASSIGNED_CALLING_CODES.has('800')).to.equal(true);
    expect(ASSIGNED_CALLING_CODES.has('882')).to.equal(true);
  });

  it('rejects unassigned codes', () => {
    for (const code of ['0', '28', '42', '80', '210', '801', '999']) {
      expect(ASSIGNED_CALLING_CODES.has(code), code).to.equal(false);
    }
    expect(findCallingCode('9991234567')).to.equal(undefined);
    expect(findCallingCode('0491711234567')).to.equal(undefined);
  });

  it('finds the calling code prefix', () => {
    expect(findCallingCode('491711234567')).to.equal('49');
    expect(findCallingCode('14155550132')).to.equal('1');
    expect(findCallingCode('3580401234567')).to.equal('358');
    expect(findCallingCode('79123456789')).to.equal('7');
    expect(findCallingCode('35')).to.equal(undefined);
  });
});

describe('normalizePhoneNumber', () => {
  describe('international numbers', () => {
    const cases: Array<[string, string, string]> = [
      ['accepts plus and spaces', '+49 171 1234567', '491711234567'],
      ['accepts 00 prefix', '0049 171 1234567', '491711234567'],
      ['drops (0) trunk marker', '+49 (0)171-123 45 67', '491711234567'],
      ['drops spaced (0) marker', '+49 (0) 171 1234567', '491711234567'],
      ['drops (0) after 00', '0049(0)171 1234567', '491711234567'],
      ['reads parentheses as grouping', '+49 (170) 123-45 67', '491701234567'],
      ['accepts compact form', '+491711234567', '491711234567'],
      ['accepts dots', '+49.171.123.45.67', '491711234567'],
      ['accepts slashes', '+49 171/1234567', '491711234567'],
      ['accepts no-break spaces', '+49\u00A0171\u00A01234567', '491711234567'],
      ['accepts thin spaces', '+49\u2009171\u202F123\u200A45\u200967', '491711234567'],
      ['accepts Unicode hyphens', '+49\u2010171\u2011123\u201345\u221267', '491711234567'],
      ['trims surrounding whitespace', ' \n +49 171 1234567 \t', '491711234567'],
      ['accepts space after plus', '+ 49 171 1234567', '491711234567'],
      ['reads UK (0) marker', '+44 (0)20 7946 0958', '442079460958'],
      ['accepts NANP format', '+1 (415) 555-0132', '14155550132'],
      ['accepts Russian number', '+7 912 345-67-89', '79123456789'],
      ['keeps Italian leading zero', '+39 06 6988 4857', '390669884857'],
      ['keeps Italian (0)', '+39 (0)6 6988 4857', '390669884857'],
      ['keeps Ivorian leading zero', '+225 07 12 34 56 78', '2250712345678'],
      ['accepts three-digit code', '+358 40 1234567', '358401234567'],
      ['accepts freephone code', '+800 1234 5678', '80012345678'],
      ['accepts 15 digits', '+49 1234 5678 90123', '491234567890123'],
      ['accepts 8 digits', '+500 51234', '50051234'],
    ];
    for (const [name, input, digits] of cases) {
      it(name, () => {
        expect(digitsOf(normalizePhoneNumber(input))).to.equal(digits);
      });
    }

    it('ignores default-country', () => {
      expect(digitsOf(normalizePhoneNumber('+33 6 12 34 56 78', 'DE'))).to.equal('33612345678');
      expect(digitsOf(normalizePhoneNumber('0033 6 12 34 56 78', 'DE'))).to.equal('33612345678');
    });
  });

  describe('default country', () => {
    const cases: Array<[string, string, string, string]> = [
      ['replaces German trunk 0', 'DE', '0171 1234567', '491711234567'],
      ['accepts lower-case country', 'de', '0171 1234567', '491711234567'],
      ['accepts (0) in national number', 'DE', '(0)171 1234567', '491711234567'],
      ['keeps Italian landline 0', 'IT', '06 6988 4857', '390669884857'],
      ['accepts Italian mobile', 'IT', '347 123 4567', '393471234567'],
      ['accepts US without trunk', 'US', '(415) 555-0132', '14155550132'],
      ['strips US trunk 1', 'US', '1 415 555 0132', '14155550132'],
      ['accepts US dots', 'US', '415.555.0132', '14155550132'],
      ['replaces UK trunk 0', 'GB', '07700 900123', '447700900123'],
      ['accepts London number', 'GB', '020 7946 0958', '442079460958'],
      ['replaces French trunk 0', 'FR', '06 12 34 56 78', '33612345678'],
      ['replaces Austrian trunk 0', 'AT', '0664 1234567', '436641234567'],
      ['replaces Swiss trunk 0', 'CH', '079 123 45 67', '41791234567'],
      ['replaces Russian trunk 8', 'RU', '8 (912) 345-67-89', '79123456789'],
      ['keeps Russian 800 after 8', 'RU', '8 800 555 35 35', '78005553535'],
      ['replaces Hungarian trunk 06', 'HU', '06 30 123 4567', '36301234567'],
      ['replaces Belarusian trunk 80', 'BY', '8 029 123 45 67', '375291234567'],
      ['adds Spanish code', 'ES', '612 34 56 78', '34612345678'],
      ['trims country code', ' de ', '0171 1234567', '491711234567'],
    ];
    for (const [name, country, input, digits] of cases) {
      it(name, () => {
        expect(digitsOf(normalizePhoneNumber(input, country))).to.equal(digits);
      });
    }
  });

  describe('invalid input', () => {
    const cases: Array<[string, string, string | undefined, string]> = [
      ['rejects empty string', '', undefined, 'empty'],
      ['rejects whitespace only', ' \u00A0 ', undefined, 'empty'],
      ['rejects missing country', '0171 1234567', undefined, 'default-country'],
      ['rejects unknown country', '0171 1234567', 'XX', '"XX"'],
      ['rejects country name', '0171 1234567', 'Germany', '"Germany"'],
      ['rejects missing German trunk', '171 1234567', 'DE', 'trunk prefix 0'],
      ['rejects missing Russian trunk', '912 345 67 89', 'RU', 'trunk prefix 8'],
      ['rejects Spanish leading 0', '0612 34 56 78', 'ES', 'no trunk prefix'],
      ['rejects trunk 0 after code', '+49 0171 1234567', undefined, 'cannot start with 0'],
      ['rejects unassigned code', '+999 1234 5678', undefined, '+999'],
      ['rejects code starting with 0', '+049 171 1234567', undefined, 'not an assigned'],
      ['rejects ext', '+49 171 1234567 ext. 12', undefined, 'extension'],
      ['rejects x extension', '+49 171 1234567 x12', undefined, 'extension'],
      ['rejects hash', '+49 171 1234567#12', undefined, 'extension'],
      ['rejects star', '*31#+49 171 1234567', undefined, 'extension'],
      ['rejects semicolon', '+49 171 1234567;ext=12', undefined, 'extension'],
      ['rejects comma pause', '+49 171 1234567,12', undefined, 'extension'],
      ['rejects tel: prefix', 'tel:+491711234567', undefined, 'tel:'],
      ['rejects letters', '+49 171 CALL NOW', undefined, '"C"'],
      ['rejects plus in middle', '49+171 1234567', undefined, '"+"'],
      ['rejects double plus', '++49 171 1234567', undefined, '"+"'],
      ['rejects plus in parentheses', '(+49) 171 1234567', undefined, '"+"'],
      ['rejects nested parentheses', '+49 ((0)171) 1234567', undefined, 'nested'],
      ['rejects unclosed parenthesis', '+49 (0 171 1234567', undefined, '"("'],
      ['rejects unopened parenthesis', '+49 0) 171 1234567', undefined, '")"'],
      ['rejects empty parentheses', '+49 () 171 1234567', undefined, 'without digits'],
      ['rejects plus alone', '+', undefined, 'no digits'],
      ['rejects 00 alone', '00', undefined, 'missing'],
      ['rejects code alone', '+49', undefined, 'missing'],
      ['rejects 16 digits', '+49 171 1234567 8901', undefined, '16 digits'],
      ['rejects 7 digits', '+49 171 12', undefined, '7 digits'],
      ['rejects short NANP number', '+1 415 555 013', undefined, '10 digits'],
      ['rejects NANP area code 1', '+1 115 555 0132', undefined, 'area code'],
      ['rejects NANP area code 0', '+1 015 555 0132', undefined, 'area code'],
      ['rejects US trunk then 0', '1 015 555 0132', 'US', 'cannot start with 0'],
      ['rejects US area code 0', '015 555 0132', 'US', 'area code'],
      ['rejects short +7 number', '+7 912 345 67 8', undefined, '10 digits'],
      ['rejects tab inside', '+49\t171 1234567', undefined, 'U+0009'],
      ['rejects NUL', '+49 171 1234567\u0000', undefined, 'U+0000'],
      ['rejects lone surrogate', '+49 171\uD800 1234567', undefined, 'U+D800'],
      ['rejects full-width digits', '+\uFF14\uFF19 171 1234567', undefined, 'U+FF14'],
      ['rejects zero-width space', '+49\u200B171 1234567', undefined, 'U+200B'],
      ['rejects over-long input', '1'.repeat(10_000), undefined, '256 characters'],
    ];
    for (const [name, input, country, fragment] of cases) {
      it(name, () => {
        expect(expectedOf(normalizePhoneNumber(input, country))).to.include(fragment);
      });
    }

    it('ignores empty default-country', () => {
      expect(expectedOf(normalizePhoneNumber('0171 1234567', ''))).to.include('default-country');
    });
  });

  it('never throws', () => {
    // A fixed-seed generator keeps failures reproducible.
    let seed = 12345;
    const nextInt = (limit: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % limit;
    };
    const alphabet = [
      '0', '1', '4', '9', '+', '(', ')', ' ', '-', '.', '/', '#', 'x', '\u00A0', '\u2011',
      '\uD83D', '\uDC4B', '\u0000', '\n', 'é', '%', ':',
    ];
    for (let round = 0; round < 2000; round++) {
      let input = '';
      const length = nextInt(40);
      for (let index = 0; index < length; index++) {
        input += alphabet[nextInt(alphabet.length)];
      }
      const result = normalizePhoneNumber(input, round % 2 === 0 ? 'DE' : undefined);
      if (result.ok) {
        expect(result.digits, JSON.stringify(input)).to.match(/^[1-9]\d{7,14}$/);
      } else {
        expect(result.expected, JSON.stringify(input)).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('rejects non-string input', () => {
    const result = normalizePhoneNumber(undefined as unknown as string);
    expect(result.ok).to.equal(false);
  });
});

describe('isValidCountryCode', () => {
  it('accepts ISO codes', () => {
    expect(isValidCountryCode('DE')).to.equal(true);
    expect(isValidCountryCode('GG')).to.equal(true);
    expect(isValidCountryCode('VA')).to.equal(true);
  });

  it('accepts any case', () => {
    expect(isValidCountryCode('de')).to.equal(true);
    expect(isValidCountryCode('uS')).to.equal(true);
  });

  it('rejects unknown codes', () => {
    expect(isValidCountryCode('XX')).to.equal(false);
    expect(isValidCountryCode('DEU')).to.equal(false);
    expect(isValidCountryCode('')).to.equal(false);
    expect(isValidCountryCode('49')).to.equal(false);
  });
});
