import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect} from 'storybook/test';
import {findOptin, queryPart} from './interactions.js';
import {renderOptin, sampleAddresses, sampleSender, type OptinArgs} from './render.js';

/**
 * The widget configured by attributes alone, without a backend: the channels, the languages,
 * long texts, and invalid values that the widget reports with a console warning.
 */
const meta = {
  title: 'messenger-optin/Configuration',
  component: 'messenger-optin',
  render: (args) => renderOptin(args),
  args: {...sampleSender},
} satisfies Meta<OptinArgs>;

export default meta;
type Story = StoryObj<OptinArgs>;

export const AllChannels: Story = {
  args: {...sampleAddresses},
};

export const WhatsAppOnly: Story = {
  args: {whatsapp: sampleAddresses.whatsapp},
};

export const MessengerOnly: Story = {
  args: {messenger: sampleAddresses.messenger},
};

export const TelegramOnly: Story = {
  args: {telegram: sampleAddresses.telegram},
};

export const InstagramOnly: Story = {
  args: {instagram: sampleAddresses.instagram},
};

/** The `channels` attribute picks configured channels and sets their order. */
export const ChannelOrder: Story = {
  args: {...sampleAddresses, channels: 'telegram whatsapp'},
};

/** English on the element itself, so the toolbar's locale does not change it. */
export const English: Story = {
  args: {...sampleAddresses, lang: 'en'},
};

/** German on the element itself, so the toolbar's locale does not change it. */
export const German: Story = {
  args: {
    ...sampleAddresses,
    lang: 'de',
    topic: 'neue Röstungen und Brühtipps, etwa zweimal im Monat',
  },
};

/** German inherited from the `lang` of the page around the widget. */
export const GermanFromPage: Story = {
  args: {
    ...sampleAddresses,
    topic: 'neue Röstungen und Brühtipps, etwa zweimal im Monat',
  },
  globals: {locale: 'de'},
};

/** A business name and a topic near their limits of 200 and 300 characters. */
export const LongBusinessNameAndTopic: Story = {
  args: {
    ...sampleAddresses,
    'business-name':
      'Kaffeerösterei Müller & Söhne – Spezialitätenkaffee aus eigener Trommelröstung seit 1923, ' +
      'mit Filialen in Hamburg, Bremen, Lübeck und Kiel',
    topic:
      'new single-origin roasts as soon as they leave the roaster, brewing guides for filter, ' +
      'espresso and cold brew, invitations to cupping evenings in our four shops, and the ' +
      'occasional discount code for subscribers, about twice a month and never more than weekly',
  },
};

/**
 * A national WhatsApp number without `default-country`: the WhatsApp link is left out and a
 * warning names the attribute. The other channels stay.
 */
export const InvalidPhoneNumber: Story = {
  args: {...sampleAddresses, whatsapp: '0171 1234567'},
  parameters: {expectedWarnings: ['whatsapp="0171 1234567" is invalid']},
  play: async ({canvasElement}) => {
    const element = await findOptin(canvasElement);
    await expect(queryPart(element, 'channel-whatsapp')).toBeNull();
    await expect(element.shadowRoot?.querySelectorAll('[part~="channel"]')).toHaveLength(3);
  },
};

/**
 * An `http:` privacy URL on a public host. The widget stays hidden, because the notice must link
 * to the privacy policy, and a warning names the attribute.
 */
export const InvalidPrivacyUrl: Story = {
  args: {...sampleAddresses, 'privacy-url': 'http://example.com/privacy'},
  parameters: {expectedWarnings: ['privacy-url="http://example.com/privacy" is invalid']},
  play: async ({canvasElement}) => {
    const element = await findOptin(canvasElement);
    await expect(queryPart(element, 'container')).toBeNull();
  },
};
