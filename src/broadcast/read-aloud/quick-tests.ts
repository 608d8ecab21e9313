/**
 * Quick tests for Rule.requires: text that every match of a rule contains, checked with a plain
 * pattern before the rule's own. Most lines have no "/", "@" or "%" and many have no digit, so
 * most of the 65 Unicode patterns (each with look-behinds tried at every character) cannot match
 * them; running them anyway cost a third to a half of the normaliser's time (issue 9: 206,000 syllables
 * a second, bar 300,000). A quick test must be implied by the rule's pattern: when it fails, the
 * rule could not have matched, so skipping it changes nothing. Rules share these constants so the
 * normaliser runs each test once per text (normalise.ts keeps the results by test).
 */
export const HAS_DIGIT = /\d/;
/** "1/7", "31-10", "7/2025": a date or a range written with figures. */
export const HAS_DATE_SEPARATOR = /\d[/-]\d/;
/** "15.11.2017", "1.000948.H38", "3.5". */
export const HAS_DOTTED_DIGITS = /\d\.\d/;
/** "29A-123.45", "31B/82": a code mixing figures and capitals. */
export const HAS_DIGIT_CAPITAL = /\d[A-Z]/;
/** "113", "0290 1022": a short service number. */
export const HAS_SERVICE_NUMBER = /1022|11[1-5]/;
export const HAS_SLASH = /\//;
export const HAS_DASH = /[-–—]/;

/**
 * A character that is not a letter, digit, space or pause mark (symbols.ts STRAY). The class
 * below lists what Vietnamese text is made of, all of it letters, marks, digits, spaces or
 * those marks: Basic Latin letters and digits, Latin-1 letters (not × and ÷), Latin Extended-A
 * and -B (ă, đ, ơ, ư), combining marks, Latin Extended Additional (ạ … ỹ). Anything else may be
 * a stray symbol, and then the Unicode pattern decides (tests/broadcast/quick-tests.unit.test.ts
 * checks the class code point by code point).
 */
export const HAS_UNUSUAL_CHARACTER = /[^A-Za-z0-9\s.,;:!?()[\]"'“”‘’«»…–—\-\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF]/;
