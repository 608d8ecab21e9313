import { z } from 'astro/zod';
import { schemaRule } from './schema-rule.ts';
import { slug, text } from './text.ts';

/**
 * `content/quiz/<guide-slug>.yaml`: the contest questions (hội thi) about one guide. The same
 * questions feed the self-check quiz on the guide page and /hoi-thi/, the printed question
 * sheets (versions A and B) and the MC cards, so a question is written once, next to the guide
 * it tests. Which guide a question tests, that it has exactly one right answer, distinct options
 * and no twin elsewhere in the bank is checked by src/content/check-quiz.ts.
 */

/** What a question checks, so a reviewer who changes the guide finds the questions to update. */
export const quizTestsSchema = z.strictObject({
  /**
   * The guide field the answer comes from, as a path in its frontmatter ("fee", "processingTime",
   * "steps.2.detail", "before.0"), or "body" for the longer text under the frontmatter.
   */
  field: z.string().trim().regex(/^[A-Za-z]+(?:\.[A-Za-z0-9]+)*$/, schemaRule('schema.quizField')),
  /** The fact in a few words, e.g. "khai sinh trong 60 ngày kể từ ngày sinh". */
  fact: text(),
});

/** One answer of a multiple-choice question. */
export const quizOptionSchema = z.strictObject({
  /** The answer as printed after "A.", "B.", … (the letters come from the shuffle). */
  text: text(),
  /** The one right answer of the question. Leave it out on the others. */
  correct: z.boolean().default(false),
});

const questionBase = {
  /** Stable name of the question, unique in the whole bank (lower-case, digits, hyphens), e.g. "khai-sinh-han-60-ngay". */
  id: slug(),
  /** The guide the question tests (file name without .mdx). Defaults to the quiz file's own name. */
  guide: slug().optional(),
  /** Where the answer is written in the guide. */
  tests: quizTestsSchema,
  /** The question, one or two plain sentences. */
  question: text(),
  /** Why the answer is right, one sentence, shown after answering and read by the MC. */
  explanation: text(),
};

/** Multiple choice: 3 or 4 answers, exactly one marked `correct: true`. */
export const choiceQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('choice'),
  options: z.array(quizOptionSchema).min(3, schemaRule('schema.quizOptionsMin')).max(4, schemaRule('schema.quizOptionsMax')),
});

/** A statement to judge: `answer: true` when it is right (Đúng), false when it is wrong (Sai). */
export const trueFalseQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('true-false'),
  answer: z.boolean(),
});

/** A situation from village life for the stage round "xử lý tình huống", answered in words. */
export const situationQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('situation'),
  /** What a good answer says, in two to four sentences: the MC reads it after the team answers. */
  modelAnswer: text(),
  /** Points the jury listens for, one per line; each earns part of the score. */
  keyPoints: z.array(text()).default([]),
});

export const quizQuestionSchema = z.discriminatedUnion('type', [choiceQuestionSchema, trueFalseQuestionSchema, situationQuestionSchema]);

export const quizFileSchema = z.strictObject({
  /** The questions, in the order the guide page shows them (the first ones appear on the guide page). */
  questions: z.array(quizQuestionSchema).min(1, schemaRule('schema.quizQuestions')),
});

export type QuizFileData = z.output<typeof quizFileSchema>;
export type QuizQuestionData = z.output<typeof quizQuestionSchema>;
export type QuizType = QuizQuestionData['type'];
