import {css} from 'lit';

// Colours of the dark theme. They are applied by `theme="dark"` and, under `theme="auto"`, by a
// dark `prefers-color-scheme`, so the block is written once and used in both places.
const darkTokens = css`
  color-scheme: dark;
  --_text: var(--messenger-optin-text-color, #e6edf3);
  --_muted-background: var(--messenger-optin-panel-background, #161b22);
  --_background: var(--messenger-optin-background, #0d1117);
  --_border: var(--messenger-optin-border-color, #3d444d);
  --_accent: var(--messenger-optin-accent, #4493f8);
  --_accent-text: #0d1117;
  --_link: var(--messenger-optin-link-color, #4493f8);
`;

// Sizes are px or em of the widget's own font size, never rem, so a host page with a root
// font-size of 62.5% does not shrink the widget.
export const styles = css`
  :host {
    /* Inherited host styles (text-align, line-height, letter-spacing, text-transform, color,
       fonts) must not reach the widget, so every property starts from its initial value.
       Visibility and pointer events keep inheriting, so a page can still hide or disable the
       section the widget is in. */
    all: initial;
    visibility: inherit;
    pointer-events: inherit;
    display: block;
    box-sizing: border-box;
    max-inline-size: 40em;
    position: relative;
    z-index: var(--messenger-optin-z-index, auto);
    font-family: var(--messenger-optin-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--messenger-optin-font-size, 16px);
    line-height: 1.5;
    text-align: start;
    -webkit-text-size-adjust: 100%;

    /* The brand colours of the icon set (a test compares them), written out so the build can
       minify this stylesheet. */
    --messenger-optin-whatsapp-color: #25D366;
    --messenger-optin-messenger-color: #0866FF;
    --messenger-optin-telegram-color: #26A5E4;
    --messenger-optin-instagram-color: #FF0069;

    color-scheme: light;
    --_text: var(--messenger-optin-text-color, #1f2328);
    --_muted-background: var(--messenger-optin-panel-background, #f6f8fa);
    --_background: var(--messenger-optin-background, #ffffff);
    --_border: var(--messenger-optin-border-color, #d0d7de);
    --_accent: var(--messenger-optin-accent, #0550ae);
    --_accent-text: #ffffff;
    --_link: var(--messenger-optin-link-color, #0550ae);
    --_gap: var(--messenger-optin-gap, 0.75em);
    --_radius: var(--messenger-optin-border-radius, 0.75em);
    --_button-radius: var(--messenger-optin-button-radius, 0.5em);
    --_button-height: var(--messenger-optin-button-height, 2.75em);

    color: var(--_text);
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  @media (prefers-color-scheme: dark) {
    .theme-auto {
      ${darkTokens}
    }
  }

  .theme-dark {
    ${darkTokens}
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .container {
    position: relative;
    display: grid;
    gap: var(--_gap);
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
  }

  .reserved {
    min-block-size: var(--messenger-optin-min-block-size, 15em);
    align-content: start;
  }

  .header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
  }

  .heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
  }

  .round-button {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    padding: 0;
    border: 1px solid currentColor;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    line-height: 1;
    cursor: pointer;
  }

  .actions {
    display: grid;
    gap: 0.5em;
  }

  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .layout-list .channels {
    flex-direction: column;
  }

  .channel {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_button-height);
    padding: 0.5em 1em;
    /* Transparent borders become visible in forced-colors mode, where backgrounds are dropped. */
    border: 2px solid transparent;
    border-radius: var(--_button-radius);
    background: var(--_channel-color);
    color: var(--_channel-text);
    font-weight: 600;
    text-decoration: none;
    transition: filter 0.15s ease-out;
  }

  .layout-list .channel {
    inline-size: 100%;
  }

  .layout-icons .channel {
    justify-content: center;
    inline-size: var(--_button-height);
    padding: 0;
  }

  .channel:hover {
    filter: brightness(0.92);
  }

  .channel-icon {
    display: inline-flex;
    flex: none;
    font-size: 1.25em;
  }

  .channel-icon svg,
  .qr {
    /* Brand marks and QR codes read the same in right-to-left layouts. */
    direction: ltr;
  }

  /* Label colours reach at least 4.5:1 on each brand colour: white only on Messenger blue. */
  .channel-whatsapp {
    --_channel-color: var(--messenger-optin-whatsapp-color);
    --_channel-text: var(--messenger-optin-whatsapp-text-color, #0b3d1f);
  }

  .channel-messenger {
    --_channel-color: var(--messenger-optin-messenger-color);
    --_channel-text: var(--messenger-optin-messenger-text-color, #ffffff);
  }

  .channel-telegram {
    --_channel-color: var(--messenger-optin-telegram-color);
    --_channel-text: var(--messenger-optin-telegram-text-color, #06283a);
  }

  .channel-instagram {
    --_channel-color: var(--messenger-optin-instagram-color);
    --_channel-text: var(--messenger-optin-instagram-text-color, #2b000f);
  }

  .variant-outline .channel {
    border-color: var(--_text);
    background: transparent;
    color: var(--_text);
  }

  .variant-mono .channel {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .save-contact {
    justify-self: start;
    display: inline-block;
    padding-block: 0.25em;
    font-size: 0.875em;
  }

  .status {
    margin: 0;
    font-weight: 600;
  }

  .notice,
  .panel,
  .qr-panel {
    margin: 0;
    font-size: 0.875em;
  }

  .panel,
  .qr-panel {
    display: grid;
    gap: 0.5em;
    padding: 0.75em 1em;
    border-radius: 0.5em;
    background: var(--_muted-background);
  }

  .qr-panel {
    justify-items: center;
    text-align: center;
  }

  .qr {
    inline-size: 12em;
    block-size: 12em;
    forced-color-adjust: none;
  }

  .panel-header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
    inline-size: 100%;
  }

  .panel-heading {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    text-align: start;
  }

  .panel p,
  .qr-panel p {
    margin: 0;
  }

  a:not(.channel) {
    color: var(--_link);
  }

  :focus-visible {
    outline: 2px solid var(--messenger-optin-focus-color, var(--_accent));
    outline-offset: 2px;
  }

  .visually-hidden,
  .layout-icons .channel-label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .ltr {
    direction: ltr;
    unicode-bidi: isolate;
  }

  @media (prefers-reduced-motion: reduce) {
    .channel {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .container,
    .panel,
    .qr-panel {
      border: 1px solid CanvasText;
    }

    .channel {
      border-color: ButtonText;
    }

    .round-button {
      border-color: ButtonText;
    }
  }
`;
