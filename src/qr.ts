import {html, type TemplateResult} from 'lit';
import {generate} from 'lean-qr/nano';

/** Width in modules of the light margin around the code; ISO/IEC 18004 requires at least 4. */
export const QUIET_ZONE_MODULES = 4;

/**
 * Draws `text` as a QR code in SVG: dark modules on a light square with the quiet zone, in the
 * same colours in every theme, because many scanners fail on inverted codes.
 */
export function qrCodeSvg(text: string, label: string): TemplateResult {
  const code = generate(text);
  const size = code.size + 2 * QUIET_ZONE_MODULES;
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) {
        path += `M${x + QUIET_ZONE_MODULES} ${y + QUIET_ZONE_MODULES}h1v1h-1z`;
      }
    }
  }
  return html`<svg part="qr" class="qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width=${size} height=${size} fill="#ffffff"></rect><path fill="#000000" d=${path}></path></svg>`;
}
