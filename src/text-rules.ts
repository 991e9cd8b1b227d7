/**
 * Characters that no string of a widget config may contain: C0 and C1 control characters, and the
 * Unicode bidirectional formatting characters, which are the embeddings and overrides
 * U+202A–U+202E, the isolates U+2066–U+2069 and the marks U+200E, U+200F and U+061C. A bidi
 * character can make the rendered consent notice read differently from the recorded consent text.
 */
export const FORBIDDEN_TEXT_CHARACTERS =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * `FORBIDDEN_TEXT_CHARACTERS` without the line feed, for keywords, because a prefilled message can
 * span lines.
 */
export const FORBIDDEN_TEXT_CHARACTERS_EXCEPT_LINE_FEED =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Returns whether `text` contains a character of `FORBIDDEN_TEXT_CHARACTERS`. With
 * `allowLineFeed`, a line feed (U+000A) is accepted.
 */
export function hasForbiddenCharacters(text: string, allowLineFeed = false): boolean {
  if (allowLineFeed) {
    return FORBIDDEN_TEXT_CHARACTERS_EXCEPT_LINE_FEED.test(text);
  }
  return FORBIDDEN_TEXT_CHARACTERS.test(text);
}
