/**
 * One version (A or B) of the written round: the edition's multiple-choice questions, then its
 * true/false questions, each part in a seeded order, and the options of each multiple-choice
 * question shuffled too. Parts stay in place so one answer sheet serves both versions.
 */
import type { QuizQuestion } from '../content/read-quiz.ts';
import type { Edition } from '../editions/edition.ts';
import type { Content } from '../content/load-content.ts';
import type { ContestVersion } from '../paths.ts';
import { getContestQuestions } from './get-contest-questions.ts';
import { createRandom, createSeed, shuffle, type Random } from './shuffle.ts';

export const OPTION_LETTERS = ['A', 'B', 'C', 'D'] as const;

export interface SheetOption {
  letter: string;
  text: string;
  correct: boolean;
}

export interface SheetQuestion {
  /** 1-based number on the sheet. */
  number: number;
  question: QuizQuestion;
  /** Lettered options (multiple choice), or Đúng/Sai for true/false, in printed order. */
  options: SheetOption[];
  /** The right option's letter ("B"), or "Đúng"/"Sai". */
  answer: string;
}

export interface SheetVersion {
  version: ContestVersion;
  choice: SheetQuestion[];
  trueFalse: SheetQuestion[];
  /** Both parts, numbered on. */
  all: SheetQuestion[];
}

export interface TrueFalseWords {
  true: string;
  false: string;
}

export function resolveVersion(content: Content, edition: Edition, version: ContestVersion, words: TrueFalseWords): SheetVersion {
  const choice = getContestQuestions(content, edition, 'choice');
  const trueFalse = getContestQuestions(content, edition, 'true-false');
  const random = createRandom(createSeed([edition.id, version, ...[...choice, ...trueFalse].map(describeQuestion)]));
  let orderedChoice = shuffle(choice, random);
  let orderedTrueFalse = shuffle(trueFalse, random);
  if (version === 'b') {
    // B must never repeat A's order (copying from a neighbour): with two or more questions a
    // part that came out identical is turned by one place.
    const a = resolveOrder(content, edition);
    if (sameOrder(orderedChoice, a.choice)) orderedChoice = rotate(orderedChoice);
    if (sameOrder(orderedTrueFalse, a.trueFalse)) orderedTrueFalse = rotate(orderedTrueFalse);
  }
  const choiceItems = orderedChoice.map((question, i) => toChoice(question, i + 1, random));
  const tfItems = orderedTrueFalse.map((question, i) => toTrueFalse(question, choiceItems.length + i + 1, words));
  return { version, choice: choiceItems, trueFalse: tfItems, all: [...choiceItems, ...tfItems] };
}

function resolveOrder(content: Content, edition: Edition) {
  const choice = getContestQuestions(content, edition, 'choice');
  const trueFalse = getContestQuestions(content, edition, 'true-false');
  const random = createRandom(createSeed([edition.id, 'a', ...[...choice, ...trueFalse].map(describeQuestion)]));
  return { choice: shuffle(choice, random), trueFalse: shuffle(trueFalse, random) };
}

function describeQuestion(question: QuizQuestion): string {
  const options = question.type === 'choice' ? question.options.map((option) => `${option.correct ? '*' : ''}${option.text}`) : [];
  return [question.id, question.question, ...options].join('\u0001');
}

function toChoice(question: QuizQuestion, number: number, random: Random): SheetQuestion {
  if (question.type !== 'choice') throw new Error(`resolveVersion: ${question.id} is not multiple choice`);
  const options = shuffle(question.options, random).map((option, i) => ({ letter: OPTION_LETTERS[i]!, text: option.text, correct: option.correct }));
  return { number, question, options, answer: options.find((option) => option.correct)!.letter };
}

function toTrueFalse(question: QuizQuestion, number: number, words: TrueFalseWords): SheetQuestion {
  if (question.type !== 'true-false') throw new Error(`resolveVersion: ${question.id} is not true/false`);
  const options = [
    { letter: words.true, text: words.true, correct: question.answer },
    { letter: words.false, text: words.false, correct: !question.answer },
  ];
  return { number, question, options, answer: question.answer ? words.true : words.false };
}

function sameOrder(left: readonly QuizQuestion[], right: readonly QuizQuestion[]): boolean {
  return left.length > 1 && left.every((question, i) => question.id === right[i]?.id);
}

function rotate<T>(items: readonly T[]): T[] {
  return [...items.slice(1), items[0]!];
}
