/**
 * Media query that matches a computer: a fine pointer that can hover and no touch screen. There a
 * messenger link would open a desktop or web client, so the widget offers a QR code for the
 * visitor's phone instead. A browser that does not support the query treats it as not matching,
 * so it opens links directly.
 */
export const DESKTOP_MEDIA_QUERY = '(hover: hover) and (pointer: fine) and (not (any-pointer: coarse))';

/** Returns true when `query` matches in this window; false where there is no window. */
export function matchesMedia(query: string): boolean {
  if (typeof window === 'undefined' || !window.matchMedia) {
    return false;
  }
  return window.matchMedia(query).matches;
}
