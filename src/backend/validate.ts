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

// C0 and C1 control characters, which have no place in a name, address or URL. Keywords may
// contain a line feed, because a prefilled message can span lines.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_CHARACTERS_EXCEPT_LINE_FEED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

type JsonObject = Record<string, unknown>;

/**
 * Validates a `GET …/config` response body and returns a new config built from its known keys.
 * `request` is the path of the GET, or the method, path and URL, and only names it in errors.
 *
 * Unknown keys are ignored, so a key such as `__proto__` or `constructor` changes nothing. A
 * `null` optional field counts as absent. Throws `BackendInvalidResponseError` naming the first
 * invalid field and its value.
 */
export function parseWidgetConfig(json: unknown, request: string | BackendRequestInfo): WidgetConfig {
  request = describeRequest(request);
  const body = expectObject(json, undefined, request);

  const config: WidgetConfig = {
    businessName: expectText(body, 'businessName', CONFIG_LIMITS.businessName, request),
    privacyUrl: expectPrivacyUrl(body, request),
    channels: expectChannels(body, request),
  };

  const topic = optionalText(body, 'topic', CONFIG_LIMITS.topic, request);
  if (topic !== undefined) {
    config.topic = topic;
  }
  const keyword = optionalKeyword(body, 'keyword', request);
  if (keyword !== undefined) {
    config.keyword = keyword;
  }
  const stopKeyword = optionalKeyword(body, 'stopKeyword', request);
  if (stopKeyword !== undefined) {
    config.stopKeyword = stopKeyword;
  }
  return config;
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
  request = describeRequest(request);
  const body = expectObject(json, undefined, request);
  const status = ownValue(body, 'status');
  if (!INTENT_STATUSES.includes(status as IntentStatus)) {
    throw invalid(request, 'status', status, `expected one of ${quoteAll(INTENT_STATUSES)}`);
  }
  return {status: status as IntentStatus};
}

/**
 * Returns whether `url` is `https:`, or `http:` on localhost, 127.0.0.1 or [::1], the only
 * hosts where plain HTTP is acceptable during development.
 */
export function isSecureOrLocalHttpUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTNAMES.has(url.hostname));
}

function describeRequest(request: string | BackendRequestInfo): BackendRequestInfo {
  return typeof request === 'string' ? {method: 'GET', path: request} : request;
}

function expectChannels(body: JsonObject, request: BackendRequestInfo): ChannelAddress[] {
  const value = ownValue(body, 'channels');
  if (!Array.isArray(value)) {
    throw invalid(request, 'channels', value, 'expected an array of channels');
  }
  if (value.length === 0 || value.length > CONFIG_LIMITS.channels) {
    throw invalid(
      request,
      'channels',
      value,
      `expected 1 to ${CONFIG_LIMITS.channels} channels`,
    );
  }
  const channels = value.map((entry, index) => expectChannel(entry, `channels[${index}]`, request));

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
 * Reads a required string that is not blank, fits `maxLength` and contains nothing that
 * `forbidden` matches, by default no control characters.
 */
function expectText(
  object: JsonObject,
  key: string,
  maxLength: number,
  request: BackendRequestInfo,
  parentField?: string,
  forbidden: RegExp = CONTROL_CHARACTERS,
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
  if (forbidden.test(value)) {
    const allowed = forbidden === CONTROL_CHARACTERS ? '' : ' other than a line feed';
    throw invalid(request, field, value, `expected a string without control characters${allowed}`);
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
  return expectText(
    object,
    key,
    CONFIG_LIMITS.keyword,
    request,
    undefined,
    CONTROL_CHARACTERS_EXCEPT_LINE_FEED,
  );
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
function ownValue(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
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
    const quoted = JSON.stringify(shortened ? value.slice(0, MAX_QUOTED_LENGTH) : value);
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
  return String(value);
}

function quoteAll(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}
