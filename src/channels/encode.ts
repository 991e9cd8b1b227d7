/**
 * A surrogate code unit without its partner. With the `u` flag a valid pair is read as one code
 * point, so only lone surrogates match.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * Replaces each lone surrogate with U+FFFD, as `String.prototype.toWellFormed` does. That method
 * is missing before Chrome 111, Firefox 119 and Safari 16.4, so this does the same work itself.
 */
export function toWellFormedString(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Percent-encodes a query parameter value exactly as `encodeURIComponent` does, so a space
 * becomes `%20`, never `+`, and `&`, `#`, `+` and `=` are escaped. Lone surrogates, on which
 * `encodeURIComponent` throws URIError, become U+FFFD (`%EF%BF%BD`) first.
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(toWellFormedString(value));
}

/**
 * Builds a query string such as `?ref=a&text=b%20c` from names and values, in the order given.
 * The names are fixed by the caller and must need no encoding.
 */
export function buildQuery(parameters: ReadonlyArray<readonly [name: string, value: string]>): string {
  const pairs = parameters.map(([name, value]) => `${name}=${encodeQueryValue(value)}`);
  return `?${pairs.join('&')}`;
}
