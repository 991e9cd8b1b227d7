import {assertNormalizedAddress, readAddressInput} from './address.js';
import {buildQuery} from './encode.js';
import type {ChannelDefinition} from './types.js';

const MESSENGER_HOSTS = ['m.me', 'facebook.com', 'www.facebook.com', 'm.facebook.com', 'web.facebook.com'];

/**
 * Facebook usernames and numeric page IDs: 5 to 50 letters, digits or dots, with no dot at
 * either end and no two dots in a row.
 */
const FACEBOOK_USERNAME = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9.]{3,48}[A-Za-z0-9]$/;
/**
 * Facebook does not allow `.com` or `.net` in usernames. Rejecting them as dot-separated parts
 * catches a pasted domain name such as `facebook.com`.
 */
const DOMAIN_PART = /\.(?:com|net)(?:\.|$)/i;
const PROFILE_PAGE = 'profile.php';
/** Numeric page ID from `profile.php?id=`. Facebook IDs fit in 64 bits, so at most 20 digits. */
const PROFILE_QUERY = /^id=(\d{5,20})$/;

const EXPECTED =
  'expected a Facebook page username of 5 to 50 letters, digits or dots, its numeric page ID, or its m.me or facebook.com link';

function isPageName(name: string): boolean {
  return FACEBOOK_USERNAME.test(name) && !DOMAIN_PART.test(name) && name.toLowerCase() !== PROFILE_PAGE;
}

/**
 * Facebook Messenger: the address is the page's username or numeric ID, and the `m.me` link
 * carries the reference and the prefilled keyword.
 */
export const messengerChannel: ChannelDefinition = {
  id: 'messenger',
  displayName: 'Messenger',

  parseAddress(input) {
    const parsed = readAddressInput(input, MESSENGER_HOSTS);
    let name: string;
    if (parsed === null) {
      return {ok: false, expected: EXPECTED};
    } else if (parsed.kind === 'name') {
      name = parsed.name;
    } else if (parsed.segments.length !== 1) {
      return {ok: false, expected: EXPECTED};
    } else if (parsed.segments[0].toLowerCase() === PROFILE_PAGE) {
      const match = parsed.host === 'm.me' ? null : PROFILE_QUERY.exec(parsed.query ?? '');
      return match ? {ok: true, address: match[1]} : {ok: false, expected: EXPECTED};
    } else if (parsed.query === null) {
      name = parsed.segments[0];
    } else {
      return {ok: false, expected: EXPECTED};
    }
    return isPageName(name) ? {ok: true, address: name} : {ok: false, expected: EXPECTED};
  },

  buildUrl({address, keyword, reference}) {
    assertNormalizedAddress('Messenger', address, FACEBOOK_USERNAME);
    const url = new URL(`https://m.me/${address}`);
    url.search = buildQuery([
      ['ref', reference],
      ['text', keyword],
    ]);
    return url;
  },
};
