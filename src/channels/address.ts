/**
 * Maximum address length in characters. Real usernames and links are far shorter, and the cap
 * keeps regular expressions and the URL parser off arbitrarily long attribute values.
 */
export const MAX_ADDRESS_LENGTH = 256;

/** C0 and C1 control characters, including tab and line breaks. */
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * Characters that no accepted link contains: whitespace, a backslash (which the URL parser reads
 * as `/`), `%` (which could hide `/` or `?` as `%2F` or `%3F`), `@` (user-info) and `#`.
 */
const FORBIDDEN_IN_LINK = /[\s\\%@#]/;

/** A URL scheme such as `http:` or `javascript:` at the start of the input. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const HTTPS_SCHEME = /^https:\/\//i;

/** A channel address as the site owner wrote it: a bare name, or a link split into its parts. */
export type AddressInput =
  | {kind: 'name'; name: string}
  | {
      kind: 'link';
      /** Lower-case host name, one of the hosts the caller allowed. */
      host: string;
      /** Path segments without the slashes, e.g. `['m', 'shop']`. A trailing slash adds none. */
      segments: string[];
      /** Query text after `?`, or null when the link has no `?`. */
      query: string | null;
    };

/**
 * Splits a channel address into a bare name or the parts of a link on one of `hosts`, or
 * returns null when the input cannot be an address.
 *
 * The input is trimmed and must be at most MAX_ADDRESS_LENGTH characters without control
 * characters. A link must use `https:` or no scheme and the exact host, without user-info,
 * port, fragment, percent-escapes, `.` or `..` segments or empty segments. Anything without
 * `/`, `?` or `:` is a bare name, unless it is one of the hosts alone. Callers check the query
 * and the name themselves.
 */
export function readAddressInput(input: string, hosts: readonly string[]): AddressInput | null {
  if (typeof input !== 'string' || input.length > MAX_ADDRESS_LENGTH) {
    return null;
  }
  const text = input.trim();
  if (text === '' || CONTROL_CHARACTER.test(text)) {
    return null;
  }
  if (!/[/?:]/.test(text)) {
    return hosts.includes(text.toLowerCase()) ? null : {kind: 'name', name: text};
  }
  return readLink(text, hosts);
}

function readLink(text: string, hosts: readonly string[]): AddressInput | null {
  if (FORBIDDEN_IN_LINK.test(text)) {
    return null;
  }

  let afterScheme: string;
  if (HTTPS_SCHEME.test(text)) {
    afterScheme = text.slice('https://'.length);
  } else if (SCHEME.test(text) || text.startsWith('/')) {
    // Rejects other schemes, and a host name followed by a port, such as "t.me:443/…", which
    // reads as a scheme here.
    return null;
  } else {
    afterScheme = text;
  }

  // The URL parser drops a default port and resolves dot segments, so the raw host and path are
  // compared with what it parsed. Any difference means that the parser rewrote something.
  const authorityEnd = afterScheme.search(/[/?]/);
  const authority = authorityEnd < 0 ? afterScheme : afterScheme.slice(0, authorityEnd);
  const rest = authorityEnd < 0 ? '' : afterScheme.slice(authorityEnd);
  const queryStart = rest.indexOf('?');
  const rawPath = queryStart < 0 ? rest : rest.slice(0, queryStart);
  const query = queryStart < 0 ? null : rest.slice(queryStart + 1);

  let url: URL;
  try {
    url = new URL(`https://${afterScheme}`);
  } catch {
    return null;
  }

  const host = authority.toLowerCase();
  if (url.hostname !== host || !hosts.includes(host) || url.port !== '' || url.username !== '') {
    return null;
  }
  if (url.pathname !== (rawPath === '' ? '/' : rawPath)) {
    return null;
  }

  const segments = url.pathname.split('/').slice(1);
  if (segments.length > 1 && segments[segments.length - 1] === '') {
    segments.pop();
  }
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return null;
  }
  return {kind: 'link', host, segments, query};
}

/**
 * Throws a TypeError unless `address` matches `pattern`. A deep link is built only from an
 * address that `parseAddress` returned, so that no value can change its origin or path.
 */
export function assertNormalizedAddress(channelName: string, address: string, pattern: RegExp): void {
  if (typeof address !== 'string' || !pattern.test(address)) {
    throw new TypeError(
      `Invalid ${channelName} address ${JSON.stringify(address)}: pass the address that parseAddress() returned.`,
    );
  }
}
