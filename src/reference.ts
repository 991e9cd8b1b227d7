/** Number of random bytes in a reference: 128 bits, so guessing another visitor's is hopeless. */
const REFERENCE_BYTES = 16;

/**
 * Creates an opaque reference token from `crypto.getRandomValues`, written as base64url without
 * padding (22 characters of `[A-Za-z0-9_-]`). It carries no personal data and fits Telegram's
 * start parameter (at most 64 characters of that alphabet).
 */
export function createReference(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(REFERENCE_BYTES));
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
