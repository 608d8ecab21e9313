/**
 * Where the office forces a line break in large type: a `|` (or a line break) in a guide's
 * `print.title` ("Đăng ký khai sinh | trên điện thoại"). `print.title` is printed only, never
 * shown on the site; PDF titles and catalogue labels use the text without the marker.
 */
export const FORCED_BREAK = /\s*(?:\||\r?\n)\s*/;

/** The text split at each forced break, empty parts dropped. */
export function splitAtForcedBreaks(text: string): string[] {
  return text.split(FORCED_BREAK).filter((part) => part.trim() !== '');
}

/** The text as one line, as PDF metadata and screen readers should see it. */
export function removeForcedBreaks(text: string): string {
  return splitAtForcedBreaks(text).join(' ');
}
