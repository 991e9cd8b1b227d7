import {channelDefinitions} from './channels/index.js';
import {CHANNEL_IDS, type ChannelId} from './channels/types.js';
import {isValidCountryCode} from './phone.js';
import type {WidgetConfig} from './backend/types.js';

export const DEFAULT_KEYWORD = 'Start';
export const DEFAULT_STOP_KEYWORD = 'Stop';

/** Maximum lengths of text values; longer values are rejected rather than cut. */
export const MAX_LENGTH = {
  keyword: 64,
  businessName: 200,
  topic: 300,
  url: 2048,
} as const;

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
  problems: ConfigProblem[];
}

// C0 controls and DEL; a newline is allowed in keywords only.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const CONTROL_CHARACTERS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f]/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

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
  if (text.length > maxLength || pattern.test(text)) {
    return {state: 'invalid'};
  }
  return {state: 'ok', text};
}

/** Parses the `channels` attribute into known channel names, reporting unknown ones and dropping repeats. */
function parseChannelOrder(value: string, names: FieldNames, problems: ConfigProblem[]): ChannelId[] {
  const order: ChannelId[] = [];
  for (const token of value.split(/[\s,]+/).filter(Boolean)) {
    const name = token.toLowerCase();
    if (!(CHANNEL_IDS as readonly string[]).includes(name)) {
      problems.push(problem(names.channels, value,
        `"${token}" is not a channel; use a space-separated list of ${CHANNEL_IDS.join(', ')}.`));
    } else if (!order.includes(name as ChannelId)) {
      order.push(name as ChannelId);
    }
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
      'set it to the https: URL of your privacy policy, because the notice must link to it.'));
  } else {
    const checked = checkPrivacyUrl(privacyValue, baseUrl);
    if (checked.ok) {
      privacyUrl = checked.url;
    } else {
      problems.push(problem(names.privacyUrl, privacyValue, `${checked.expected}.`));
    }
  }

  if (configured.length === 0) {
    problems.push(problem(CHANNEL_IDS.map((id) => names[id]).join(', '), '',
      `set at least one channel address, e.g. whatsapp="+49 171 1234567"; the widget stays empty until then.`));
  }

  return {channels, keyword, stopKeyword, businessName, topic, privacyUrl, problems};
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

/** Converts a backend's configuration into raw values, so it is checked like attributes are. */
export function rawConfigFromBackend(config: WidgetConfig): RawConfig {
  const addresses: RawConfig['addresses'] = {};
  for (const {type, address} of config.channels) {
    addresses[type] ??= address;
  }
  return {
    addresses,
    channels: config.channels.map(({type}) => type).join(' '),
    keyword: config.keyword,
    stopKeyword: config.stopKeyword,
    businessName: config.businessName,
    topic: config.topic,
    privacyUrl: config.privacyUrl,
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
