import {css, unsafeCSS} from 'lit';
import {brandColors} from './icons.js';

// Sizes are in em of the widget's own font size (never rem), so a host page with a root
// font-size of 62.5% does not shrink the widget.
export const styles = css`
  :host {
    --messenger-optin-whatsapp-color: ${unsafeCSS(brandColors.whatsapp)};
    --messenger-optin-messenger-color: ${unsafeCSS(brandColors.messenger)};
    --messenger-optin-telegram-color: ${unsafeCSS(brandColors.telegram)};
    --messenger-optin-instagram-color: ${unsafeCSS(brandColors.instagram)};

    display: block;
    box-sizing: border-box;
    max-inline-size: 40em;
    font-family: var(--messenger-optin-font-family, system-ui, sans-serif);
    font-size: var(--messenger-optin-font-size, 16px);
    line-height: 1.5;
    color: var(--messenger-optin-text-color, #1f2328);
    text-align: start;
    letter-spacing: normal;
    text-transform: none;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .container {
    position: relative;
    display: grid;
    gap: var(--messenger-optin-gap, 0.75em);
    padding: 1em;
    border: 1px solid var(--messenger-optin-border-color, #d0d7de);
    border-radius: var(--messenger-optin-border-radius, 0.75em);
    background: var(--messenger-optin-background, #ffffff);
  }

  .reserved {
    min-block-size: var(--messenger-optin-min-block-size, 15em);
    align-content: start;
  }

  .actions {
    display: grid;
    gap: 0.5em;
  }

  .status {
    margin: 0;
    font-weight: 600;
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

  .privacy-toggle,
  .privacy-close {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.75em;
    min-block-size: 1.75em;
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

  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .channel {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--messenger-optin-button-radius, 0.5em);
    background: var(--_channel-color);
    color: #ffffff;
    font-weight: 600;
    text-decoration: none;
  }

  .channel:hover {
    filter: brightness(0.92);
  }

  .channel-icon {
    display: inline-flex;
    font-size: 1.25em;
  }

  .channel-whatsapp {
    /* White on WhatsApp green is below 4.5:1, so the label gets a darker green. */
    --_channel-color: var(--messenger-optin-whatsapp-color);
    color: #0b3d1f;
  }

  .channel-messenger {
    --_channel-color: var(--messenger-optin-messenger-color);
  }

  .channel-telegram {
    --_channel-color: var(--messenger-optin-telegram-color);
    color: #06283a;
  }

  .channel-instagram {
    --_channel-color: var(--messenger-optin-instagram-color);
    color: #2b000f;
  }

  .notice,
  .panel {
    margin: 0;
    font-size: 0.875em;
  }

  .panel {
    display: grid;
    gap: 0.5em;
    padding: 0.75em 1em;
    border-radius: 0.5em;
    background: var(--messenger-optin-panel-background, #f6f8fa);
  }

  .panel-header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
  }

  .panel-heading {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }

  .panel p {
    margin: 0;
  }

  a:not(.channel) {
    color: var(--messenger-optin-link-color, #0550ae);
  }

  :focus-visible {
    outline: 2px solid var(--messenger-optin-focus-color, #0550ae);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
