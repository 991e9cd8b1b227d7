import {channelDefinitions} from './channels/index.js';
import {CHANNEL_IDS, type ChannelId} from './channels/types.js';
import {isValidCountryCode} from './phone.js';
import type {WidgetConfig} from './backend/types.js';
import {FORBIDDEN_TEXT_CHARACTERS, FORBIDDEN_TEXT_CHARACTERS_EXCEPT_LINE_FEED} from './text-rules.js';

export const DEFAULT_KEYWORD = 'Start';
export const DEFAULT_STOP_KEYWORD = 'Stop';

/** Maximum lengths of text values; longer values are rejected rather than cut. */
export const MAX_LENGTH = {
  keyword: 64,
  businessName: 200,
  topic: 300,
  url: 2048,
  channels: 200,
} as const;

/**
 * Converts a property value to the string an attribute would hold: strings stay, other
 * primitives are stringified, and objects that cannot be stringified become `[object Object]`,
 * so any value set from script is validated like an attribute instead of throwing.
 */
export function toText(value: unknown): string | undefined {
  if (value === null || value === undefined || typeof value === 'string') {
    return value ?? undefined;
  }
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Configuration values as the element's attributes or a backend deliver them, unchecked. */
export interface RawConfig {
  addresses: Partial<Record<ChannelId, string | null | undefined>>;
  /** Channels to show, in display order, e.g. `telegram whatsapp`. */
  channels?: string | null;
  keyword?: string | null;
  stopKeyword?: string | null;
  businessName?: string | null;
  topic?: string | null;
  privacyUrl?: string | null;
  defaultCountry?: string | null;
}

/** Names under which each value is reported in warnings: attribute names, or backend fields. */
export type FieldNames = Record<keyof Omit<RawConfig, 'addresses'> | ChannelId, string>;

export const ATTRIBUTE_NAMES: FieldNames = {
  whatsapp: 'whatsapp',
  messenger: 'messenger',
  telegram: 'telegram',
  instagram: 'instagram',
  channels: 'channels',
  keyword: 'keyword',
  stopKeyword: 'stop-keyword',
  businessName: 'business-name',
  topic: 'topic',
  privacyUrl: 'privacy-url',
  defaultCountry: 'default-country',
};

/** An invalid or missing configuration value, reported once as a warning and an `optin-error`. */
export interface ConfigProblem {
  /** The attribute or backend field, e.g. `whatsapp` or `config.channels[0].address`. */
  attribute: string;
  /** The value as given; empty when it is missing. */
  value: string;
  /** The complete English message naming the attribute, the value and the fix. */
  message: string;
  channel?: ChannelId;
}

/** A channel that passed validation, with its normalized address. */
export interface ResolvedChannel {
  id: ChannelId;
  address: string;
}

/** Configuration after validation, with safe defaults in place of invalid values. */
export interface ResolvedConfig {
  channels: ResolvedChannel[];
  keyword: string;
  stopKeyword: string;
  businessName: string;
  topic: string;
  /** Absolute URL of the privacy policy, or null when it is missing or invalid. */
  privacyUrl: string | null;
  /**
   * Whether the notice can contain everything consent needs: at least one channel, the sender
   * and the privacy policy. The widget renders nothing until then.
   */
  complete: boolean;
  problems: ConfigProblem[];
}

// Control characters and the text-direction controls, which could make the notice display
// differently from the text recorded as consent. Backend responses follow the same rule, and a
// newline is allowed in keywords only.
const CONTROL_CHARACTERS = FORBIDDEN_TEXT_CHARACTERS;
const CONTROL_CHARACTERS_BUT_NEWLINE = FORBIDDEN_TEXT_CHARACTERS_EXCEPT_LINE_FEED;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return JSON.stringify(shown);
}

function problem(attribute: string, value: string, text: string, channel?: ChannelId): ConfigProblem {
  const message = value.trim() === ''
    ? `<messenger-optin> ${attribute} is missing: ${text}`
    : `<messenger-optin> ${attribute}=${quote(value)} is invalid: ${text}`;
  return {attribute, value, message, channel};
}

/**
 * Checks a privacy policy URL. A relative URL is resolved against `baseUrl`; the result must be
 * `https:`, or `http:` on localhost for development, and may not carry user info.
 * Returns the absolute URL, or the reason it is rejected.
 */
export function checkPrivacyUrl(value: string, baseUrl: string): {ok: true; url: string} | {ok: false; expected: string} {
  const expected = 'expected an https: URL of your privacy policy, such as https://example.com/privacy (http: is accepted only on localhost)';
  const trimmed = value.trim();
  if (trimmed.length > MAX_LENGTH.url || CONTROL_CHARACTERS.test(trimmed)) {
    return {ok: false, expected};
  }
  let url: URL;
  try {
    url = new URL(trimmed, baseUrl);
  } catch {
    return {ok: false, expected};
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  if (!secure || url.username !== '' || url.password !== '') {
    return {ok: false, expected};
  }
  return {ok: true, url: url.href};
}

function checkText(
  value: string | null | undefined,
  maxLength: number,
  pattern: RegExp,
): {state: 'missing'} | {state: 'invalid'} | {state: 'ok'; text: string} {
  const text = value?.trim() ?? '';
  if (text === '') {
    return {state: 'missing'};
  }
  // A lone surrogate cannot be encoded as UTF-8, so it could not be recorded as consent text.
  if (text.length > maxLength || pattern.test(text) || LONE_SURROGATE.test(text)) {
    return {state: 'invalid'};
  }
  return {state: 'ok', text};
}

/** Parses the `channels` attribute into known channel names, reporting unknown ones and dropping repeats. */
function parseChannelOrder(value: string, names: FieldNames, problems: ConfigProblem[]): ChannelId[] {
  const expected = `use a space-separated list of ${CHANNEL_IDS.join(', ')}.`;
  if (value.length > MAX_LENGTH.channels) {
    problems.push(problem(names.channels, value, `it is longer than ${MAX_LENGTH.channels} characters; ${expected}`));
    return [];
  }
  const order: ChannelId[] = [];
  const unknown: string[] = [];
  for (const token of value.split(/[\s,]+/).filter(Boolean)) {
    const name = token.toLowerCase();
    if (!(CHANNEL_IDS as readonly string[]).includes(name)) {
      unknown.push(JSON.stringify(token));
    } else if (!order.includes(name as ChannelId)) {
      order.push(name as ChannelId);
    }
  }
  if (unknown.length > 0) {
    problems.push(problem(names.channels, value, `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a channel' : 'are not channels'}; ${expected}`));
  }
  return order;
}

/**
 * Validates a raw configuration. Invalid channels are left out, invalid texts fall back to
 * their defaults, and every problem is returned with a message for the console.
 */
export function resolveConfig(
  raw: RawConfig,
  {baseUrl, names = ATTRIBUTE_NAMES, fallbackBusinessName = ''}: {baseUrl: string; names?: FieldNames; fallbackBusinessName?: string},
): ResolvedConfig {
  const problems: ConfigProblem[] = [];

  let defaultCountry: string | undefined;
  const country = raw.defaultCountry?.trim() ?? '';
  if (country !== '') {
    if (isValidCountryCode(country)) {
      defaultCountry = country.toUpperCase();
    } else {
      problems.push(problem(names.defaultCountry, raw.defaultCountry ?? '',
        'expected a two-letter ISO 3166 country code such as DE, AT or CH.'));
    }
  }

  const configured = CHANNEL_IDS.filter((id) => (raw.addresses[id]?.trim() ?? '') !== '');
  let order: readonly ChannelId[] = configured;
  if (raw.channels?.trim()) {
    order = parseChannelOrder(raw.channels, names, problems);
    for (const id of order.filter((name) => !configured.includes(name))) {
      problems.push(problem(names.channels, raw.channels,
        `it lists ${id}, but no ${names[id]} address is set; set ${names[id]} or remove ${id} from the list.`, id));
    }
  }

  const channels: ResolvedChannel[] = [];
  for (const id of order) {
    const value = raw.addresses[id];
    if (!value?.trim()) {
      continue;
    }
    const definition = channelDefinitions[id];
    const parsed = definition.parseAddress(value, {defaultCountry});
    if (parsed.ok) {
      channels.push({id, address: parsed.address});
    } else {
      problems.push(problem(names[id], value,
        `${parsed.expected}. The ${definition.displayName} button is hidden until this is fixed.`, id));
    }
  }

  const keyword = resolveKeyword(raw.keyword, names.keyword, DEFAULT_KEYWORD, problems);
  const stopKeyword = resolveKeyword(raw.stopKeyword, names.stopKeyword, DEFAULT_STOP_KEYWORD, problems);

  let businessName = fallbackBusinessName;
  const business = checkText(raw.businessName, MAX_LENGTH.businessName, CONTROL_CHARACTERS);
  if (business.state === 'ok') {
    businessName = business.text;
  } else {
    problems.push(problem(names.businessName, raw.businessName ?? '',
      `set it to the name of whoever sends the news (at most ${MAX_LENGTH.businessName} characters), ` +
      `because visitors must see who will write to them${fallbackBusinessName ? `; "${fallbackBusinessName}" is shown meanwhile` : ''}.`));
  }

  let topic = '';
  const topicCheck = checkText(raw.topic, MAX_LENGTH.topic, CONTROL_CHARACTERS);
  if (topicCheck.state === 'ok') {
    // The notice ends the topic with its own full stop.
    topic = topicCheck.text.replace(/[.。]+$/u, '');
  } else if (topicCheck.state === 'invalid') {
    problems.push(problem(names.topic, raw.topic ?? '',
      `expected a short description of what subscribers receive, at most ${MAX_LENGTH.topic} characters without control characters; the notice leaves the topic out meanwhile.`));
  }

  let privacyUrl: string | null = null;
  const privacyValue = raw.privacyUrl ?? '';
  if (privacyValue.trim() === '') {
    problems.push(problem(names.privacyUrl, '',
      'set it to the https: URL of your privacy policy, because the notice must link to it; the widget stays hidden until then.'));
  } else {
    const checked = checkPrivacyUrl(privacyValue, baseUrl);
    if (checked.ok) {
      privacyUrl = checked.url;
    } else {
      problems.push(problem(names.privacyUrl, privacyValue, `${checked.expected}; the widget stays hidden until then.`));
    }
  }

  if (configured.length === 0) {
    problems.push(problem(CHANNEL_IDS.map((id) => names[id]).join(', '), '',
      `set at least one channel address, e.g. whatsapp="+49 171 1234567"; the widget stays empty until then.`));
  }

  const complete = channels.length > 0 && privacyUrl !== null && businessName !== '';
  return {channels, keyword, stopKeyword, businessName, topic, privacyUrl, complete, problems};
}

function resolveKeyword(
  value: string | null | undefined,
  attribute: string,
  fallback: string,
  problems: ConfigProblem[],
): string {
  if (value === null || value === undefined) {
    return fallback;
  }
  const checked = checkText(value, MAX_LENGTH.keyword, CONTROL_CHARACTERS_BUT_NEWLINE);
  if (checked.state === 'ok') {
    return checked.text;
  }
  problems.push(problem(attribute, value,
    `expected 1 to ${MAX_LENGTH.keyword} characters without control characters; "${fallback}" is used instead.`));
  return fallback;
}

/**
 * Converts a validated backend configuration into raw values, so it is checked like attributes
 * are. Only own properties are read, because a host page may have added properties such as
 * `keyword` to `Object.prototype`.
 */
export function rawConfigFromBackend(config: WidgetConfig): RawConfig {
  const own = <K extends keyof WidgetConfig>(key: K): WidgetConfig[K] | undefined =>
    Object.prototype.hasOwnProperty.call(config, key) ? config[key] : undefined;
  const addresses: RawConfig['addresses'] = {whatsapp: undefined, messenger: undefined, telegram: undefined, instagram: undefined};
  const channels = own('channels') ?? [];
  for (const {type, address} of channels) {
    addresses[type] ??= address;
  }
  return {
    addresses,
    channels: channels.map(({type}) => type).join(' '),
    keyword: own('keyword'),
    stopKeyword: own('stopKeyword'),
    businessName: own('businessName'),
    topic: own('topic'),
    privacyUrl: own('privacyUrl'),
  };
}

/** Field names used in warnings about a backend's configuration. */
export const BACKEND_FIELD_NAMES: FieldNames = {
  whatsapp: 'config.channels[whatsapp].address',
  messenger: 'config.channels[messenger].address',
  telegram: 'config.channels[telegram].address',
  instagram: 'config.channels[instagram].address',
  channels: 'config.channels',
  keyword: 'config.keyword',
  stopKeyword: 'config.stopKeyword',
  businessName: 'config.businessName',
  topic: 'config.topic',
  privacyUrl: 'config.privacyUrl',
  defaultCountry: 'default-country',
};
