import {html, type TemplateResult} from 'lit';
import {siInstagram, siMessenger, siTelegram, siWhatsapp} from 'simple-icons';
import type {ChannelId} from './channels/types.js';

// Brand marks from the simple-icons package (CC0-1.0), bundled so no icon is loaded from a
// third-party server. Each is a single path on a 24 by 24 grid.
const iconData: Record<ChannelId, {path: string}> = {
  whatsapp: siWhatsapp,
  messenger: siMessenger,
  telegram: siTelegram,
  instagram: siInstagram,
};

/** Renders a channel's brand icon; it is decorative because the label names the channel. */
export function channelIcon(channel: ChannelId): TemplateResult {
  return html`<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="currentColor" d=${iconData[channel].path}></path></svg>`;
}
