import {MessengerOptin} from './messenger-optin.js';

export {MessengerOptin};
// Re-exported so that importing only this module also types the widget's events on elements,
// the document and the window.
export type {MessengerOptinEventMap} from './events.js';

// Registers the element only while the name is free, so a page that loads this script twice,
// or two copies of the library, keeps the first registration instead of throwing.
if (typeof customElements !== 'undefined' && !customElements.get('messenger-optin')) {
  customElements.define('messenger-optin', MessengerOptin);
}
