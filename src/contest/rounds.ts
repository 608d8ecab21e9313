/**
 * The rounds of a commune contest on administrative reform (Hội thi tuyên truyền cải cách hành
 * chính): a written round on paper, then three stage rounds. Each round takes one kind of
 * question from the bank. Timings and points are the kit's proposal, printed in the rules
 * template for the organising board to adjust before the contest.
 */
import type { MessageKey } from '../i18n/t.ts';
import type { QuizType } from '../schemas/quiz.ts';

export type StageRoundId = 'khoi-dong' | 'kien-thuc' | 'xu-ly-tinh-huong';

export interface StageRound {
  id: StageRoundId;
  /** Its name on cards and the scoreboard (message table key). */
  label: MessageKey;
  /** The kind of question the round uses. */
  type: QuizType;
  /** Time to think and answer, per question, in seconds. */
  secondsPerQuestion: number;
  /** Seconds to prepare before answering (situations only). */
  prepareSeconds: number;
  /** Points for a right (or complete) answer. */
  points: number;
  /** How the team answers, for the rules (message table key). */
  howToAnswer: MessageKey;
}

export const STAGE_ROUNDS: readonly StageRound[] = [
  { id: 'khoi-dong', label: 'contest.round.khoi-dong', type: 'true-false', secondsPerQuestion: 10, prepareSeconds: 0, points: 10, howToAnswer: 'contest.rules.how.khoi-dong' },
  { id: 'kien-thuc', label: 'contest.round.kien-thuc', type: 'choice', secondsPerQuestion: 20, prepareSeconds: 0, points: 20, howToAnswer: 'contest.rules.how.kien-thuc' },
  { id: 'xu-ly-tinh-huong', label: 'contest.round.xu-ly-tinh-huong', type: 'situation', secondsPerQuestion: 180, prepareSeconds: 60, points: 40, howToAnswer: 'contest.rules.how.xu-ly-tinh-huong' },
];

/** The written round: the multiple-choice and true/false questions on the A4 sheets. */
export const WRITTEN_ROUND = {
  /** Minutes allowed per question, rounded up to a multiple of 5 for the whole sheet. */
  minutesPerQuestion: 1,
  points: 1,
} as const;

/** Minutes for a written sheet of `count` questions. */
export function getWrittenMinutes(count: number): number {
  return Math.max(5, Math.ceil((count * WRITTEN_ROUND.minutesPerQuestion) / 5) * 5);
}

/** Teams the scoreboard has rows for; communes usually field four to six (one per hamlet group or union). */
export const SCOREBOARD_TEAMS = 6;
