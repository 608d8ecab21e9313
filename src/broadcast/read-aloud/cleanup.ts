import type { Rule } from './rule.ts';

/**
 * Marks of written notices that are not read (issue 9): the end mark "./." of an official
 * document, bullets and list letters at the start of a line ("•", "-", "+", "a)"), an apostrophe left after a time
 * or number ("7h30’"). They are dropped, not warned: every announcer skips them.
 */
const END_MARK = /\s*\.\/\.(?=\s|$)/gu;
const BULLET = /^[^\S\n]*(?:•[^\S\n]*|[●▪◦∙·*+-][^\S\n]+|[a-zđ]\)[^\S\n]+)/gmu;
const APOSTROPHE = /(?<=\d)['’](?![\p{L}\p{M}\p{N}])/gu;

export const endMarkRule: Rule = { name: 'punctuation', pattern: () => END_MARK, requires: /\.\/\./, read: () => ({ spoken: '.' }) };
export const bulletRule: Rule = { name: 'punctuation', pattern: () => BULLET, requires: /[•●▪◦∙·*+)-]/, read: () => ({ spoken: '' }) };
export const apostropheRule: Rule = { name: 'punctuation', pattern: () => APOSTROPHE, requires: /\d['’]/, read: () => ({ spoken: '' }) };
