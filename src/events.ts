import type {ChannelId} from './channels/types.js';

/** Detail of `optin-start`, fired when a visitor activates a channel, before navigation. */
export interface OptinStartDetail {
  channel: ChannelId;
  /** The deep link the browser is about to open. */
  url: string;
  /** The token in `url` that lets the backend match the visitor's first message. */
  reference: string;
  /** `link` when the browser opens `url`; `qr` when the widget shows it as a QR code for the phone. */
  via: OptinStartVia;
}

/** Path by which an activated channel reaches the visitor: the link opens, or a QR code is shown. */
export type OptinStartVia = 'link' | 'qr';

/** Detail of `optin-privacy-toggle`, fired when the privacy panel opens or closes. */
export interface OptinPrivacyToggleDetail {
  open: boolean;
}

/** Detail of `optin-recorded`, fired when the backend accepted an opt-in intent. */
export interface OptinRecordedDetail {
  channel: ChannelId;
  reference: string;
  intentId: string;
}

/** Detail of `optin-confirmed`, fired when the backend reports that the visitor's message arrived. */
export interface OptinConfirmedDetail {
  channel: ChannelId;
  reference: string;
}

/** Stage in which an `optin-error` happened. */
export type OptinErrorPhase = 'config' | 'record' | 'status';

/** Detail of `optin-error`. */
export interface OptinErrorDetail {
  phase: OptinErrorPhase;
  /** English sentence naming the problem and the fix; the same text as the console warning. */
  message: string;
  /** For configuration problems: the attribute (or backend field) with the invalid value. */
  attribute?: string;
  /** For configuration problems: the invalid value as given. */
  value?: string;
  /** The channel involved, where there is one. */
  channel?: ChannelId;
  /** The underlying error, e.g. a backend error. */
  cause?: unknown;
}

/** Event names mapped to their detail types. */
export interface MessengerOptinEventMap {
  'optin-start': CustomEvent<OptinStartDetail>;
  'optin-privacy-toggle': CustomEvent<OptinPrivacyToggleDetail>;
  'optin-error': CustomEvent<OptinErrorDetail>;
  'optin-recorded': CustomEvent<OptinRecordedDetail>;
  'optin-confirmed': CustomEvent<OptinConfirmedDetail>;
}

declare global {
  // Types `addEventListener` for the widget's events on elements, the document and the window,
  // because the events bubble and are composed, so listeners anywhere up the tree receive them.
  interface GlobalEventHandlersEventMap extends MessengerOptinEventMap {}
}

/** Creates one of the widget's events: bubbling and composed, so the page can listen anywhere. */
export function createOptinEvent<K extends keyof MessengerOptinEventMap>(
  type: K,
  detail: MessengerOptinEventMap[K]['detail'],
  options: {cancelable?: boolean} = {},
): MessengerOptinEventMap[K] {
  return new CustomEvent(type, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  }) as MessengerOptinEventMap[K];
}
