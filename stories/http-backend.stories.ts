import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {mswLoader} from 'msw-storybook-addon/csf3';
import {expect, waitFor} from 'storybook/test';
import {FAKE_API_BASE, FakeOptinServer} from '../test/msw/handlers.js';
import {findOptin, getPart, queryPart, stopChannelNavigation} from './interactions.js';
import {renderOptin, type OptinArgs} from './render.js';

/**
 * The real `HttpBackend`, created from `backend-url`, against the fake HTTP API of the tests.
 * msw's service worker responds to the requests in the browser, so none reaches a server.
 * Browsers allow service workers only in secure contexts (https:, localhost, 127.0.0.1), so
 * these stories fail when Storybook is opened by another http: address.
 */
const meta = {
  title: 'messenger-optin/HTTP backend',
  component: 'messenger-optin',
  tags: ['!autodocs'],
  // Starts msw's service worker once per preview and puts it on the story context as `msw`.
  loaders: [mswLoader()],
  render: (args) => renderOptin(args),
  args: {'backend-url': FAKE_API_BASE, 'widget-id': 'storybook'},
} satisfies Meta<OptinArgs>;

export default meta;
type Story = StoryObj<OptinArgs>;

// The fake API of the story on screen, for play functions that drive it. Storybook renders one
// story at a time in a preview.
let server = new FakeOptinServer();

/** Returns a `beforeEach` that serves a new fake API, changed by `configure`, to the story. */
function serveFakeApi(configure: (server: FakeOptinServer) => void = () => {}) {
  return ({msw}: StoryContext<OptinArgs>) => {
    server = new FakeOptinServer();
    configure(server);
    msw.use(...server.handlers);
  };
}

/** The configuration arrives from `GET …/widgets/storybook/config`. */
export const ConfigFromApi: Story = {
  beforeEach: serveFakeApi(),
  play: async ({canvasElement}) => {
    const element = await findOptin(canvasElement);
    await waitFor(() => expect(element.shadowRoot?.querySelectorAll('[part~="channel"]')).toHaveLength(4));
  },
};

/** Every response takes 1.5 s, so the loading state shows before the channels. */
export const SlowApi: Story = {
  beforeEach: serveFakeApi((fake) => {
    fake.latencyMs = 1500;
  }),
  play: async ({canvasElement}) => {
    const element = await findOptin(canvasElement);
    await waitFor(() => expect(queryPart(element, 'channel')).not.toBeNull(), {timeout: 5000});
  },
};

/**
 * A click on Telegram posts the intent. The fake API then marks the reference confirmed, and
 * the widget's next status check shows the confirmation. The link does not open, and
 * `desktop="link"` makes the click follow the link rather than show a QR code on a computer.
 */
export const IntentConfirmed: Story = {
  args: {desktop: 'link'},
  beforeEach: (context) => {
    serveFakeApi()(context);
    return stopChannelNavigation();
  },
  play: async ({canvasElement, userEvent}) => {
    const element = await findOptin(canvasElement);
    await waitFor(() => expect(queryPart(element, 'channel-telegram')).not.toBeNull());

    await userEvent.click(getPart(element, 'channel-telegram'));
    await waitFor(() => expect(server.intents.size).toBe(1));
    server.confirm(element.reference);

    await waitFor(() => expect(getPart(element, 'status')).toHaveTextContent('Telegram'), {timeout: 10_000});
  },
};
