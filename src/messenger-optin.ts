import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {MsgFn} from '@lit/localize';
import type {OptinBackend, UiAction, WidgetConfig} from './backend/types.js';
import {channelDefinitions} from './channels/index.js';
import type {ChannelId} from './channels/types.js';
import {
  BACKEND_FIELD_NAMES,
  rawConfigFromBackend,
  resolveConfig,
  toText,
  type ConfigProblem,
  type RawConfig,
  type ResolvedConfig,
} from './config.js';
import {DESKTOP_MEDIA_QUERY, matchesMedia} from './device.js';
import {createOptinEvent, type OptinErrorDetail, type OptinStartVia} from './events.js';
import {channelIcon} from './icons.js';
import {observeLanguageChanges} from './language-observer.js';
import {
  createTranslator,
  findLanguage,
  isLocaleLoaded,
  loadLocale,
  localeDirection,
  matchLocale,
  SOURCE_LOCALE,
} from './localization.js';
import * as messages from './messages.js';
import {
  checkOption,
  DESKTOP_MODES,
  LAYOUTS,
  THEMES,
  VARIANTS,
  type DesktopMode,
  type Layout,
  type Theme,
  type Variant,
} from './options.js';
import {createReference} from './reference.js';
import type {StatusPoller} from './status-poller.js';
import {styles} from './styles.js';
import {createVCard, vCardDataUrl, vCardFileName} from './vcard.js';
import {VERSION} from './version.js';

/** The module with everything the element does with a backend, loaded on first need. */
type BackendConnection = typeof import('./backend/connection.js');

/** The QR encoder, a module loaded only on computers, where the QR panel can show. */
type QrModule = typeof import('./qr.js');

/** Time after which a QR encoder that has not arrived counts as failed, in ms. */
const QR_LOAD_TIMEOUT_MS = 10_000;

/** The fix named in every message about a chunk that failed to load. */
const CHUNK_HINT = 'With the script-tag bundle, check that the chunks folder of the same build is next to ' +
  'the script file, whatever its name.';

/** Returns an error's message without a final full stop, to be followed by another sentence. */
function errorText(error: unknown): string {
  return String((error as Error)?.message ?? error).replace(/\.$/, '');
}

/** Source of the widget's configuration, and the progress of loading it from a backend. */
type ConfigState = 'attributes' | 'loading' | 'backend' | 'fallback';

/** Presentation attributes after validation, with the problems of invalid ones. */
interface Presentation {
  headingLevel: number;
  layout: Layout;
  variant: Variant;
  theme: Theme;
  desktop: DesktopMode;
  problems: ConfigProblem[];
}

/** A channel ready to render: its final deep link is known before any click. */
interface ChannelLink {
  id: ChannelId;
  displayName: string;
  url: string;
}

/**
 * A messenger newsletter sign-up by double opt-in. Each configured channel is a link that opens
 * the messenger with the start keyword prefilled; only the message the visitor then sends
 * subscribes them. A notice beside the links and a privacy panel behind "?" tell the visitor who
 * sends what and how to unsubscribe.
 *
 * @summary Double opt-in newsletter sign-up over WhatsApp, Messenger, Telegram and Instagram.
 *
 * @slot privacy - Replaces the body of the privacy panel with the site owner's own text.
 *
 * @fires optin-start - A channel link was activated, before navigation or before the QR code shows. Cancelable: `preventDefault()` stops both and the intent recording. Detail: `OptinStartDetail` `{channel, url, reference, via}`, `via` being `link` or `qr`.
 * @fires optin-privacy-toggle - The privacy panel opened or closed. Detail: `OptinPrivacyToggleDetail` `{open}`.
 * @fires optin-recorded - The backend accepted the opt-in intent of an activation. Detail: `OptinRecordedDetail` `{channel, reference, intentId}`.
 * @fires optin-confirmed - The backend reports that the visitor's start message arrived, so the subscription is confirmed. Detail: `OptinConfirmedDetail` `{channel, reference}`, where `channel` is the one activated last in this widget.
 * @fires optin-error - A configuration value is invalid or the configuration failed to load (phase `config`), an intent could not be recorded (phase `record`), or status checks kept failing until they gave up (phase `status`). Detail: `OptinErrorDetail` `{phase, message, attribute?, value?, channel?, cause?}`.
 *
 * @csspart container - The box around the whole widget.
 * @csspart heading - The heading.
 * @csspart channels - The list of channel links.
 * @csspart channel - Each channel link.
 * @csspart channel-whatsapp - The WhatsApp link.
 * @csspart channel-messenger - The Messenger link.
 * @csspart channel-telegram - The Telegram link.
 * @csspart channel-instagram - The Instagram link.
 * @csspart channel-icon - The brand icon inside each channel link.
 * @csspart channel-label - The text label inside each channel link.
 * @csspart notice - The consent notice shown before any click.
 * @csspart privacy-link - The privacy policy link in the notice.
 * @csspart privacy-toggle - The "?" button that opens and closes the privacy panel.
 * @csspart privacy-panel - The privacy panel.
 * @csspart privacy-close - The close button inside the privacy panel.
 * @csspart status - The live region that announces a confirmed subscription.
 * @csspart save-contact - The link that downloads the WhatsApp contact card (vCard).
 * @csspart qr-panel - The panel with the QR code, shown on computers after a channel is chosen.
 * @csspart qr - The QR code image (SVG).
 * @csspart qr-link - The link in the QR panel that opens the messenger on the computer instead.
 * @csspart qr-close - The close button of the QR panel.
 *
 * @cssprop [--messenger-optin-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font family.
 * @cssprop [--messenger-optin-font-size=16px] - Base font size; every size in the widget is relative to it.
 * @cssprop [--messenger-optin-text-color=#1f2328] - Text colour (dark theme: #e6edf3).
 * @cssprop [--messenger-optin-background=#ffffff] - Background of the box (dark theme: #0d1117).
 * @cssprop [--messenger-optin-border-color=#d0d7de] - Border colour of the box (dark theme: #3d444d).
 * @cssprop [--messenger-optin-accent=#0550ae] - Accent colour: background of the channel links in the `mono` variant, and the focus ring (dark theme: #4493f8).
 * @cssprop [--messenger-optin-button-height=2.75em] - Minimum height of the channel links; also the width of icon-only links.
 * @cssprop [--messenger-optin-z-index=auto] - `z-index` of the element, for pages with overlapping layers.
 * @cssprop [--messenger-optin-border-radius=0.75em] - Corner radius of the box.
 * @cssprop [--messenger-optin-button-radius=0.5em] - Corner radius of the channel links.
 * @cssprop [--messenger-optin-gap=0.75em] - Space between the heading, links and notice.
 * @cssprop [--messenger-optin-link-color=#0550ae] - Colour of text links (dark theme: #4493f8).
 * @cssprop [--messenger-optin-focus-color=#0550ae] - Colour of the focus ring; defaults to the accent colour.
 * @cssprop [--messenger-optin-panel-background=#f6f8fa] - Background of the privacy and QR panels (dark theme: #161b22).
 * @cssprop [--messenger-optin-min-block-size=15em] - Height reserved while a backend's configuration loads without complete attributes, and kept afterwards; set it to the widget's real height on the page so content below does not move.
 * @cssprop [--messenger-optin-whatsapp-color=#25D366] - Background of the WhatsApp link.
 * @cssprop [--messenger-optin-messenger-color=#0866FF] - Background of the Messenger link.
 * @cssprop [--messenger-optin-telegram-color=#26A5E4] - Background of the Telegram link.
 * @cssprop [--messenger-optin-instagram-color=#FF0069] - Background of the Instagram link.
 * @cssprop [--messenger-optin-whatsapp-text-color=#0b3d1f] - Label colour on the WhatsApp link; change it with the background to keep a contrast of 4.5:1.
 * @cssprop [--messenger-optin-messenger-text-color=#ffffff] - Label colour on the Messenger link.
 * @cssprop [--messenger-optin-telegram-text-color=#06283a] - Label colour on the Telegram link.
 * @cssprop [--messenger-optin-instagram-text-color=#2b000f] - Label colour on the Instagram link.
 */
export class MessengerOptin extends LitElement {
  static override styles = styles;

  // Reactive properties and internal state; the public ones are documented at their declarations.
  static override properties = {
    whatsapp: {},
    messenger: {},
    telegram: {},
    instagram: {},
    channels: {},
    keyword: {},
    stopKeyword: {attribute: 'stop-keyword'},
    businessName: {attribute: 'business-name'},
    topic: {},
    privacyUrl: {attribute: 'privacy-url'},
    defaultCountry: {attribute: 'default-country'},
    layout: {},
    variant: {},
    theme: {},
    desktop: {},
    headingLevel: {attribute: 'heading-level'},
    widgetId: {attribute: 'widget-id'},
    backendUrl: {attribute: 'backend-url'},
    backend: {attribute: false},
    panelOpen: {state: true, attribute: false},
    locale: {state: true, attribute: false},
    configState: {state: true, attribute: false},
    backendConfig: {state: true, attribute: false},
    confirmedChannel: {state: true, attribute: false},
    qrLink: {state: true, attribute: false},
    qrLoadFailed: {state: true, attribute: false},
  };

  /** The package version. */
  static readonly version = VERSION;

  /**
   * Media query that decides whether the visitor is on a computer, where `desktop="qr"` shows a
   * QR code instead of opening the link. Set it before the first click to change the detection
   * for every widget, e.g. to `not all` to always open links.
   */
  static desktopMediaQuery = DESKTOP_MEDIA_QUERY;

  /** Imports the QR encoder module; tests and stories replace it to simulate a failed load. */
  private static importQrEncoder = (): Promise<QrModule> => import('./qr.js');

  /** The QR encoder once loaded, and the load in progress; one module serves every element. */
  private static qrEncoder?: QrModule;
  private static qrEncoderLoad?: Promise<QrModule>;

  /** WhatsApp business phone number in international writing, e.g. `+49 171 1234567`. */
  whatsapp?: string;

  /** Facebook page username or numeric id, or its `m.me` / `facebook.com` link. */
  messenger?: string;

  /** Telegram bot username, with or without `@`, or its `t.me` link. */
  telegram?: string;

  /** Instagram username, with or without `@`, or its `instagram.com` / `ig.me` link. */
  instagram?: string;

  /** Configured channels to show, in display order, e.g. `telegram whatsapp`. */
  channels?: string;

  /** Start message prefilled in the messenger. */
  keyword?: string;

  /** Word that unsubscribes, named in the notice. */
  stopKeyword?: string;

  /** Name of the sender of the news, shown in the notice and the privacy panel. */
  businessName?: string;

  /** Description of what subscribers receive, e.g. "product news, about twice a month". */
  topic?: string;

  /** URL of the full privacy policy: `https:`, or `http:` on localhost. */
  privacyUrl?: string;

  /** ISO 3166 alpha-2 country for phone numbers written without country code, e.g. `DE`. */
  defaultCountry?: string;

  /** Arrangement of the channel links: `buttons` (a wrapping row), `list` (stacked) or `icons` (icons only). */
  layout: Layout = 'buttons';

  /** Look of the channel links: `brand` (messenger colours), `outline` or `mono` (the accent colour). */
  variant: Variant = 'brand';

  /** Colour theme: `auto` (follows `prefers-color-scheme`), `light` or `dark`. */
  theme: Theme = 'auto';

  /**
   * Behaviour on a computer (fine pointer with hover, no touch screen). `qr` shows a QR code of
   * the deep link for the phone, with a link to open the messenger on the computer instead.
   * `link` opens the link directly. Instagram has no web client, so it always shows the QR code on a computer.
   */
  desktop: DesktopMode = 'qr';

  /** Level of the heading for the page outline, 1 to 6. */
  headingLevel: number | string = 2;

  /** Widget id sent to the backend; selects the configuration on the server. */
  widgetId = 'default';

  /** Base URL of a backend that speaks the documented HTTP contract; creates an `HttpBackend`. */
  backendUrl?: string;

  /** Backend client; takes precedence over `backend-url`. Without either, attributes are the whole configuration. */
  backend?: OptinBackend;

  /** Opaque token in every deep link of this element; new for each element, and read-only. */
  get reference(): string {
    return this.linkReference;
  }

  private panelOpen = false;
  private locale = SOURCE_LOCALE;
  private configState: ConfigState = 'attributes';
  private backendConfig: WidgetConfig | null = null;
  private confirmedChannel: ChannelId | null = null;
  private qrLink: ChannelLink | null = null;
  private qrLoadFailed = false;

  private readonly linkReference = createReference();
  private translator: MsgFn = createTranslator(SOURCE_LOCALE);
  private requestedLocale = SOURCE_LOCALE;
  private resolved!: ResolvedConfig;
  private presentation!: Presentation;
  private reportedProblems = new Set<string>();
  private stopObservingLanguage?: () => void;
  private configAbort?: AbortController;
  private httpBackend?: {url: string; backend: Promise<OptinBackend | null>};
  private configLoadPending = false;
  private backendConnection?: Promise<BackendConnection>;
  private statusPoller?: StatusPoller;
  private privacyBodyShown = false;
  private qrPreloadScheduled = false;
  /** The QR encoder load that this element has a timeout running for. */
  private qrLoadWatched?: Promise<QrModule>;

  static override get observedAttributes(): string[] {
    // `lang` is HTMLElement's own property, so it is observed here rather than declared.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    super.attributeChangedCallback(name, oldValue, newValue);
    if (name === 'lang') {
      this.updateLocale();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateLocale();
    this.stopObservingLanguage = observeLanguageChanges(this, () => this.updateLocale());
    this.configLoadPending = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLanguage?.();
    this.stopObservingLanguage = undefined;
    this.configAbort?.abort();
    this.configAbort = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('locale')) {
      this.translator = createTranslator(this.locale);
    }
    const sourceChanged = changed.has('backend') || changed.has('backendUrl') || changed.has('widgetId');
    const languageChanged = changed.has('locale') && changed.get('locale') !== undefined && this.configState !== 'attributes';
    if (this.isConnected && (this.configLoadPending || sourceChanged || languageChanged)) {
      void this.loadBackendConfig({keepContent: !this.configLoadPending && !sourceChanged});
      this.configLoadPending = false;
    }
    this.resolved = this.resolveConfiguration();
    this.presentation = this.resolvePresentation();
    // The privacy panel's text is built when the panel first opens and kept after, so the first
    // render, which blocks the page, does less work.
    this.privacyBodyShown ||= this.panelOpen;
    if (changed.has('whatsapp') || changed.has('messenger') || changed.has('telegram') || changed.has('instagram') ||
        changed.has('backendConfig')) {
      this.qrLink = null;
    }
  }

  protected override updated(): void {
    this.preloadQrModule();
    for (const problem of [...this.resolved.problems, ...this.presentation.problems]) {
      this.reportProblem(problem);
    }
  }

  /** Returns the class this element was created from, for its static settings and QR encoder. */
  private get elementClass(): typeof MessengerOptin {
    return this.constructor as typeof MessengerOptin;
  }

  private get privacyToggle(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('.privacy-toggle');
  }

  private get notice(): HTMLElement | null {
    return this.renderRoot.querySelector('.notice');
  }

  private get qrHeading(): HTMLElement | null {
    return this.renderRoot.querySelector('.qr-heading');
  }

  /** The exact text of the consent notice as rendered, with white space collapsed. */
  get consentText(): string {
    return (this.notice?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /**
   * Returns the backend to use: the `backend` property, else an `HttpBackend` for `backend-url`,
   * else null. The HTTP client is a separate module loaded only for pages that set `backend-url`.
   */
  private activeBackend(): Promise<OptinBackend | null> {
    if (this.backend) {
      return Promise.resolve(this.backend);
    }
    const url = this.backendUrlText;
    if (!url) {
      return Promise.resolve(null);
    }
    if (this.httpBackend?.url !== url) {
      const backend: Promise<OptinBackend | null> = import('./backend/http.js').then(
        ({HttpBackend}) => {
          try {
            return new HttpBackend({baseUrl: url});
          } catch (error) {
            this.reportProblem({
              attribute: 'backend-url',
              value: url,
              message: `<messenger-optin> backend-url=${JSON.stringify(url)} is invalid: ${errorText(error)}.`,
            });
            return null;
          }
        },
        (error: unknown) => {
          // A failed load is not kept, so the next backend call tries again.
          if (this.httpBackend?.backend === backend) {
            this.httpBackend = undefined;
          }
          this.reportProblem({
            attribute: 'backend-url',
            value: url,
            message: `<messenger-optin> loading the HTTP client for backend-url=${JSON.stringify(url)} failed: ` +
              `${errorText(error)}. ${CHUNK_HINT}`,
          });
          return null;
        },
      );
      this.httpBackend = {url, backend};
    }
    return this.httpBackend.backend;
  }

  /**
   * Direction the shown language needs, or undefined to inherit the page's, so a right-to-left
   * page mirrors the layout of any language while Arabic texts are right to left everywhere.
   */
  private get textDirection(): 'rtl' | undefined {
    return localeDirection(this.locale) === 'rtl' ? 'rtl' : undefined;
  }

  private get backendUrlText(): string {
    return toText(this.backendUrl)?.trim() ?? '';
  }

  private get widgetIdText(): string {
    return toText(this.widgetId)?.trim() || 'default';
  }

  private updateLocale(): void {
    const requested = matchLocale(findLanguage(this));
    this.requestedLocale = requested;
    if (isLocaleLoaded(requested)) {
      this.locale = requested;
      return;
    }
    // The current texts stay until the language's module arrives.
    loadLocale(requested).then(
      () => {
        if (this.requestedLocale === requested) {
          this.locale = requested;
        }
      },
      (error: unknown) => {
        this.reportProblem({
          attribute: 'lang',
          value: requested,
          message: `<messenger-optin> loading the "${requested}" texts failed: ${errorText(error)}. ` +
            `English is shown instead. ${CHUNK_HINT}`,
        });
      },
    );
  }

  private rawAttributes(): RawConfig {
    // Properties may be set from script to any value, so each is read as an attribute would be.
    return {
      addresses: {
        whatsapp: toText(this.whatsapp),
        messenger: toText(this.messenger),
        telegram: toText(this.telegram),
        instagram: toText(this.instagram),
      },
      channels: toText(this.channels),
      keyword: toText(this.keyword),
      stopKeyword: toText(this.stopKeyword),
      businessName: toText(this.businessName),
      topic: toText(this.topic),
      privacyUrl: toText(this.privacyUrl),
      defaultCountry: toText(this.defaultCountry),
    };
  }

  private resolvePresentation(): Presentation {
    const problems: ConfigProblem[] = [];
    const check = <T extends string>(attribute: string, value: string | undefined, allowed: readonly T[]): T => {
      const checked = checkOption(attribute, value, allowed);
      if (checked.message) {
        problems.push({attribute, value: value ?? '', message: checked.message});
      }
      return checked.value;
    };
    const rawLevel = toText(this.headingLevel) ?? '2';
    let headingLevel = Number(rawLevel.trim());
    if (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 6) {
      problems.push({
        attribute: 'heading-level',
        value: rawLevel,
        message: `<messenger-optin> heading-level=${JSON.stringify(rawLevel)} is invalid: expected a whole number from 1 to 6; 2 is used instead.`,
      });
      headingLevel = 2;
    }
    return {
      layout: check('layout', toText(this.layout), LAYOUTS),
      variant: check('variant', toText(this.variant), VARIANTS),
      theme: check('theme', toText(this.theme), THEMES),
      desktop: check('desktop', toText(this.desktop), DESKTOP_MODES),
      headingLevel,
      problems,
    };
  }

  private resolveConfiguration(): ResolvedConfig {
    const baseUrl = this.ownerDocument.baseURI;
    const fallbackBusinessName = this.ownerDocument.location?.hostname ?? '';
    const attributes = this.rawAttributes();
    if (this.configState === 'loading') {
      // Nothing is reported while the backend's configuration is on its way, and the attributes
      // are shown meanwhile only when they name the sender themselves.
      return {...resolveConfig(attributes, {baseUrl}), problems: []};
    }
    if (this.configState === 'backend' && this.backendConfig) {
      const fromBackend = rawConfigFromBackend(this.backendConfig);
      const raw: RawConfig = {
        ...fromBackend,
        keyword: fromBackend.keyword ?? attributes.keyword,
        stopKeyword: fromBackend.stopKeyword ?? attributes.stopKeyword,
        topic: fromBackend.topic ?? attributes.topic,
        defaultCountry: attributes.defaultCountry,
      };
      return resolveConfig(raw, {baseUrl, fallbackBusinessName, names: BACKEND_FIELD_NAMES});
    }
    return resolveConfig(attributes, {baseUrl, fallbackBusinessName});
  }

  /**
   * Loads the configuration from the backend. With `keepContent` (a language change) the widget
   * keeps showing its current configuration until the new one arrives, so focus and an open
   * panel stay where they are.
   */
  private async loadBackendConfig({keepContent = false} = {}): Promise<void> {
    this.configAbort?.abort();
    if (!this.backend && !this.backendUrlText) {
      this.configState = 'attributes';
      this.backendConfig = null;
      return;
    }
    // The loading state is set before any await, so the first render already keeps the space.
    const abort = new AbortController();
    this.configAbort = abort;
    const background = keepContent && (this.configState === 'backend' || this.configState === 'fallback');
    if (!background) {
      this.configState = 'loading';
    }
    const backend = await this.activeBackend();
    if (abort.signal.aborted) {
      return;
    }
    if (!backend) {
      // The invalid backend-url was reported; the attributes are the configuration.
      this.backendConfig = null;
      this.configState = 'fallback';
      return;
    }
    try {
      const {loadWidgetConfig} = await this.loadBackendConnection();
      const config = await loadWidgetConfig(backend, {widgetId: this.widgetIdText, locale: this.locale}, abort.signal);
      if (abort.signal.aborted) {
        return;
      }
      this.backendConfig = config;
      this.configState = 'backend';
    } catch (error) {
      if (abort.signal.aborted) {
        return;
      }
      if (!background) {
        this.backendConfig = null;
        this.configState = 'fallback';
      }
      this.dispatchError({
        phase: 'config',
        message: `<messenger-optin> loading the configuration failed: ${errorText(error)}. ` +
          (background ? 'The configuration loaded before is kept.' : 'The attribute values are used instead.'),
        cause: error,
      });
    }
  }

  private reportProblem(problem: ConfigProblem): void {
    const key = `${problem.attribute}\u0000${problem.value}\u0000${problem.message}`;
    if (this.reportedProblems.has(key)) {
      return;
    }
    this.reportedProblems.add(key);
    this.dispatchError({
      phase: 'config',
      message: problem.message,
      attribute: problem.attribute,
      value: problem.value,
      channel: problem.channel,
    });
  }

  private dispatchError(detail: OptinErrorDetail): void {
    console.warn(detail.message, this);
    this.dispatchEvent(createOptinEvent('optin-error', detail));
  }

  private channelLinks(): ChannelLink[] {
    const {keyword} = this.resolved;
    return this.resolved.channels.map(({id, address}) => {
      const definition = channelDefinitions[id];
      const url = definition.buildUrl({address, keyword, reference: this.reference});
      return {id, displayName: definition.displayName, url: url.href};
    });
  }

  private setPanelOpen(open: boolean): void {
    if (this.panelOpen === open) {
      return;
    }
    this.panelOpen = open;
    this.dispatchEvent(createOptinEvent('optin-privacy-toggle', {open}));
  }

  private handleToggleClick(): void {
    this.setPanelOpen(!this.panelOpen);
  }

  private handleCloseClick(): void {
    this.setPanelOpen(false);
    this.privacyToggle?.focus();
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') {
      return;
    }
    if (this.panelOpen) {
      event.stopPropagation();
      this.setPanelOpen(false);
      this.privacyToggle?.focus();
    } else if (this.qrLink) {
      event.stopPropagation();
      this.handleQrClose();
    }
  }

  private handleChannelActivate(event: MouseEvent, link: ChannelLink, forceLink = false): void {
    // A middle click opens the link too; other buttons (e.g. the context menu) do not.
    if (event.type === 'auxclick' && event.button !== 1) {
      return;
    }
    // A middle click requests a new tab, so it opens the link even where a QR code would show.
    const via: OptinStartVia = !forceLink && event.type === 'click' && this.showsQrCode(link.id) ? 'qr' : 'link';
    const start = createOptinEvent(
      'optin-start',
      {channel: link.id, url: link.url, reference: this.reference, via},
      {cancelable: true},
    );
    if (!this.dispatchEvent(start)) {
      event.preventDefault();
      return;
    }
    if (via === 'qr') {
      event.preventDefault();
      this.qrLink = link;
      void this.updateComplete.then(() => this.qrHeading?.focus());
      this.loadQrModule();
    }
    // The intent is recorded in the background, so the link opens at once without waiting for
    // the network (a test checks that the click's navigation is not held back).
    void this.recordIntent(link.id, via === 'qr' ? 'qr' : 'click');
  }

  private showsQrCode(channel: ChannelId): boolean {
    const {value: desktop} = checkOption('desktop', this.desktop, DESKTOP_MODES);
    const onComputer = matchesMedia(this.elementClass.desktopMediaQuery);
    return onComputer && (desktop === 'qr' || channel === 'instagram');
  }

  /**
   * Loads the QR encoder, then renders again. A failed or stalled load is reported, and the QR
   * panel then offers the link on this computer instead. A failed load is not cached, so the next
   * channel choice tries again.
   *
   * NOTE: Firefox keeps a failed dynamic import in its module map, so there the retry fails at
   * once without a request; Chromium requests the chunk again.
   */
  private loadQrModule(): void {
    const optin = this.elementClass;
    if (optin.qrEncoder) {
      return;
    }
    this.qrLoadFailed = false;
    const load = (optin.qrEncoderLoad ??= optin.importQrEncoder().then((module) => {
      optin.qrEncoder = module;
      return module;
    }));
    // A click while the preload is pending waits for the same load, so it is reported once.
    if (this.qrLoadWatched === load) {
      return;
    }
    this.qrLoadWatched = load;
    const timer = setTimeout(() => {
      this.qrLoadWatched = undefined;
      this.failQrLoad(new Error(`it did not arrive within ${QR_LOAD_TIMEOUT_MS / 1000} s`));
    }, QR_LOAD_TIMEOUT_MS);
    load.then(
      () => {
        clearTimeout(timer);
        if (this.qrLoadWatched === load) {
          this.qrLoadWatched = undefined;
        }
        this.qrLoadFailed = false;
        this.requestUpdate();
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (this.qrLoadWatched === load) {
          this.qrLoadWatched = undefined;
        }
        if (optin.qrEncoderLoad === load) {
          optin.qrEncoderLoad = undefined;
        }
        this.failQrLoad(error);
      },
    );
  }

  private failQrLoad(error: unknown): void {
    if (this.elementClass.qrEncoder) {
      return;
    }
    this.qrLoadFailed = true;
    this.dispatchError({
      phase: 'config',
      message: `<messenger-optin> loading the QR code module failed: ${errorText(error)}. ${CHUNK_HINT}`,
      cause: error,
    });
  }

  /**
   * Loads the QR encoder once the page is idle, on a computer where a channel of this widget
   * would show a QR code, so the first choice shows it without a wait. It runs after each update
   * until the widget has channels, because a backend's channels arrive after the first render.
   */
  private preloadQrModule(): void {
    if (this.qrPreloadScheduled || this.elementClass.qrEncoder || !this.resolved.complete) {
      return;
    }
    this.qrPreloadScheduled = true;
    if (!this.resolved.channels.some(({id}) => this.showsQrCode(id))) {
      return;
    }
    const load = () => {
      if (this.isConnected) {
        this.loadQrModule();
      }
    };
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(load, {timeout: 2000});
    } else {
      setTimeout(load, 200);
    }
  }

  private handleQrClose(): void {
    const channel = this.qrLink?.id;
    this.qrLink = null;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(`.channel-${channel}`)?.focus();
    });
  }

  private async recordIntent(channel: ChannelId, uiAction: UiAction): Promise<void> {
    const backend = await this.activeBackend();
    if (!backend) {
      // The cause was reported once as a backend-url problem. Each click that is not recorded is
      // reported too, so a listener for the record phase learns of it.
      if (this.backendUrlText) {
        this.dispatchError({
          phase: 'record',
          message: `<messenger-optin> the ${channel} opt-in was not recorded, because the backend for ` +
            `backend-url=${JSON.stringify(this.backendUrlText)} is not available; fix the problem that the ` +
            'earlier backend-url warning names.',
          channel,
        });
      }
      return;
    }
    // The notice is read before any further wait, so the intent proves the text of the click.
    const {businessName, privacyUrl} = this.resolved;
    const fields = {
      reference: this.reference,
      widgetId: this.widgetIdText,
      channel,
      locale: this.locale,
      businessName,
      consentText: this.consentText,
      privacyUrl: privacyUrl ?? '',
      uiAction,
    };
    let connection: BackendConnection;
    try {
      connection = await this.loadBackendConnection();
      const intentId = await connection.recordOptinIntent(backend, fields, this.ownerDocument.location);
      this.dispatchEvent(createOptinEvent('optin-recorded', {channel, reference: this.reference, intentId}));
    } catch (error) {
      this.dispatchError({
        phase: 'record',
        message: `<messenger-optin> recording the ${channel} opt-in failed: ${errorText(error)}.`,
        channel,
        cause: error,
      });
      return;
    }
    this.watchStatus(backend, channel, connection);
  }

  /**
   * Loads the backend module once per element. A failed load is not cached, so the next call
   * tries again.
   */
  private loadBackendConnection(): Promise<BackendConnection> {
    this.backendConnection ??= import('./backend/connection.js').catch((error: unknown) => {
      this.backendConnection = undefined;
      throw new Error(`loading the backend module failed: ${errorText(error)}. ${CHUNK_HINT}`);
    });
    return this.backendConnection;
  }

  // NOTE: the status API reports no channel, so a confirmation names the channel activated last
  // in this widget, even if the visitor sent the keyword in another one they had opened before.
  private watchStatus(backend: OptinBackend, channel: ChannelId, {StatusPoller}: BackendConnection): void {
    if (!this.isConnected) {
      return;
    }
    this.statusPoller ??= new StatusPoller(this);
    this.statusPoller.start(backend, {widgetId: this.widgetIdText, reference: this.reference}, {
      onStatus: (status) => {
        if (status === 'confirmed') {
          this.confirmedChannel = channel;
          this.dispatchEvent(createOptinEvent('optin-confirmed', {channel, reference: this.reference}));
        }
      },
      onGiveUp: (lastError) => {
        if (lastError !== undefined) {
          this.dispatchError({
            phase: 'status',
            message: `<messenger-optin> checking the ${channel} opt-in status failed until it gave up: ${errorText(lastError)}.`,
            channel,
            cause: lastError,
          });
        }
      },
    });
  }

  override render() {
    const {layout, variant, theme} = this.presentation;
    const classes = `container layout-${layout} variant-${variant} theme-${theme}`;
    const loading = this.configState === 'loading';
    if (loading && !this.resolved.complete) {
      return html`
        <div part="container" class="${classes} reserved" lang=${this.locale} dir=${ifDefined(this.textDirection)} aria-busy="true">
          <span class="visually-hidden">${messages.loadingText(this.translator)}</span>
        </div>
      `;
    }
    if (!this.resolved.complete) {
      return nothing;
    }
    // While a backend's configuration loads, complete attributes are rendered already. A site
    // owner usually writes the same values there, so nothing moves when the response arrives.
    return html`
      <div
        part="container"
        class="${classes} ${this.configState === 'attributes' ? '' : 'reserved'}"
        lang=${this.locale}
        dir=${ifDefined(this.textDirection)}
        aria-busy=${ifDefined(loading ? 'true' : undefined)}
        @keydown=${this.handleKeydown}
      >
        ${this.renderHeader()}
        <div class="actions">${this.renderChannels()} ${this.renderSaveContact()} ${this.renderStatus()}</div>
        ${this.renderQrPanel()} ${this.renderNotice()} ${this.renderPanel()}
      </div>
    `;
  }

  private renderStatus() {
    // The live region is rendered empty from the start, because screen readers announce only
    // changes to a region that already exists.
    const confirmed = this.confirmedChannel ? channelDefinitions[this.confirmedChannel].displayName : '';
    return html`
      <p part="status" class="status" role="status">
        ${confirmed ? messages.confirmationText(this.translator, confirmed) : nothing}
      </p>
    `;
  }

  private renderSaveContact() {
    const whatsapp = this.resolved.channels.find(({id}) => id === 'whatsapp');
    if (!whatsapp) {
      return nothing;
    }
    const {businessName} = this.resolved;
    return html`
      <a
        part="save-contact"
        class="save-contact"
        href=${vCardDataUrl(createVCard(businessName, whatsapp.address))}
        download=${vCardFileName(businessName)}
      >${messages.saveContact(this.translator)}</a>
    `;
  }

  private renderQrPanel() {
    const link = this.qrLink;
    if (!link) {
      return nothing;
    }
    const t = this.translator;
    return html`
      <div part="qr-panel" class="qr-panel" role="group" aria-labelledby="qr-heading">
        <div class="panel-header">
          <p class="panel-heading qr-heading" id="qr-heading" tabindex="-1">${messages.qrHeading(t, link.displayName)}</p>
          <button
            part="qr-close"
            class="round-button"
            type="button"
            aria-label=${messages.qrCloseLabel(t)}
            title=${messages.qrCloseLabel(t)}
            @click=${this.handleQrClose}
          >×</button>
        </div>
        ${this.renderQrCode(link)}
        ${link.id === 'instagram' && !this.qrLoadFailed
          ? nothing
          : html`<a
              part="qr-link"
              href=${link.url}
              target="_blank"
              rel="noopener noreferrer"
              referrerpolicy="no-referrer"
              @click=${(event: MouseEvent) => this.handleChannelActivate(event, link, true)}
            >${messages.qrOpenHere(t, link.displayName)}</a>`}
      </div>
    `;
  }

  /** Renders the QR code with its instruction, a placeholder while the encoder loads, or nothing if it failed. */
  private renderQrCode(link: ChannelLink) {
    const t = this.translator;
    const encoder = this.elementClass.qrEncoder;
    if (encoder) {
      // Dark modules on a light square in every theme, because many scanners fail on inverted codes.
      const {size, path} = encoder.encodeQrCode(link.url);
      return html`
        <svg
          part="qr"
          class="qr"
          role="img"
          aria-label=${messages.qrCodeLabel(t, link.displayName)}
          viewBox="0 0 ${size} ${size}"
          shape-rendering="crispEdges"
        ><rect width=${size} height=${size} fill="#ffffff"></rect><path fill="#000000" d=${path}></path></svg>
        <p>${messages.qrInstruction(t, link.displayName)}</p>
      `;
    }
    return this.qrLoadFailed
      ? nothing
      : html`<div class="qr" aria-busy="true"><span class="visually-hidden">${messages.loadingText(t)}</span></div>`;
  }

  private renderHeader() {
    const t = this.translator;
    const level = this.presentation.headingLevel;
    return html`
      <div class="header">
        <div part="heading" class="heading" role="heading" aria-level=${level}>${messages.headingText(t)}</div>
        <button
          part="privacy-toggle"
          class="privacy-toggle round-button"
          type="button"
          aria-expanded=${this.panelOpen ? 'true' : 'false'}
          aria-controls="privacy-panel"
          aria-label=${messages.privacyToggleLabel(t)}
          title=${messages.privacyToggleLabel(t)}
          @click=${this.handleToggleClick}
        >?</button>
      </div>
    `;
  }

  private renderChannels() {
    const t = this.translator;
    return html`
      <ul part="channels" class="channels" role="list">
        ${this.channelLinks().map((link) => html`
          <li>
            <a
              part="channel channel-${link.id}"
              class="channel channel-${link.id}"
              href=${link.url}
              target="_blank"
              rel="noopener noreferrer"
              referrerpolicy="no-referrer"
              aria-describedby="notice"
              @click=${(event: MouseEvent) => this.handleChannelActivate(event, link)}
              @auxclick=${(event: MouseEvent) => this.handleChannelActivate(event, link)}
            >
              <span part="channel-icon" class="channel-icon">${channelIcon(link.id)}</span>
              <span part="channel-label" class="channel-label">${messages.channelLabel(t, link.displayName)}</span>
              <span class="visually-hidden">${messages.opensInNewTab(t)}</span>
            </a>
          </li>
        `)}
      </ul>
    `;
  }

  private renderNotice() {
    const t = this.translator;
    const {businessName, topic, keyword, stopKeyword, privacyUrl, channels} = this.resolved;
    const shown = new Set(channels.map(({id}) => id));
    const sentences = [
      topic ? messages.noticeSenderWithTopic(t, businessName, topic) : messages.noticeSender(t, businessName),
      messages.noticeDoubleOptIn(t, keyword),
      shown.has('telegram') ? messages.noticeTelegram(t) : '',
      shown.has('instagram') ? messages.noticeInstagram(t, keyword) : '',
      messages.noticeWithdrawal(t, stopKeyword),
    ].filter(Boolean);
    return html`
      <p part="notice" class="notice" id="notice">
        ${sentences.join(' ')}
        ${privacyUrl
          ? html`<a part="privacy-link" href=${privacyUrl} target="_blank" rel="noopener noreferrer">${messages.privacyPolicyLink(t)}</a>`
          : nothing}
      </p>
    `;
  }

  private renderPanel() {
    const t = this.translator;
    return html`
      <section
        part="privacy-panel"
        class="panel"
        id="privacy-panel"
        aria-label=${messages.privacyToggleLabel(t)}
        ?hidden=${!this.panelOpen}
      >
        <div class="panel-header">
          <p class="panel-heading">${messages.privacyPanelHeading(t)}</p>
          <button
            part="privacy-close"
            class="privacy-close round-button"
            type="button"
            aria-label=${messages.closePanelLabel(t)}
            title=${messages.closePanelLabel(t)}
            @click=${this.handleCloseClick}
          >×</button>
        </div>
        <slot name="privacy">${this.privacyBodyShown ? this.renderPrivacyBody() : nothing}</slot>
      </section>
    `;
  }

  private renderPrivacyBody() {
    const t = this.translator;
    const {businessName, stopKeyword, privacyUrl} = this.resolved;
    return html`
      <p>${messages.privacyController(t, businessName)}</p>
      <p>${messages.privacyData(t)}</p>
      <p>${messages.privacyProvider(t)}</p>
      <p>${messages.privacyWidget(t)}</p>
      <p>${messages.privacyRetention(t)}</p>
      <p>${messages.privacyRights(t, stopKeyword)}</p>
      ${privacyUrl
        ? html`<p><a href=${privacyUrl} target="_blank" rel="noopener noreferrer">${messages.privacyFullPolicyLink(t)}</a></p>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'messenger-optin': MessengerOptin;
  }
}
