import {CHANNEL_IDS, type ChannelId} from '../channels/types.js';
import {BackendInvalidResponseError, type BackendRequestInfo} from './errors.js';
import type {ChannelAddress, IntentStatus, WidgetConfig} from './types.js';

/** Maximum lengths in UTF-16 code units, and the maximum number of channels, of a widget config. */
export const CONFIG_LIMITS = {
  businessName: 200,
  topic: 300,
  keyword: 64,
  privacyUrl: 2048,
  address: 128,
  channels: 8,
} as const;

/** Values of `status` in the backend's intent responses. */
export const INTENT_STATUSES: readonly IntentStatus[] = ['pending', 'confirmed', 'expired'];

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

// The text rules live in their own module, because the element applies them to attributes
// without loading the rest of this module.
export {
  FORBIDDEN_TEXT_CHARACTERS,
  FORBIDDEN_TEXT_CHARACTERS_EXCEPT_LINE_FEED,
  hasForbiddenCharacters,
} from '../text-rules.js';
import {hasForbiddenCharacters} from '../text-rules.js';

// The forbidden characters that JSON.stringify leaves unescaped, so that an error message shows
// them as escapes instead of letting them reorder the message.
const UNESCAPED_FORBIDDEN_CHARACTERS = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

type JsonObject = Record<string, unknown>;

/**
 * Validates a `GET …/config` response body and returns a new config built from its known keys.
 * `request` is the path of the GET, or the method, path and URL, and only names it in errors.
 *
 * `json` may be any value, including one from a custom `OptinBackend`. Only own properties are
 * read, so a key such as `__proto__` or `constructor` and anything on the prototype chain change
 * nothing. A `null` optional field counts as absent. Throws `BackendInvalidResponseError` naming
 * the first invalid field and its value, and also when reading the value throws, e.g. in a getter
 * or a proxy trap.
 */
export function parseWidgetConfig(json: unknown, request: string | BackendRequestInfo): WidgetConfig {
  const info = describeRequest(request);
  return rethrowReadErrors(info, () => readWidgetConfig(json, info));
}

/**
 * Validates an intent response body (`{"status": "pending" | "confirmed" | "expired"}`) and
 * returns a new object with only `status`. Throws `BackendInvalidResponseError` otherwise.
 * `request` is the path of a GET, or the method, path and URL, and only names it in errors.
 */
export function parseIntentStatus(
  json: unknown,
  request: string | BackendRequestInfo,
): {status: IntentStatus} {
  const info = describeRequest(request);
  return rethrowReadErrors(info, () => {
    const body = expectObject(json, undefined, info);
    const status = ownValue(body, 'status');
    if (!INTENT_STATUSES.includes(status as IntentStatus)) {
      throw invalid(info, 'status', status, `expected one of ${quoteAll(INTENT_STATUSES)}`);
    }
    return {status: status as IntentStatus};
  });
}

/**
 * Returns whether `url` is `https:`, or `http:` on localhost, 127.0.0.1 or [::1], the only
 * hosts where plain HTTP is acceptable during development.
 */
export function isSecureOrLocalHttpUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTNAMES.has(url.hostname));
}

/**
 * Returns the option `key` of `options` if it is an own property, and undefined otherwise, so that
 * a value a page put on `Object.prototype` never becomes an option. Accepts a missing `options`
 * object from untyped callers.
 */
export function ownOption<T extends object, K extends keyof T>(
  options: T | null | undefined,
  key: K,
): T[K] | undefined {
  if (typeof options !== 'object' || options === null) {
    return undefined;
  }
  return Object.prototype.hasOwnProperty.call(options, key) ? options[key] : undefined;
}

function describeRequest(request: string | BackendRequestInfo): BackendRequestInfo {
  return typeof request === 'string' ? {method: 'GET', path: request} : request;
}

/**
 * Runs `read` and turns any exception other than `BackendInvalidResponseError` into one, because
 * a getter or proxy trap in a value from a custom backend can throw anything.
 */
function rethrowReadErrors<T>(request: BackendRequestInfo, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof BackendInvalidResponseError) {
      throw error;
    }
    throw new BackendInvalidResponseError(
      request,
      'reading a property of the body threw an exception (see the error cause), ' +
        'expected plain data without throwing getters or proxies',
      undefined,
      error,
    );
  }
}

function readWidgetConfig(json: unknown, request: BackendRequestInfo): WidgetConfig {
  const body = expectObject(json, undefined, request);
  const businessName = expectText(body, 'businessName', CONFIG_LIMITS.businessName, request);
  const privacyUrl = expectPrivacyUrl(body, request);
  const channels = expectChannels(body, request);
  const topic = optionalText(body, 'topic', CONFIG_LIMITS.topic, request);
  const keyword = optionalKeyword(body, 'keyword', request);
  const stopKeyword = optionalKeyword(body, 'stopKeyword', request);

  // Spreading defines own properties, so a setter that a page put on Object.prototype for one of
  // these keys is never called.
  return {
    businessName,
    privacyUrl,
    channels,
    ...(topic === undefined ? {} : {topic}),
    ...(keyword === undefined ? {} : {keyword}),
    ...(stopKeyword === undefined ? {} : {stopKeyword}),
  };
}

function expectChannels(body: JsonObject, request: BackendRequestInfo): ChannelAddress[] {
  const value = ownValue(body, 'channels');
  if (!Array.isArray(value)) {
    throw invalid(request, 'channels', value, 'expected an array of channels');
  }
  // Read once and checked as a whole number, because a proxy that passes Array.isArray can report
  // any length, and a length of NaN would skip the loop below.
  const length: unknown = value.length;
  const isValidLength = typeof length === 'number' && Number.isInteger(length);
  if (!(isValidLength && length >= 1 && length <= CONFIG_LIMITS.channels)) {
    throw invalid(
      request,
      'channels',
      value,
      `expected 1 to ${CONFIG_LIMITS.channels} channels`,
    );
  }
  // An index loop over own elements, because a custom backend's array may override `map` or have
  // holes.
  const channels: ChannelAddress[] = [];
  for (let index = 0; index < length; index += 1) {
    const field = `channels[${index}]`;
    channels.push(expectChannel(ownValue(value, String(index)), field, request));
  }

  // The element keeps one address per channel type, so a second entry could never be shown.
  channels.forEach((channel, index) => {
    if (channels.findIndex((other) => other.type === channel.type) !== index) {
      throw invalid(
        request,
        `channels[${index}].type`,
        channel.type,
        'expected each channel type at most once',
      );
    }
  });
  return channels;
}

function expectChannel(value: unknown, field: string, request: BackendRequestInfo): ChannelAddress {
  const entry = expectObject(value, field, request);

  const type = ownValue(entry, 'type');
  if (!CHANNEL_IDS.includes(type as ChannelId)) {
    throw invalid(request, `${field}.type`, type, `expected one of ${quoteAll(CHANNEL_IDS)}`);
  }

  // Only the length is checked here. The element validates the address syntax with the parser
  // of the channel.
  const address = expectText(entry, 'address', CONFIG_LIMITS.address, request, field);
  return {type: type as ChannelId, address};
}

function expectPrivacyUrl(body: JsonObject, request: BackendRequestInfo): string {
  const text = expectText(body, 'privacyUrl', CONFIG_LIMITS.privacyUrl, request);
  const expected = 'expected an absolute https: URL (http: only on localhost, 127.0.0.1 or [::1])';

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(request, 'privacyUrl', text, expected);
  }
  if (!isSecureOrLocalHttpUrl(url)) {
    throw invalid(request, 'privacyUrl', text, expected);
  }
  if (url.username !== '' || url.password !== '') {
    throw invalid(request, 'privacyUrl', text, 'expected a URL without a user name or password');
  }
  return text;
}

/**
 * Reads a required string that is not blank, fits `maxLength` and contains no control or bidi
 * character, except a line feed where `allowLineFeed` is set.
 */
function expectText(
  object: JsonObject,
  key: string,
  maxLength: number,
  request: BackendRequestInfo,
  parentField?: string,
  allowLineFeed = false,
): string {
  const field = parentField === undefined ? key : `${parentField}.${key}`;
  const value = ownValue(object, key);
  const expected = `expected a string of 1 to ${maxLength} characters`;

  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid(request, field, value, expected);
  }
  if (value.length > maxLength) {
    throw invalid(request, field, value, `expected at most ${maxLength} characters`, true);
  }
  if (hasForbiddenCharacters(value, allowLineFeed)) {
    const exception = allowLineFeed ? ' other than a line feed' : '';
    const expectedText = `expected a string without control or text-direction characters${exception}`;
    throw invalid(request, field, value, expectedText);
  }
  return value;
}

function optionalText(
  object: JsonObject,
  key: string,
  maxLength: number,
  request: BackendRequestInfo,
): string | undefined {
  const value = ownValue(object, key);
  if (value === undefined || value === null) {
    return undefined;
  }
  return expectText(object, key, maxLength, request);
}

function optionalKeyword(
  object: JsonObject,
  key: 'keyword' | 'stopKeyword',
  request: BackendRequestInfo,
): string | undefined {
  const value = ownValue(object, key);
  if (value === undefined || value === null) {
    return undefined;
  }
  return expectText(object, key, CONFIG_LIMITS.keyword, request, undefined, true);
}

function expectObject(
  value: unknown,
  field: string | undefined,
  request: BackendRequestInfo,
): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(request, field, value, 'expected a JSON object');
  }
  return value as JsonObject;
}

/** Reads an own property only, so that nothing on the prototype chain can supply a value. */
function ownValue(object: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? (object as JsonObject)[key] : undefined;
}

/** Creates the error for an invalid `value`. With `withLength`, a string's length is added. */
function invalid(
  request: BackendRequestInfo,
  field: string | undefined,
  value: unknown,
  expected: string,
  withLength = false,
): BackendInvalidResponseError {
  const subject = field === undefined ? 'the body' : field;
  return new BackendInvalidResponseError(
    request,
    `${subject} is ${describeValue(value, withLength)}, ${expected}`,
    field,
  );
}

const MAX_QUOTED_LENGTH = 80;

/** Describes a JSON value for an error message, shortening long strings. */
function describeValue(value: unknown, withLength: boolean): string {
  if (value === undefined) {
    return 'missing';
  }
  if (typeof value === 'string') {
    const shortened = value.length > MAX_QUOTED_LENGTH;
    const quoted = JSON.stringify(shortened ? value.slice(0, MAX_QUOTED_LENGTH) : value).replace(
      UNESCAPED_FORBIDDEN_CHARACTERS,
      (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    const ellipsis = shortened ? '…' : '';
    const length = shortened || withLength ? ` (${value.length} characters)` : '';
    return quoted + ellipsis + length;
  }
  if (Array.isArray(value)) {
    return `an array of ${value.length}`;
  }
  if (typeof value === 'object' && value !== null) {
    return 'an object';
  }
  // String() would print a function's whole source.
  if (typeof value === 'function') {
    return 'a function';
  }
  return String(value);
}

function quoteAll(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}
