import {toWellFormedString} from './channels/encode.js';

/** Escapes a vCard 3.0 text value: backslash, comma, semicolon and line breaks (RFC 2426, 4). */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Creates a vCard 3.0 for the business's WhatsApp number, so the visitor can save it as a
 * contact first. Lines end with CRLF as RFC 2426 requires; `digits` are E.164 digits without `+`.
 */
export function createVCard(businessName: string, digits: string): string {
  const name = escapeText(businessName);
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${name};;;;`,
    `FN:${name}`,
    `ORG:${name}`,
    `TEL;TYPE=CELL:+${digits}`,
    'END:VCARD',
    '',
  ].join('\r\n');
}

/**
 * Returns a file name for the vCard made of the business name's letters and digits, with
 * accents dropped (`Bäckerei` gives `Backerei`) and every other run of characters as `-`. A name in
 * printable ASCII, the common case, skips the Unicode normalization and the Unicode-aware
 * patterns, which are slow on first use and showed in the profile of the widget's first render.
 * Both paths give the same result for such a name (a test checks every printable character).
 */
export function vCardFileName(businessName: string): string {
  const base = (
    /^[\x20-\x7e]*$/.test(businessName)
      ? businessName.replace(/[^A-Za-z0-9]+/g, '-')
      : businessName.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-')
  ).replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'contact'}.vcf`;
}

/**
 * Returns a `data:` URL of the vCard, so the download needs no request and no object URL to revoke.
 * Lone surrogates, on which encodeURIComponent throws URIError, become U+FFFD first.
 */
export function vCardDataUrl(vcard: string): string {
  return `data:text/vcard;charset=utf-8,${encodeURIComponent(toWellFormedString(vcard))}`;
}
