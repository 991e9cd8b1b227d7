// Loads the built CDN bundle first and the define module of the sources second, as a page does
// that includes the script tag and also bundles the npm package. Imports are evaluated in order.
import {MessengerOptin as bundleClass} from '/dist/cdn/messenger-optin.js';
import {MessengerOptin as sourceClass} from '/src/define.ts';

window.modulesLoaded = Promise.resolve({bundleClass, sourceClass});
