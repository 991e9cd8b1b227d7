import {instagramChannel} from './instagram.js';
import {messengerChannel} from './messenger.js';
import {telegramChannel} from './telegram.js';
import type {ChannelDefinition, ChannelId} from './types.js';
import {whatsappChannel} from './whatsapp.js';

export {encodeQueryValue, toWellFormedString} from './encode.js';

/** Address parsing and deep-link building for each supported messenger. */
export const channelDefinitions: Record<ChannelId, ChannelDefinition> = {
  whatsapp: whatsappChannel,
  messenger: messengerChannel,
  telegram: telegramChannel,
  instagram: instagramChannel,
};
