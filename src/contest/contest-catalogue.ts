/**
 * Which contest files an edition has, from the content alone: the kit builds exactly these and
 * the "Hội thi" pages list exactly these. An edition whose guides have no questions of a kind
 * gets no file that would be empty (no sheet without written questions, no cards without any).
 */
import type { Content } from '../content/load-content.ts';
import type { Edition, EditionRef } from '../editions/edition.ts';
import { contestFiles, type ContestVersion } from '../paths.ts';
import { getContestQuestions } from './get-contest-questions.ts';
import { t } from '../i18n/t.ts';

export type ContestJob =
  | { kind: 'question-sheet'; version: ContestVersion }
  | { kind: 'answer-key'; version: ContestVersion }
  | { kind: 'answer-sheet' }
  | { kind: 'mc-cards' }
  | { kind: 'scoreboard' }
  | { kind: 'rules' };

export interface ContestFileEntry {
  /** Site path of the PDF (KitFile id). */
  id: string;
  path: string;
  job: ContestJob;
  edition: EditionRef;
  /** As listed on the Hội thi page. */
  label: string;
  /** Who it is for and how to print it. */
  note: string;
}

export const CONTEST_VERSIONS: readonly ContestVersion[] = ['a', 'b'];

export function getContestFiles(content: Content, edition: Edition): ContestFileEntry[] {
  const ref = edition.ref;
  const questions = getContestQuestions(content, edition);
  if (questions.length === 0) return [];
  const entry = (job: ContestJob, path: string, label: string, note: string): ContestFileEntry => ({ id: path, path, job, edition: ref, label, note });
  const entries: ContestFileEntry[] = [];
  if (questions.some((question) => question.type !== 'situation')) {
    for (const version of CONTEST_VERSIONS) {
      const letter = version.toUpperCase();
      entries.push(entry({ kind: 'question-sheet', version }, contestFiles.questionSheet(version, ref), t('contestFile.questionSheet.label', { letter }), t('contestFile.questionSheet.note')));
    }
    for (const version of CONTEST_VERSIONS) {
      const letter = version.toUpperCase();
      entries.push(entry({ kind: 'answer-key', version }, contestFiles.answerKey(version, ref), t('contestFile.answerKey.label', { letter }), t('contestFile.answerKey.note')));
    }
    entries.push(entry({ kind: 'answer-sheet' }, contestFiles.answerSheet(ref), t('contestFile.answerSheet.label'), t('contestFile.answerSheet.note')));
  }
  entries.push(
    entry({ kind: 'mc-cards' }, contestFiles.mcCards(ref), t('contest.card.title'), t('contestFile.mcCards.note')),
    entry({ kind: 'scoreboard' }, contestFiles.scoreboard(ref), t('contestFile.scoreboard.label'), t('contestFile.scoreboard.note')),
    entry({ kind: 'rules' }, contestFiles.rules(ref), t('contestFile.rules.label'), t('contestFile.rules.note')),
  );
  return entries;
}
