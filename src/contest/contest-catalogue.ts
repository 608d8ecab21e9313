/**
 * Which contest files an edition has, from the content alone: the kit builds exactly these and
 * the "Hội thi" pages list exactly these. An edition whose guides have no questions of a kind
 * gets no file that would be empty (no sheet without written questions, no cards without any).
 */
import type { Content } from '../content/load-content.ts';
import type { Edition, EditionRef } from '../editions/edition.ts';
import { contestFiles, type ContestVersion } from '../paths.ts';
import { getContestQuestions } from './get-contest-questions.ts';

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
      entries.push(entry({ kind: 'question-sheet', version }, contestFiles.questionSheet(version, ref), `Đề thi viết ${letter}`, 'A4, in một mặt, phát cho thí sinh; đề A và đề B xếp câu khác nhau.'));
    }
    for (const version of CONTEST_VERSIONS) {
      const letter = version.toUpperCase();
      entries.push(entry({ kind: 'answer-key', version }, contestFiles.answerKey(version, ref), `Đáp án đề ${letter}`, 'A4, chỉ dành cho ban giám khảo.'));
    }
    entries.push(entry({ kind: 'answer-sheet' }, contestFiles.answerSheet(ref), 'Phiếu trả lời', 'A4, dùng chung cho đề A và đề B; phô tô mỗi thí sinh một tờ.'));
  }
  entries.push(
    entry({ kind: 'mc-cards' }, contestFiles.mcCards(ref), 'Thẻ câu hỏi cho người dẫn chương trình', 'A5, in hai mặt lật cạnh ngắn: câu hỏi mặt trước, đáp án mặt sau.'),
    entry({ kind: 'scoreboard' }, contestFiles.scoreboard(ref), 'Bảng điểm', 'A4, mỗi vòng một trang và một trang tổng hợp, cho thư ký hội thi.'),
    entry({ kind: 'rules' }, contestFiles.rules(ref), 'Thể lệ hội thi', 'A4, bản để ban tổ chức điền thời gian, địa điểm, số người mỗi đội.'),
  );
  return entries;
}
