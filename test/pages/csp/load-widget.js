// Loads the element and sets window.widgetReady to a promise that resolves once it is defined.
// Query parameters:
//   bundle=cdn      loads the built dist/cdn/messenger-optin.js instead of the TypeScript sources.
//   styles=legacy   hides constructable stylesheets before Lit loads, so Lit falls back to
//                   <style> elements, as in browsers without adoptedStyleSheets.
const parameters = new URLSearchParams(location.search);

if (parameters.get('styles') === 'legacy') {
  delete CSSStyleSheet.prototype.replace;
}

// Navigation to a messenger never happens in a test, whatever is clicked.
document.addEventListener('click', (event) => event.preventDefault());

const moduleUrl = parameters.get('bundle') === 'cdn' ? '/dist/cdn/messenger-optin.js' : '/src/define.ts';
window.widgetReady = import(moduleUrl).then(() => customElements.whenDefined('messenger-optin'));
