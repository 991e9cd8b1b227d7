// Hands the page's style nonce to Lit, as a site with a nonce-based policy does before the widget
// loads. Lit reads window.litNonce only where it must fall back to <style> elements. The query
// parameter lit-nonce=off leaves it unset, to show what happens without it.
if (new URLSearchParams(location.search).get('lit-nonce') !== 'off') {
  window.litNonce = document.currentScript.nonce;
}
