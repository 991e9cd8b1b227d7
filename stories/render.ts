// Renders <messenger-optin> from story args, as a page author writes it in HTML.
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {styleMap} from 'lit/directives/style-map.js';
import {MockBackend, type OptinBackend} from '../src/index.js';

type EventListenerArg = ((event: Event) => void) | undefined;

/**
 * Story args. Attributes keep their HTML names, because Storybook takes the arg types from the
 * manifest's attribute list. `privacy` is the text of the `privacy` slot, and `--…` keys are
 * CSS custom properties set on the element. The `on…` listeners are the actions that Storybook
 * creates for the events in the manifest.
 */
export interface OptinArgs {
  whatsapp?: string;
  messenger?: string;
  telegram?: string;
  instagram?: string;
  channels?: string;
  keyword?: string;
  'stop-keyword'?: string;
  'business-name'?: string;
  topic?: string;
  'privacy-url'?: string;
  'default-country'?: string;
  layout?: string;
  variant?: string;
  theme?: string;
  desktop?: string;
  'heading-level'?: number;
  'widget-id'?: string;
  'backend-url'?: string;
  lang?: string;
  privacy?: string;
  [customProperty: `--${string}`]: string | undefined;
  onOptinStart?: EventListenerArg;
  onOptinPrivacyToggle?: EventListenerArg;
  onOptinRecorded?: EventListenerArg;
  onOptinConfirmed?: EventListenerArg;
  onOptinError?: EventListenerArg;
}

/** Additions to the element that are not args. */
export interface RenderOptions {
  /** Set as the `backend` property, which has no attribute. */
  backend?: OptinBackend;
  /** Light-DOM content for the `privacy` slot. It replaces the `privacy` arg. */
  privacySlot?: TemplateResult;
  /** Class on the element, for `::part()` rules in the story. */
  className?: string;
}

const demo = MockBackend.demoConfig;
const demoAddress = (type: string) => demo.channels.find((channel) => channel.type === type)?.address;

/** Fictitious addresses of the four channels, the same as `MockBackend.demoConfig` uses. */
export const sampleAddresses = {
  whatsapp: demoAddress('whatsapp'),
  messenger: demoAddress('messenger'),
  telegram: demoAddress('telegram'),
  instagram: demoAddress('instagram'),
} satisfies OptinArgs;

/**
 * Sender, topic and privacy policy of `MockBackend.demoConfig`. Stories without a backend need
 * `business-name` and `privacy-url`, because the element warns when either is missing.
 */
export const sampleSender = {
  'business-name': demo.businessName,
  topic: demo.topic,
  'privacy-url': demo.privacyUrl,
} satisfies OptinArgs;

/** Returns the custom properties among `args`, ready for `styleMap`. */
function customProperties(args: OptinArgs): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    if (name.startsWith('--') && typeof value === 'string' && value !== '') {
      properties[name] = value;
    }
  }
  return properties;
}

/** Renders one <messenger-optin> with the attributes, slot text and listeners in `args`. */
export function renderOptin(args: OptinArgs, options: RenderOptions = {}): TemplateResult {
  const privacySlot = options.privacySlot ??
    (args.privacy ? html`<p slot="privacy">${args.privacy}</p>` : nothing);
  return html`
    <messenger-optin
      class=${ifDefined(options.className)}
      style=${styleMap(customProperties(args))}
      whatsapp=${ifDefined(args.whatsapp)}
      messenger=${ifDefined(args.messenger)}
      telegram=${ifDefined(args.telegram)}
      instagram=${ifDefined(args.instagram)}
      channels=${ifDefined(args.channels)}
      keyword=${ifDefined(args.keyword)}
      stop-keyword=${ifDefined(args['stop-keyword'])}
      business-name=${ifDefined(args['business-name'])}
      topic=${ifDefined(args.topic)}
      privacy-url=${ifDefined(args['privacy-url'])}
      default-country=${ifDefined(args['default-country'])}
      layout=${ifDefined(args.layout)}
      variant=${ifDefined(args.variant)}
      theme=${ifDefined(args.theme)}
      desktop=${ifDefined(args.desktop)}
      heading-level=${ifDefined(args['heading-level'])}
      widget-id=${ifDefined(args['widget-id'])}
      backend-url=${ifDefined(args['backend-url'])}
      lang=${ifDefined(args.lang)}
      .backend=${options.backend}
      @optin-start=${args.onOptinStart}
      @optin-privacy-toggle=${args.onOptinPrivacyToggle}
      @optin-recorded=${args.onOptinRecorded}
      @optin-confirmed=${args.onOptinConfirmed}
      @optin-error=${args.onOptinError}
    >${privacySlot}</messenger-optin>
  `;
}
