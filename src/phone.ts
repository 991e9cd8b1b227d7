import {
  findCallingCode,
  getCountryDialing,
  isLeadingZeroSignificant,
  type CountryDialing,
} from './country-calling-codes.js';

/**
 * Result of normalizing a phone number: its E.164 digits without `+`, or a sentence saying
 * what is wrong with the input and how to fix it.
 */
export type PhoneNumberResult = {ok: true; digits: string} | {ok: false; expected: string};

/** Maximum input length in characters. Longer input is rejected before it is scanned. */
const MAX_INPUT_LENGTH = 256;
/**
 * E.164 allows at most 15 digits. The minimum of 8 rejects truncated numbers.
 * NOTE: it also rejects the few real numbers shorter than that, such as 4-digit Niue (+683)
 * and Tokelau (+690) numbers.
 */
const MIN_DIGITS = 8;
const MAX_DIGITS = 15;
/** NANP (+1) and the Russian-Kazakh plan (+7) have exactly 10 digits after the calling code. */
const TEN_DIGIT_PLANS: ReadonlySet<string> = new Set(['1', '7']);

/**
 * Spaces (plain, no-break, the U+2000 block, narrow no-break, medium mathematical, ideographic),
 * ASCII and Unicode hyphens and dashes, the minus sign, dots and slashes.
 */
const SEPARATOR = /[ \u00A0\u2000-\u200A\u202F\u205F\u3000\-\u2010-\u2015\u2212\uFE63\uFF0D./]/;
/** Characters that write an extension, a pause or a service code into a dial string. */
const DIAL_STRING_CHARACTER = /[#*,;]/;
const EXTENSION_WORD = /\d\s*(?:ext|x\s*\d)/i;

const ALLOWED_CHARACTERS = 'digits, a leading +, spaces, and - . / ( ) as separators';

/** Digits scanned from the text, and the notation details that normalization needs. */
interface ScannedNumber {
  digits: string;
  /** Whether the text started with `+`. */
  hasPlus: boolean;
  /** Positions in `digits` of each 0 written alone in parentheses, as in `+44 (0)20`. */
  parenthesizedZeros: number[];
}

type ScanResult = ({ok: true} & ScannedNumber) | {ok: false; expected: string};

function invalid(expected: string): {ok: false; expected: string} {
  return {ok: false, expected};
}

/**
 * Normalizes a phone number written in any usual national or international notation to E.164
 * digits without `+`, e.g. `+49 (0)171-123 45 67` to `491711234567`.
 *
 * A number without `+` or `00` is national and needs `defaultCountry` (ISO 3166-1 alpha-2, any
 * case). Its trunk prefix is replaced by that country's calling code, except where a leading 0
 * belongs to the number, as in Italy. Never throws, whatever the string.
 */
export function normalizePhoneNumber(input: string, defaultCountry?: string): PhoneNumberResult {
  if (typeof input !== 'string') {
    return invalid(`expected a phone number as a string, such as +49 171 1234567`);
  }
  if (input.length > MAX_INPUT_LENGTH) {
    return invalid(`it has more than ${MAX_INPUT_LENGTH} characters, so it is not a phone number`);
  }

  const text = input.trim();
  if (text === '') {
    return invalid('it is empty, so write a phone number such as +49 171 1234567');
  }

  const scanned = scanNumberText(text);
  if (!scanned.ok) {
    return scanned;
  }

  if (scanned.hasPlus) {
    return normalizeInternational(scanned, 0);
  }
  if (scanned.digits.startsWith('00')) {
    return normalizeInternational(scanned, 2);
  }
  return normalizeNational(scanned.digits, defaultCountry);
}

/** Returns whether `code` is an ISO 3166-1 alpha-2 country code in any case, e.g. `de`. */
export function isValidCountryCode(code: string): boolean {
  return typeof code === 'string' && getCountryDialing(code.trim().toUpperCase()) !== undefined;
}

/** Reads digits, the leading `+` and parentheses, and rejects every other character. */
function scanNumberText(text: string): ScanResult {
  let digits = '';
  const parenthesizedZeros: number[] = [];
  let groupStart = -1;
  let groupText = '';

  for (let index = 0; index < text.length; index++) {
    const character = text[index];

    if (character >= '0' && character <= '9') {
      digits += character;
      if (groupStart >= 0) {
        groupText += character;
      }
    } else if (character === '+') {
      if (index !== 0) {
        return invalid('a "+" may only start the number, right before the country code');
      }
    } else if (character === '(') {
      if (groupStart >= 0) {
        return invalid('it has nested parentheses, but parentheses may only group digits');
      }
      groupStart = digits.length;
      groupText = '';
    } else if (character === ')') {
      if (groupStart < 0) {
        return invalid('it has a ")" without a matching "("');
      }
      if (groupText === '') {
        return invalid('it has parentheses without digits between them');
      }
      if (groupText === '0') {
        parenthesizedZeros.push(groupStart);
      }
      groupStart = -1;
    } else if (!SEPARATOR.test(character)) {
      return invalid(describeInvalidCharacter(text, character));
    }
  }

  if (groupStart >= 0) {
    return invalid('it has a "(" without a matching ")"');
  }
  if (digits === '') {
    return invalid('it contains no digits, so write a phone number such as +49 171 1234567');
  }
  return {ok: true, digits, hasPlus: text.startsWith('+'), parenthesizedZeros};
}

function describeInvalidCharacter(text: string, character: string): string {
  if (/^tel:/i.test(text)) {
    return 'remove the "tel:" prefix and write only the number, such as +49 171 1234567';
  }
  if (DIAL_STRING_CHARACTER.test(character) || EXTENSION_WORD.test(text)) {
    return 'a messenger link cannot carry an extension or dial code, so write only the number';
  }
  return `it contains ${quoteCharacter(character)}, but a phone number may only contain ${ALLOWED_CHARACTERS}`;
}

/** Quotes a printable ASCII character and writes any other as U+XXXX, so logs stay readable. */
function quoteCharacter(character: string): string {
  const codeUnit = character.charCodeAt(0);
  if (codeUnit > 0x20 && codeUnit < 0x7f) {
    return `"${character}"`;
  }
  return `U+${codeUnit.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Normalizes digits after an international prefix of `prefixLength` digits (`00`) or a `+`. */
function normalizeInternational(scanned: ScannedNumber, prefixLength: number): PhoneNumberResult {
  const withoutPrefix = scanned.digits.slice(prefixLength);
  if (withoutPrefix === '') {
    return invalid('the country code and number after the international prefix are missing');
  }

  const callingCode = findCallingCode(withoutPrefix);
  if (callingCode === undefined) {
    const leadingDigits = withoutPrefix.slice(0, 3);
    return invalid(`+${leadingDigits} is not an assigned country calling code, so check the digits after + or 00`);
  }

  let nationalNumber = withoutPrefix.slice(callingCode.length);
  // "+44 (0)20 …" marks the trunk prefix that callers from inside the country dial. It is no
  // part of the international number, except where a leading 0 belongs to the number itself.
  const markerPosition = prefixLength + callingCode.length;
  if (scanned.parenthesizedZeros.includes(markerPosition) && !isLeadingZeroSignificant(callingCode)) {
    nationalNumber = nationalNumber.slice(1);
  }
  return checkInternationalNumber(callingCode, nationalNumber);
}

/** Replaces the trunk prefix of a national number with the calling code of `defaultCountry`. */
function normalizeNational(digits: string, defaultCountry: string | undefined): PhoneNumberResult {
  const countryCode = typeof defaultCountry === 'string' ? defaultCountry.trim().toUpperCase() : '';
  if (countryCode === '') {
    return invalid(
      'a number without country code needs default-country, or write it starting with + and the country code',
    );
  }
  const country = getCountryDialing(countryCode);
  if (country === undefined) {
    const quotedCountry = JSON.stringify(defaultCountry?.slice(0, 20));
    return invalid(`default-country ${quotedCountry} is not an ISO 3166-1 alpha-2 country code such as DE or US`);
  }

  const trunkPrefix = findTrunkPrefix(digits, country);
  if (trunkPrefix === undefined) {
    const prefixes = country.trunkPrefixes.join(' or ');
    return invalid(
      `a national number in ${countryCode} must start with the trunk prefix ${prefixes}, or write it starting with + and the country code`,
    );
  }

  const nationalNumber = digits.slice(trunkPrefix.length);
  if (nationalNumber.startsWith('0') && !country.leadingZeroSignificant) {
    if (country.trunkPrefixes.length === 0) {
      return invalid(
        `numbers in ${countryCode} have no trunk prefix, so remove the leading 0 or write the number starting with +`,
      );
    }
    if (trunkPrefix !== '') {
      return invalid(`the number after the trunk prefix ${trunkPrefix} cannot start with 0`);
    }
  }
  return checkInternationalNumber(country.callingCode, nationalNumber);
}

/**
 * Returns the trunk prefix that `digits` starts with, `''` where none is needed, or undefined
 * when a required one is missing.
 */
function findTrunkPrefix(digits: string, country: CountryDialing): string | undefined {
  if (country.trunkPrefixes.length === 0) {
    return '';
  }
  const prefix = country.trunkPrefixes.find((candidate) => digits.startsWith(candidate));
  if (prefix !== undefined) {
    return prefix;
  }
  return country.trunkPrefixOptional ? '' : undefined;
}

/** Checks the parts of an international number and joins them. */
function checkInternationalNumber(callingCode: string, nationalNumber: string): PhoneNumberResult {
  if (nationalNumber === '') {
    return invalid(`the number after the country code +${callingCode} is missing`);
  }
  if (callingCode === '1' && /^[01]/.test(nationalNumber)) {
    return invalid('a +1 area code cannot start with 0 or 1, so check the digits after the country code');
  }
  if (nationalNumber.startsWith('0') && !isLeadingZeroSignificant(callingCode)) {
    return invalid(
      `the number after +${callingCode} cannot start with 0, so remove the trunk prefix or write it as (0)`,
    );
  }
  if (TEN_DIGIT_PLANS.has(callingCode) && nationalNumber.length !== 10) {
    return invalid(
      `a +${callingCode} number has 10 digits after the country code, but this one has ${nationalNumber.length}`,
    );
  }

  const digits = callingCode + nationalNumber;
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) {
    return invalid(
      `it has ${digits.length} digits with the country code, but a phone number has ${MIN_DIGITS} to ${MAX_DIGITS}`,
    );
  }
  return {ok: true, digits};
}
