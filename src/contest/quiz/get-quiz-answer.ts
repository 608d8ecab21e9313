/**
 * A question's right answer in words, as the quiz shows it and as the MC reads it: "B. 60 ngày"
 * for multiple choice (bank order), "Đúng" or "Sai" for a statement, nothing for a situation.
 */
import type { QuizQuestion } from '../../content/read-quiz.ts';
import { t } from '../../i18n/t.ts';
import { OPTION_LETTERS } from '../resolve-version.ts';

export function getQuizAnswer(question: QuizQuestion): string | undefined {
  if (question.type === 'choice') {
    const index = question.options.findIndex((option) => option.correct);
    return `${OPTION_LETTERS[index]}. ${question.options[index]!.text}`;
  }
  if (question.type === 'true-false') return question.answer ? t('contest.true') : t('contest.false');
  return undefined;
}

/** The choices a reader picks from on the site: the options in bank order, or Đúng and Sai. */
export function getQuizChoices(question: QuizQuestion): { label: string; correct: boolean }[] {
  if (question.type === 'choice') return question.options.map((option, i) => ({ label: `${OPTION_LETTERS[i]}. ${option.text}`, correct: option.correct }));
  if (question.type === 'true-false') return [{ label: t('contest.true'), correct: question.answer }, { label: t('contest.false'), correct: !question.answer }];
  return [];
}

/**
 * A mix across guides for /hoi-thi/: the first question of every guide, then the second of
 * every guide, and so on, up to `count`. Deterministic, so the page is the same every build.
 */
export function mixQuestions(questions: readonly QuizQuestion[], guides: readonly string[], count: number): QuizQuestion[] {
  const byGuide = guides.map((slug) => questions.filter((question) => question.guide === slug));
  const mixed: QuizQuestion[] = [];
  for (let round = 0; mixed.length < count && byGuide.some((list) => list.length > round); round++) {
    for (const list of byGuide) if (list[round] && mixed.length < count) mixed.push(list[round]!);
  }
  return mixed;
}
