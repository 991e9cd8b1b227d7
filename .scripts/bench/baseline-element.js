// The baseline of .scripts/bench.mjs: a minimal Lit element that renders one button in its shadow
// root. The benchmark bundles it the way rollup.config.mjs bundles the widget for script tags.
import {LitElement, html} from 'lit';

class BenchBaseline extends LitElement {
  render() {
    return html`<button type="button">Subscribe</button>`;
  }
}

customElements.define('bench-baseline', BenchBaseline);
