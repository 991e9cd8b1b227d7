import {assertNormalizedAddress, readAddressInput} from './address.js';
import {buildQuery} from './encode.js';
import type {ChannelDefinition} from './types.js';

const INSTAGRAM_HOSTS = ['instagram.com', 'www.instagram.com', 'ig.me'];
/**
 * Instagram usernames: 1 to 30 letters, digits, dots or underscores, with no dot at either end
 * and no two dots in a row. Written without lookbehind, which Safari supports only since 16.4.
 */
const INSTAGRAM_USERNAME = /^(?!.*\.\.)[A-Za-z0-9_](?:[A-Za-z0-9._]{0,28}[A-Za-z0-9_])?$/;
const EXPECTED =
  'expected an Instagram username of 1 to 30 letters, digits, dots or underscores, not starting or ending with a dot and without two dots in a row, or its instagram.com or ig.me link';

/** Returns the username in an `instagram.com/<name>` or `ig.me/m/<name>` link, or null. */
function usernameFromLink(host: string, segments: string[]): string | null {
  if (host === 'ig.me') {
    return segments.length === 2 && segments[0] === 'm' ? segments[1] : null;
  }
  return segments.length === 1 ? segments[0] : null;
}

/**
 * Instagram: the address is the professional account's username, and the `ig.me` link opens a
 * conversation with the reference as its `ref` parameter.
 */
export const instagramChannel: ChannelDefinition = {
  id: 'instagram',
  displayName: 'Instagram',

  parseAddress(input) {
    const parsed = readAddressInput(input, INSTAGRAM_HOSTS);
    let username: string | null;
    if (parsed === null) {
      username = null;
    } else if (parsed.kind === 'name') {
      username = parsed.name.startsWith('@') ? parsed.name.slice(1) : parsed.name;
    } else {
      username = parsed.query === null ? usernameFromLink(parsed.host, parsed.segments) : null;
    }
    return username !== null && INSTAGRAM_USERNAME.test(username)
      ? {ok: true, address: username}
      : {ok: false, expected: EXPECTED};
  },

  // NOTE: Meta documents only letters, digits, -, _ and = in the ref parameter of ig.me links.
  buildUrl({address, reference}) {
    assertNormalizedAddress('Instagram', address, INSTAGRAM_USERNAME);
    const url = new URL(`https://ig.me/m/${address}`);
    url.search = buildQuery([['ref', reference]]);
    return url;
  },
};
