import {assertNormalizedAddress, readAddressInput} from './address.js';
import {buildQuery} from './encode.js';
import type {ChannelDefinition} from './types.js';

const TELEGRAM_HOSTS = ['t.me', 'telegram.me'];
/** Telegram usernames: 5 to 32 letters, digits or underscores, starting with a letter. */
const TELEGRAM_USERNAME = /^[A-Za-z][A-Za-z0-9_]{4,31}$/;
const EXPECTED =
  'expected a Telegram bot username of 5 to 32 letters, digits or underscores starting with a letter, or its t.me link';

/**
 * Telegram: the address is the bot's username, and the `t.me` link opens the bot with the
 * reference as its start parameter, which the bot receives as `/start <reference>`.
 */
export const telegramChannel: ChannelDefinition = {
  id: 'telegram',
  displayName: 'Telegram',

  parseAddress(input) {
    const parsed = readAddressInput(input, TELEGRAM_HOSTS);
    let username: string;
    if (parsed === null) {
      return {ok: false, expected: EXPECTED};
    } else if (parsed.kind === 'name') {
      username = parsed.name.startsWith('@') ? parsed.name.slice(1) : parsed.name;
    } else if (parsed.query === null && parsed.segments.length === 1) {
      username = parsed.segments[0];
    } else {
      return {ok: false, expected: EXPECTED};
    }
    return TELEGRAM_USERNAME.test(username) ? {ok: true, address: username} : {ok: false, expected: EXPECTED};
  },

  // NOTE: Telegram passes the start parameter to the bot only if it is 1 to 64 characters of
  // A-Z, a-z, 0-9, _ and -. Any other reference is still encoded, but the bot gets a bare /start.
  buildUrl({address, reference}) {
    assertNormalizedAddress('Telegram', address, TELEGRAM_USERNAME);
    const url = new URL(`https://t.me/${address}`);
    url.search = buildQuery([['start', reference]]);
    return url;
  },
};
