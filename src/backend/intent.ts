import type {OptinIntent} from './types.js';

function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Creates a random UUID v4 for `OptinIntent.intentId`.
 *
 * `crypto.randomUUID` exists only in secure contexts (https: or localhost), so on a plain http:
 * page the UUID is built from `crypto.getRandomValues`, which every context has.
 */
export function createIntentId(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }

  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // UUID version 4 (RFC 9562): the version in the high nibble of byte 6, variant 10 in the top bits of byte 8.
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytesToHex(bytes);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join('-');
}

/**
 * Computes the lowercase hex SHA-256 of the UTF-8 encoding of `text`.
 *
 * Uses Web Crypto where it exists, which is only in secure contexts, and the audited
 * `@noble/hashes` implementation elsewhere, loaded only then. Both give the same digest.
 */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const subtle = globalThis.crypto?.subtle;
  if (subtle !== undefined) {
    const digest = await subtle.digest('SHA-256', bytes);
    return bytesToHex(new Uint8Array(digest));
  }
  const {sha256} = await import('@noble/hashes/sha2.js');
  return bytesToHex(sha256(bytes));
}

/**
 * Returns the page's origin and path, e.g. `https://shop.example/newsletter`. The query string
 * and fragment are dropped because they can contain personal data such as e-mail addresses or
 * tracking ids.
 */
export function pagePlacement(location: Pick<Location, 'origin' | 'pathname'>): string {
  return location.origin + location.pathname;
}

/** Formats `date` as ISO 8601 UTC with milliseconds, e.g. `2026-12-04T20:28:34.123Z`. */
export function clientTimestamp(date: Date = new Date()): string {
  return date.toISOString();
}

/**
 * Copies the fields of `intent` that the wire contract defines into a new object, so that no other
 * property of the caller's object is sent or stored. Throws a TypeError naming a field that is not
 * a string.
 */
export function copyIntent(intent: OptinIntent): OptinIntent {
  const copy: OptinIntent = {
    intentId: intent.intentId,
    reference: intent.reference,
    widgetId: intent.widgetId,
    channel: intent.channel,
    locale: intent.locale,
    businessName: intent.businessName,
    consentText: intent.consentText,
    consentTextSha256: intent.consentTextSha256,
    privacyUrl: intent.privacyUrl,
    widgetVersion: intent.widgetVersion,
    placement: intent.placement,
    clientTimestamp: intent.clientTimestamp,
    uiAction: intent.uiAction,
  };
  for (const [field, value] of Object.entries(copy)) {
    if (typeof value !== 'string') {
      throw new TypeError(`OptinIntent.${field} must be a string, got ${typeof value}.`);
    }
  }
  return copy;
}
