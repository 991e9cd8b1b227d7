/** Names of the supported messengers, in the default display order. */
export const CHANNEL_IDS = ['whatsapp', 'messenger', 'telegram', 'instagram'] as const;

/** One supported messenger: `whatsapp`, `messenger`, `telegram` or `instagram`. */
export type ChannelId = (typeof CHANNEL_IDS)[number];

/** Result of parsing a channel address: the normalized address, or why the input is invalid. */
export type AddressParseResult =
  | {ok: true; address: string}
  | {ok: false; expected: string};

/** Values that a deep link is built from. */
export interface DeepLinkInput {
  /** Normalized address returned by the channel's `parseAddress`. */
  address: string;
  /** Prefilled start message, for channels whose link can carry text. */
  keyword: string;
  /** Opaque per-element token that lets the backend match the visitor's first message. */
  reference: string;
}

/** Address parser and deep-link builder of one messenger. */
export interface ChannelDefinition {
  id: ChannelId;
  /** Brand name shown to visitors, e.g. "WhatsApp"; not translated. */
  displayName: string;
  /** Options accepted by `parseAddress`, e.g. the default country for phone numbers. */
  parseAddress(input: string, options?: {defaultCountry?: string}): AddressParseResult;
  /** Builds the final `https:` deep link with the URL API on the channel's fixed origin and path. */
  buildUrl(input: DeepLinkInput): URL;
}
