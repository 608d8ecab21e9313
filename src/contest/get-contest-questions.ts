/**
 * The questions of one edition's contest: those testing the guides the edition publishes (every
 * guide for the office, the commune's featured guides for a commune), in the edition's guide
 * order and, within a guide, in the bank's order. Kits and pages ask here, never filter the
 * bank themselves.
 */
import type { Content } from '../content/load-content.ts';
import type { QuizQuestion } from '../content/read-quiz.ts';
import type { Edition } from '../editions/edition.ts';
import type { QuizType } from '../schemas/quiz.ts';

export function getContestQuestions(content: Content, edition: Edition, type?: QuizType): QuizQuestion[] {
  return edition.guides.flatMap((slug) => content.quiz.filter((question) => question.guide === slug && (type === undefined || question.type === type)));
}

/** The date a contest document carries (PDF dates): the latest review of the guides it asks about. */
export function getContestDate(content: Content, edition: Edition): string {
  const dates = content.guides.filter((guide) => edition.guides.includes(guide.slug)).map((guide) => guide.reviewed);
  return dates.sort().at(-1) ?? content.guides.map((guide) => guide.reviewed).sort().at(-1) ?? '2026-01-01';
}
