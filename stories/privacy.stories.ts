import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import {findOptin, getPart} from './interactions.js';
import {renderOptin, sampleAddresses, sampleSender, type OptinArgs} from './render.js';

/** The privacy panel behind the "?" button, with the built-in text and with the site's own. */
const meta = {
  title: 'messenger-optin/Privacy panel',
  component: 'messenger-optin',
  tags: ['!autodocs'],
  render: (args) => renderOptin(args),
  args: {...sampleSender, ...sampleAddresses},
  play: async ({canvasElement, userEvent}) => {
    const element = await findOptin(canvasElement);
    const toggle = getPart(element, 'privacy-toggle');

    await userEvent.click(toggle);

    await waitFor(() => expect(getPart(element, 'privacy-panel')).not.toHaveAttribute('hidden'));
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  },
} satisfies Meta<OptinArgs>;

export default meta;
type Story = StoryObj<OptinArgs>;

/** The built-in privacy text, opened by a click on "?". */
export const Open: Story = {};

/** The `privacy` slot replaces the built-in text with the site owner's own. */
export const CustomText: Story = {
  render: (args) => renderOptin(args, {
    privacySlot: html`
      <div slot="privacy">
        <p>
          Example Coffee Roasters GmbH, Hafenstraße 1, 20457 Hamburg, sends this newsletter and is
          responsible for your data.
        </p>
        <p>
          We keep your messenger ID until you unsubscribe, and delete it within 30 days after.
          Questions: privacy@example.com.
        </p>
        <p><a href="https://example.com/privacy#newsletter">Newsletter section of our privacy policy</a></p>
      </div>
    `,
  }),
  play: async (context) => {
    await meta.play(context);
    const slotted = context.canvasElement.querySelector('[slot="privacy"]');
    await expect(slotted?.assignedSlot).not.toBeNull();
  },
};
