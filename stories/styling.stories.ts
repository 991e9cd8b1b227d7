import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import {findOptin, getPart} from './interactions.js';
import {renderOptin, sampleAddresses, sampleSender, type OptinArgs} from './render.js';

/**
 * Styling from the page: CSS custom properties, `::part()` rules, a right-to-left page and the
 * dark theme.
 */
const meta = {
  title: 'messenger-optin/Styling',
  component: 'messenger-optin',
  tags: ['!autodocs'],
  render: (args) => renderOptin(args),
  args: {...sampleSender, ...sampleAddresses},
} satisfies Meta<OptinArgs>;

export default meta;
type Story = StoryObj<OptinArgs>;

/** Only the documented `--messenger-optin-*` custom properties, each editable in Controls. */
export const CustomProperties: Story = {
  args: {
    '--messenger-optin-font-family': 'Georgia, "Times New Roman", serif',
    '--messenger-optin-font-size': '18px',
    '--messenger-optin-text-color': '#3b2412',
    '--messenger-optin-background': '#fbf4ea',
    '--messenger-optin-border-color': '#8a5a2b',
    '--messenger-optin-border-radius': '0',
    '--messenger-optin-button-radius': '2em',
    '--messenger-optin-gap': '1.25em',
    '--messenger-optin-link-color': '#7a3e00',
    '--messenger-optin-focus-color': '#7a3e00',
    '--messenger-optin-panel-background': '#f3e6d3',
  },
};

// Rules a page could write for its own look. The label colours keep a contrast of at least
// 4.5:1 on the channel backgrounds.
const partStyles = html`
  <style>
    .styled-optin::part(container) {
      border-width: 2px;
      box-shadow: 0 0.25em 1em rgb(0 0 0 / 15%);
    }
    .styled-optin::part(heading) {
      font-variant: small-caps;
      letter-spacing: 0.04em;
    }
    .styled-optin::part(channel) {
      border-radius: 0.25em;
      text-transform: uppercase;
      font-size: 0.875em;
    }
    .styled-optin::part(notice) {
      font-style: italic;
    }
  </style>
`;

/** `::part()` rules from the page on the container, heading, channel links and notice. */
export const Parts: Story = {
  render: (args) => html`${partStyles}${renderOptin(args, {className: 'styled-optin'})}`,
};

/** Arabic on a right-to-left page: the layout mirrors, the brand icons do not. */
export const RightToLeft: Story = {
  globals: {locale: 'ar', direction: 'rtl'},
  play: async ({canvasElement}) => {
    const element = await findOptin(canvasElement);
    // The Arabic texts are a module loaded on first use. The container takes the locale once they arrive.
    await waitFor(() => expect(getPart(element, 'container')).toHaveAttribute('lang', 'ar'));
  },
};

/** The widget's dark theme on a page with a dark colour scheme. */
export const DarkTheme: Story = {
  args: {theme: 'dark'},
  globals: {theme: 'dark'},
};
