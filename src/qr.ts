import {generate} from 'lean-qr/nano';

/** Width in modules of the light margin around the code; ISO/IEC 18004 requires at least 4. */
export const QUIET_ZONE_MODULES = 4;

/** A QR code as SVG path data on a square grid of `size` modules, the quiet zone included. */
export interface QrCodeShape {
  size: number;
  /** Path data of the dark modules, one unit square each. */
  path: string;
}

/**
 * Encodes `text` as a QR code. The element draws the result, so this module, which is a chunk of
 * the script-tag build, imports nothing from the main file and works under any file name.
 */
export function encodeQrCode(text: string): QrCodeShape {
  const code = generate(text);
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) {
        path += `M${x + QUIET_ZONE_MODULES} ${y + QUIET_ZONE_MODULES}h1v1h-1z`;
      }
    }
  }
  return {size: code.size + 2 * QUIET_ZONE_MODULES, path};
}
