/** Values of the `layout` attribute: labelled buttons in a wrapping row, a stacked list, or icons only. */
export const LAYOUTS = ['buttons', 'list', 'icons'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Values of the `variant` attribute: messenger colours, outlined buttons, or one accent colour. */
export const VARIANTS = ['brand', 'outline', 'mono'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Values of the `theme` attribute: follow `prefers-color-scheme`, or force light or dark. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Values of the `desktop` attribute: on a computer, show a QR code for the phone or open the link. */
export const DESKTOP_MODES = ['qr', 'link'] as const;
export type DesktopMode = (typeof DESKTOP_MODES)[number];

/**
 * Returns `value` when it is one of `allowed`, else the first allowed value (the default) and the
 * message that names the attribute, the value and the valid ones.
 */
export function checkOption<T extends string>(
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
): {value: T; message?: string} {
  const normalized = value?.trim().toLowerCase() ?? '';
  if (normalized === '') {
    return {value: allowed[0]};
  }
  if ((allowed as readonly string[]).includes(normalized)) {
    return {value: normalized as T};
  }
  return {
    value: allowed[0],
    message: `<messenger-optin> ${attribute}=${JSON.stringify(value)} is invalid: expected one of ` +
      `${allowed.join(', ')}; "${allowed[0]}" is used instead.`,
  };
}
