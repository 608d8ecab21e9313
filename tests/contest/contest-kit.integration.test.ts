import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKit } from '../../src/build/run-kit.ts';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getContestFiles } from '../../src/contest/contest-catalogue.ts';
import { getContestQuestions } from '../../src/contest/get-contest-questions.ts';
import { CONTEST_PRODUCER, contestKit, resolveContestJob } from '../../src/contest/kit.ts';
import { renderPdf } from '../../src/pdf/render-pdf.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { getMcCards } from '../../src/contest/layout/resolve-mc-cards.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { contestFiles } from '../../src/paths.ts';
import { copyContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { normalise, readPdfText, withPdf } from '../helpers/pdf.ts';

// The fixture content (3 guides, 8 questions, one commune featuring all three), built twice.
let content: Content;
let first: string;
let second: string;

beforeAll(async () => {
  content = await loadContent(FIXTURE_CONTENT);
  first = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-contest-'));
  second = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-contest-'));
  await runKit(contestKit, content, first);
  await runKit(contestKit, content, second);
});
afterAll(async () => {
  await rm(first, { recursive: true, force: true });
  await rm(second, { recursive: true, force: true });
});

const read = (dir: string, sitePath: string) => readFile(path.join(dir, sitePath));
const pdfText = async (sitePath: string, dir = first) => (await readPdfText(await read(dir, sitePath))).map(normalise).join('\n');

/** Question numbers and the letter ticked for each, read back from a printed sheet and key. */
async function readVersion(version: 'a' | 'b') {
  const sheet = await pdfText(contestFiles.questionSheet(version));
  const key = await pdfText(contestFiles.answerKey(version));
  return { sheet, key };
}

/** Where each question's text starts on the sheet, in order: the printed order of the questions. */
function getPrintedOrder(sheet: string, questions: readonly { id: string; question: string }[]): string[] {
  return questions
    .map((question) => ({ id: question.id, at: sheet.indexOf(normalise(question.question)) }))
    .sort((left, right) => left.at - right.at)
    .map((question) => question.id);
}

describe('the contest kit', () => {
  it('makes the files its catalogue lists for every edition, and nothing else', async () => {
    const listed: string[] = [];
    for (const edition of getEditions(content)) {
      const files = getContestFiles(content, edition);
      expect(files.map((file) => file.job.kind)).toEqual(['question-sheet', 'question-sheet', 'answer-key', 'answer-key', 'answer-sheet', 'mc-cards', 'scoreboard', 'rules']);
      for (const file of files) expect((await read(first, file.path)).subarray(0, 5).toString()).toBe('%PDF-');
      listed.push(...files.map((file) => file.path));
    }
    const written = (await readdir(path.join(first, 'hoi-thi'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => `/${path.relative(first, path.join(entry.parentPath, entry.name))}`);
    expect(written.sort()).toEqual(listed.sort());
  });

  it('builds byte-identical PDFs twice from the same content', async () => {
    for (const edition of getEditions(content)) {
      for (const file of getContestFiles(content, edition)) expect((await read(first, file.path)).equals(await read(second, file.path)), file.path).toBe(true);
    }
  });

  it('prints every written question on both versions, in a different order', async () => {
    const [office] = getEditions(content);
    const written = getContestQuestions(content, office!).filter((question) => question.type !== 'situation');
    const a = await readVersion('a');
    const b = await readVersion('b');
    for (const question of written) {
      expect(a.sheet).toContain(normalise(question.question));
      expect(b.sheet).toContain(normalise(question.question));
    }
    const orderA = getPrintedOrder(a.sheet, written);
    const orderB = getPrintedOrder(b.sheet, written);
    expect([...orderA].sort()).toEqual([...orderB].sort());
    expect(orderA).not.toEqual(orderB);
  });

  it('gives in each answer key the letter under which that version printed the right answer', async () => {
    const [office] = getEditions(content);
    const written = getContestQuestions(content, office!).filter((question) => question.type !== 'situation');
    for (const version of ['a', 'b'] as const) {
      const { sheet, key } = await readVersion(version);
      for (const question of written) {
        // "Câu 3. <question> A. … B. …": the question's number and, for multiple choice, the letter printed before the right answer.
        const number = new RegExp(`Câu (\\d+)\\. ${escape(normalise(question.question))}`).exec(sheet)?.[1];
        expect(number, `${version} ${question.id}`).toBeDefined();
        if (question.type === 'choice') {
          const right = question.options.find((option) => option.correct)!;
          const block = sheet.slice(sheet.indexOf(normalise(question.question)));
          const letter = new RegExp(`([A-D])\\. ${escape(normalise(right.text))}`).exec(block)?.[1];
          expect(key, `${version} ${question.id}`).toContain(`Câu ${number}. ${letter} – ${normalise(right.text)}`);
        } else if (question.type === 'true-false') {
          expect(key, `${version} ${question.id}`).toContain(`Câu ${number}. ${question.answer ? 'Đúng' : 'Sai'}`);
        }
      }
    }
  });

  it('prints an answer sheet with a row of boxes for every written question', async () => {
    const text = await pdfText(contestFiles.answerSheet());
    const [office] = getEditions(content);
    const count = getContestQuestions(content, office!).filter((question) => question.type !== 'situation').length;
    for (let number = 1; number <= count; number++) expect(text).toMatch(new RegExp(`(^|\\s)${number}\\. (A|Đúng)`));
    expect(text).not.toMatch(new RegExp(`(^|\\s)${count + 1}\\. `));
  });

  it('puts each MC card on two A5 pages: the question with its round and number, then the answer and explanation', async () => {
    const [office] = getEditions(content);
    const cards = getMcCards(content, office!);
    const bytes = await read(first, contestFiles.mcCards());
    const pages = (await readPdfText(bytes)).map(normalise);
    expect(pages).toHaveLength(cards.length * 2);
    await withPdf(bytes, async (pdf) => {
      const [, , width, height] = (await pdf.getPage(1)).view;
      expect([Math.round((width! * 25.4) / 72), Math.round((height! * 25.4) / 72)]).toEqual([148, 210]);
    });
    cards.forEach((card, i) => {
      const [front, back] = [pages[2 * i]!, pages[2 * i + 1]!];
      expect(front).toContain(normalise(card.question.question));
      expect(front).toContain(`Câu ${card.number}/${card.count}`);
      expect(front).toContain(`VÒNG ${({ 'khoi-dong': 'KHỞI ĐỘNG', 'kien-thuc': 'KIẾN THỨC', 'xu-ly-tinh-huong': 'XỬ LÝ TÌNH HUỐNG' })[card.round.id]}`);
      expect(back).toContain(normalise(card.question.explanation));
      expect(back).not.toContain(normalise(card.question.question));
      if (card.question.type === 'situation') expect(back).toContain(normalise(card.question.modelAnswer));
    });
  });

  it('prints the rules with the three stage rounds and their timing, and a scoreboard page per round', async () => {
    const rules = await pdfText(contestFiles.rules());
    expect(rules).toContain('Vòng Khởi động: 3 câu, 10 giây mỗi câu');
    expect(rules).toContain('Vòng Kiến thức: 4 câu, 20 giây mỗi câu');
    expect(rules).toContain('Vòng Xử lý tình huống: 1 câu, 60 giây chuẩn bị và 3 phút trình bày mỗi câu');
    const board = (await readPdfText(await read(first, contestFiles.scoreboard()))).map(normalise);
    const titles = ['Bảng điểm – vòng Khởi động', 'Bảng điểm – vòng Kiến thức', 'Bảng điểm – vòng Xử lý tình huống', 'Bảng điểm tổng hợp'];
    expect(board).toHaveLength(titles.length);
    titles.forEach((title, i) => expect(board[i]).toContain(title));
    expect(board[3]).toContain('Đội 6');
  });

  it('asks an edition only about the guides it publishes', async () => {
    const [, commune] = getEditions(content);
    const narrow = { ...commune!, guides: ['tai-khoan-vneid'] };
    const text = (await readPdfText(await renderPdf(resolveContestJob(getTextMeasurer(), content, narrow, { kind: 'question-sheet', version: 'a' }), CONTEST_PRODUCER))).map(normalise).join('\n');
    for (const question of content.quiz) {
      if (question.type === 'situation') continue;
      if (question.guide === 'tai-khoan-vneid') expect(text).toContain(normalise(question.question));
      else expect(text).not.toContain(normalise(question.question));
    }
    expect(text).toContain('xã Thử');
  });

  it('marks every page of every file "MẪU" for a sample edition, and no page for a real one', async () => {
    for (const file of getContestFiles(content, getEditions(content)[0]!)) {
      for (const page of await readPdfText(await read(first, file.path))) expect(page, file.path).not.toContain('MẪU');
    }
    const dir = await copyContent({ 'site.yaml': (text) => `${text}\nsample: true\n` });
    const sample = await loadContent(dir);
    const out = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-contest-sample-'));
    await runKit(contestKit, sample, out, { filter: (file) => file.job.kind !== 'mc-cards' || file.edition.kind === 'office' });
    for (const file of getContestFiles(sample, getEditions(sample)[0]!)) {
      for (const page of await readPdfText(await read(out, file.path))) expect(page, file.path).toContain('MẪU');
    }
    await rm(out, { recursive: true, force: true });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
