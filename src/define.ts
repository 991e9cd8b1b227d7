import {MessengerOptin} from './messenger-optin.js';

export {MessengerOptin};

// Registers the element only while the name is free, so a page that loads this script twice,
// or two copies of the library, keeps the first registration instead of throwing.
if (typeof customElements !== 'undefined' && !customElements.get('messenger-optin')) {
  customElements.define('messenger-optin', MessengerOptin);
}
