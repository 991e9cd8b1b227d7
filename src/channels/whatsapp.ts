import {normalizePhoneNumber} from '../phone.js';
import {assertNormalizedAddress} from './address.js';
import {buildQuery} from './encode.js';
import type {ChannelDefinition} from './types.js';

/** E.164 digits without `+`, as `normalizePhoneNumber` returns them. */
const WHATSAPP_ADDRESS = /^[1-9]\d{7,14}$/;

/**
 * WhatsApp: the address is the business's phone number, and the `wa.me` link prefills the
 * keyword as the visitor's first message.
 */
export const whatsappChannel: ChannelDefinition = {
  id: 'whatsapp',
  displayName: 'WhatsApp',

  parseAddress(input, options) {
    const result = normalizePhoneNumber(input, options?.defaultCountry);
    return result.ok ? {ok: true, address: result.digits} : result;
  },

  buildUrl({address, keyword}) {
    assertNormalizedAddress('WhatsApp', address, WHATSAPP_ADDRESS);
    const url = new URL(`https://wa.me/${address}`);
    url.search = buildQuery([['text', keyword]]);
    return url;
  },
};
