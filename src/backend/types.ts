import type {ChannelId} from '../channels/types.js';

/** Widget configuration as a backend delivers it. */
export interface WidgetConfig {
  businessName: string;
  topic?: string;
  privacyUrl: string;
  keyword?: string;
  stopKeyword?: string;
  /** Channels in display order; `address` is written as the matching attribute accepts it. */
  channels: ChannelAddress[];
}

/** A configured channel and its address, e.g. `{type: 'whatsapp', address: '+49 171 1234567'}`. */
export interface ChannelAddress {
  type: ChannelId;
  address: string;
}

/** Path by which the visitor reached the messenger: the link, or the desktop QR code. */
export type UiAction = 'click' | 'qr';

/**
 * Record of what a visitor saw and chose when they activated a channel. It is an unconfirmed
 * intent: only the visitor's own message in the messenger makes the subscription.
 */
export interface OptinIntent {
  /** UUID v4; the idempotency key, so retries of one activation send the same value. */
  intentId: string;
  /** The token carried in the channel's deep link. */
  reference: string;
  widgetId: string;
  channel: ChannelId;
  /** BCP 47 tag of the texts shown. */
  locale: string;
  businessName: string;
  /** Exact text of the consent notice as rendered. */
  consentText: string;
  /** Lowercase hex SHA-256 of the UTF-8 `consentText`. */
  consentTextSha256: string;
  privacyUrl: string;
  widgetVersion: string;
  /** The page's origin and path, without query string or fragment. */
  placement: string;
  /** ISO 8601 UTC time with milliseconds, e.g. `2026-12-04T20:28:34.123Z`. */
  clientTimestamp: string;
  uiAction: UiAction;
}

/** State of an intent on the backend. */
export type IntentStatus = 'pending' | 'confirmed' | 'expired';

/** Options every backend call takes. */
export interface CallOptions {
  /** Aborts the call; a backend must reject with the signal's reason once it fires. */
  signal: AbortSignal;
}

/**
 * Backend client the element talks to. Implement it to connect any server; the package ships
 * `MockBackend` (in memory) and `HttpBackend` (the documented HTTP contract).
 */
export interface OptinBackend {
  /** Loads the widget's configuration; texts in it are for `locale` where the backend has them. */
  loadConfig(request: {widgetId: string; locale: string}, options: CallOptions): Promise<WidgetConfig>;
  /** Stores an opt-in intent; storing the same `intentId` twice keeps one record. */
  recordIntent(intent: OptinIntent, options: CallOptions): Promise<{status: IntentStatus}>;
  /** Reports an intent's status; optional, and without it the element shows no confirmation. */
  getIntentStatus?(
    request: {widgetId: string; reference: string},
    options: CallOptions,
  ): Promise<{status: IntentStatus}>;
}
