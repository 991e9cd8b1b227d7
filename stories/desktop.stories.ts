import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, waitFor} from 'storybook/test';
import {MessengerOptin} from '../src/index.js';
import {findOptin, getPart, queryPart} from './interactions.js';
import {renderOptin, sampleAddresses, sampleSender, type OptinArgs} from './render.js';

/**
 * The QR code of the chosen link, which a visitor on a computer gets in place of the link, for
 * the phone. The stories treat every browser as a computer, whatever its pointer, by setting
 * `MessengerOptin.desktopMediaQuery` for their duration.
 */
const meta = {
  title: 'messenger-optin/Desktop QR code',
  component: 'messenger-optin',
  render: (args) => renderOptin(args),
  args: {...sampleSender, ...sampleAddresses},
  beforeEach: () => {
    const original = MessengerOptin.desktopMediaQuery;
    MessengerOptin.desktopMediaQuery = 'all';
    return () => {
      MessengerOptin.desktopMediaQuery = original;
    };
  },
} satisfies Meta<OptinArgs>;

export default meta;
type Story = StoryObj<OptinArgs>;

/** The element's private static members that load the QR encoder, replaced by one story. */
interface QrEncoderHooks {
  importQrEncoder: () => Promise<unknown>;
  qrEncoder: unknown;
  qrEncoderLoad: unknown;
}

async function openQrCode(canvasElement: HTMLElement, channel: string) {
  const element = await findOptin(canvasElement);
  getPart(element, `channel-${channel}`).click();
  // The QR encoder is a module of its own, loaded on the first choice.
  await waitFor(() => expect(queryPart(element, 'qr')).not.toBeNull());
  return element;
}

/** The QR panel for WhatsApp, with the link to open WhatsApp on the computer instead. */
export const WhatsAppQrCode: Story = {
  play: async ({canvasElement}) => {
    const element = await openQrCode(canvasElement, 'whatsapp');
    await expect(queryPart(element, 'qr')).not.toBeNull();
    await expect(queryPart(element, 'qr-link')).not.toBeNull();
  },
};

/** Instagram has no web client, so its panel offers no link for the computer. */
export const InstagramQrCode: Story = {
  play: async ({canvasElement}) => {
    const element = await openQrCode(canvasElement, 'instagram');
    await expect(queryPart(element, 'qr')).not.toBeNull();
    await expect(queryPart(element, 'qr-link')).toBeNull();
  },
};

/** The QR code stays dark on light in the dark theme, because scanners expect that. */
export const QrCodeInDarkTheme: Story = {
  args: {theme: 'dark'},
  play: async ({canvasElement}) => {
    const element = await openQrCode(canvasElement, 'telegram');
    await expect(queryPart(element, 'qr')).not.toBeNull();
  },
};

/** The QR panel in German. */
export const QrCodeInGerman: Story = {
  args: {lang: 'de'},
  play: async ({canvasElement}) => {
    const element = await openQrCode(canvasElement, 'messenger');
    await expect(queryPart(element, 'qr')).not.toBeNull();
  },
};

/** The "Save our WhatsApp number as a contact" link, which downloads a vCard made in the page. */
export const SaveContact: Story = {
  args: {channels: 'whatsapp'},
  play: async ({canvasElement}) => {
    const element = await findOptin(canvasElement);
    const link = getPart(element, 'save-contact') as HTMLAnchorElement;
    await expect(link.getAttribute('download')).toBe('Example-Coffee-Roasters.vcf');
    await expect(link.href.startsWith('data:text/vcard')).toBe(true);
  },
};

/** The QR encoder's chunk could not be loaded, so the panel offers the link on this computer, for Instagram too. */
export const QrCodeUnavailable: Story = {
  parameters: {expectedWarnings: ['loading the QR code module failed']},
  beforeEach: () => {
    // The stories share one page, so the encoder that an earlier story loaded is set aside.
    const optin = MessengerOptin as unknown as QrEncoderHooks;
    const saved = {importQrEncoder: optin.importQrEncoder, qrEncoder: optin.qrEncoder, qrEncoderLoad: optin.qrEncoderLoad};
    optin.importQrEncoder = () => Promise.reject(new Error('the chunks folder was not uploaded'));
    optin.qrEncoder = undefined;
    optin.qrEncoderLoad = undefined;
    return () => {
      Object.assign(optin, saved);
    };
  },
  play: async ({canvasElement}) => {
    const element = await findOptin(canvasElement);
    getPart(element, 'channel-instagram').click();
    await waitFor(() => expect(queryPart(element, 'qr-link')).not.toBeNull());
    await expect(queryPart(element, 'qr')).toBeNull();
  },
};
