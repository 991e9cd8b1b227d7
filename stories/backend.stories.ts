import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, waitFor} from 'storybook/test';
import {MockBackend} from '../src/index.js';
import {findOptin, getPart, queryPart, stopChannelNavigation} from './interactions.js';
import {renderOptin, sampleSender, type OptinArgs} from './render.js';

/**
 * The widget with the in-memory `MockBackend` set as its `backend` property: loading, a backend
 * that is down, and an opt-in that the backend confirms.
 */
const meta = {
  title: 'messenger-optin/Backend',
  component: 'messenger-optin',
  tags: ['!autodocs'],
} satisfies Meta<OptinArgs>;

export default meta;
type Story = StoryObj<OptinArgs>;

// One day, so the configuration never arrives while the story is open. Timers cannot wait
// longer than 2^31 - 1 ms (about 24.8 days).
const NEVER_MS = 24 * 60 * 60 * 1000;

/**
 * The configuration is still loading: the box keeps its reserved height, so the page below it
 * does not move, and screen readers hear "Loading…".
 */
export const Loading: Story = {
  render: (args) => renderOptin(args, {backend: new MockBackend({latencyMs: NEVER_MS})}),
  play: async ({canvasElement}) => {
    const element = await findOptin(canvasElement);
    await expect(getPart(element, 'container')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The configuration comes from the backend. The element has no attributes. */
export const ConfigFromBackend: Story = {
  render: (args) => renderOptin(args, {backend: new MockBackend()}),
  play: async ({canvasElement}) => {
    const element = await findOptin(canvasElement);
    await waitFor(() => expect(element.shadowRoot?.querySelectorAll('[part~="channel"]')).toHaveLength(4));
  },
};

/**
 * Loading the configuration fails with HTTP 404, so the widget warns and falls back to its
 * attributes: WhatsApp and Telegram here.
 */
export const BackendDownWithFallback: Story = {
  args: {
    ...sampleSender,
    whatsapp: '+49 171 1234567',
    telegram: 'ExampleCoffeeBot',
  },
  render: (args) => renderOptin(args, {backend: new MockBackend({config: null})}),
  parameters: {expectedWarnings: ['loading the configuration failed']},
  play: async ({canvasElement}) => {
    const element = await findOptin(canvasElement);
    await waitFor(() => expect(element.shadowRoot?.querySelectorAll('[part~="channel"]')).toHaveLength(2));
  },
};

/**
 * Loading the configuration fails and no attributes are set, so nothing is shown. The console
 * names the failure and each missing attribute.
 */
export const BackendDownWithoutAttributes: Story = {
  render: (args) => renderOptin(args, {backend: new MockBackend({config: null})}),
  parameters: {
    expectedWarnings: [
      'loading the configuration failed',
      'business-name is missing',
      'privacy-url is missing',
      'whatsapp, messenger, telegram, instagram is missing',
    ],
  },
  play: async ({canvasElement}) => {
    const element = await findOptin(canvasElement);
    await waitFor(() => expect(queryPart(element, 'container')).toBeNull());
  },
};

/**
 * A click on WhatsApp records the intent, and the backend confirms it at once, as if the
 * visitor's "Start" message had arrived. The confirmation shows after the first status check,
 * about 2 s later. The link does not open, so the story stays on the page. `desktop="link"`
 * makes the click follow the link on a computer too, where it would show a QR code.
 */
export const IntentConfirmed: Story = {
  args: {desktop: 'link'},
  render: (args) => renderOptin(args, {backend: new MockBackend({confirmAfterMs: 0})}),
  beforeEach: () => stopChannelNavigation(),
  play: async ({canvasElement, userEvent}) => {
    const element = await findOptin(canvasElement);
    await waitFor(() => expect(queryPart(element, 'channel-whatsapp')).not.toBeNull());

    await userEvent.click(getPart(element, 'channel-whatsapp'));

    await waitFor(() => expect(getPart(element, 'status')).toHaveTextContent('WhatsApp'), {timeout: 10_000});
  },
};
