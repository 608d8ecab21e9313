import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../src/content/content-error.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { copyContent } from '../helpers/fixture-content.ts';

/** The message a build prints for fixture content edited by `edits`, with the temp folder name taken out. */
async function errorFor(edits: Parameters<typeof copyContent>[0]): Promise<string> {
  const dir = await copyContent(edits);
  const error = await loadContent(dir).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ContentErrors);
  return (error as Error).message.replaceAll(dir, '<content>').replace(/[^\s]*dvc-kit-content-[^/]+/g, '<content>');
}

const bank = 'quiz/dang-ky-khai-sinh.yaml';

describe('a question bank that fails the build', () => {
  it('names the file and the question when a multiple-choice question has no right answer', async () => {
    expect(await errorFor({ [bank]: (text) => text.replace('      - text: Khoảng 3 ngày làm việc\n        correct: true', '      - text: Khoảng 3 ngày làm việc') })).toMatchInlineSnapshot(`
      "Nội dung có 1 lỗi; chưa dựng gì.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.0 (câu "khai-sinh-thoi-gian").options: has no right answer
        Cách sửa: mark exactly one option with \`correct: true\`; a contest question has one right answer."
    `);
  });

  it('refuses two right answers', async () => {
    expect(await errorFor({ [bank]: (text) => text.replace('      - text: Sổ hộ khẩu giấy', '      - text: Sổ hộ khẩu giấy\n        correct: true') })).toMatchInlineSnapshot(`
      "Nội dung có 1 lỗi; chưa dựng gì.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.2 (câu "khai-sinh-ket-qua").options: has 2 right answers
        Cách sửa: mark exactly one option with \`correct: true\`; a contest question has one right answer."
    `);
  });

  it('refuses two options that say the same, whatever their case and punctuation', async () => {
    expect(await errorFor({ [bank]: (text) => text.replace('      - text: Khoảng 3 tháng', '      - text: khoảng 30 ngày.') })).toMatchInlineSnapshot(`
      "Nội dung có 1 lỗi; chưa dựng gì.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.0 (câu "khai-sinh-thoi-gian").options.3: says the same as options.1 ("khoảng 30 ngày.")
        Cách sửa: make every option say something different."
    `);
  });

  it('refuses a question whose `guide:` names a guide that does not exist', async () => {
    expect(await errorFor({ [bank]: (text) => text.replace('  - id: khai-sinh-ket-qua\n', '  - id: khai-sinh-ket-qua\n    guide: khai-sinh-cu\n') })).toMatchInlineSnapshot(`
      "Nội dung có 1 lỗi; chưa dựng gì.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.2 (câu "khai-sinh-ket-qua").guide: tests the guide "khai-sinh-cu", which does not exist
        Cách sửa: name the quiz file after a guide in content/guides/ (without .mdx), or set \`guide:\` to one, e.g. dang-ky-khai-sinh, tai-khoan-vneid, tra-cuu-ho-so."
    `);
  });

  it('refuses a quiz file named after no guide', async () => {
    const dir = await copyContent({});
    const { rename } = await import('node:fs/promises');
    await rename(`${dir}/quiz/tra-cuu-ho-so.yaml`, `${dir}/quiz/tra-cuu.yaml`);
    const message = await loadContent(dir).then(() => '', (error: Error) => error.message.replaceAll(dir, '<content>'));
    expect(message).toContain('<content>/quiz/tra-cuu.yaml → questions.0 (câu "tra-cuu-can-gi"): tests the guide "tra-cuu", which does not exist');
    expect(message).toContain('<content>/quiz/tra-cuu.yaml → questions.1 (câu "tra-cuu-mien-phi"): tests the guide "tra-cuu", which does not exist');
  });

  it('refuses a question that repeats another one, even in another file and with other spacing and punctuation', async () => {
    const twin = '  - id: tra-cuu-lap-lai\n    type: true-false\n    tests:\n      field: fee\n      fact: không mất phí\n    question: "đăng ký khai sinh  đúng hạn phải nộp lệ phí?"\n    answer: false\n    explanation: Lặp lại.\n';
    expect(await errorFor({ 'quiz/tra-cuu-ho-so.yaml': (text) => text + twin })).toMatchInlineSnapshot(`
      "Nội dung có 1 lỗi; chưa dựng gì.

      <content>/quiz/tra-cuu-ho-so.yaml → questions.2 (câu "tra-cuu-lap-lai").question: repeats the question of <content>/quiz/dang-ky-khai-sinh.yaml → questions.1 (câu "khai-sinh-le-phi")
        Cách sửa: remove one of the two, or ask about another fact of the guide."
    `);
  });

  it('refuses an id used twice, and a field the guide does not have', async () => {
    expect(await errorFor({ [bank]: (text) => text.replace('id: khai-sinh-le-phi', 'id: khai-sinh-thoi-gian').replace('field: result', 'field: ketQua') })).toMatchInlineSnapshot(`
      "Nội dung có 2 lỗi; chưa dựng gì.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.1 (câu "khai-sinh-thoi-gian").id: uses the id "khai-sinh-thoi-gian", which <content>/quiz/dang-ky-khai-sinh.yaml → questions.0 (câu "khai-sinh-thoi-gian") already has
        Cách sửa: give each question its own id; ids name the questions in answer keys and links.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.2 (câu "khai-sinh-ket-qua").tests.field: names "ketQua", which the guide dang-ky-khai-sinh does not have
        Cách sửa: write the path of a field in the guide's frontmatter (fee, processingTime, steps.2.detail, …) or "body" for its longer text; if the guide changed, check the question against it again."
    `);
  });

  it('names the question in schema errors too: too few options, a missing explanation', async () => {
    expect(await errorFor({ [bank]: (text) => text.replace('      - text: Thẻ căn cước của con\n', '').replace('      - text: Sổ hộ khẩu giấy\n', '').replace('    explanation: Khai sinh đúng hạn không mất lệ phí.\n', '') })).toMatchInlineSnapshot(`
      "Nội dung có 2 lỗi; chưa dựng gì.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.1 (câu "khai-sinh-le-phi").explanation: is missing
        Cách sửa: add \`questions.1.explanation\`; src/schemas/ says what it holds.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.2 (câu "khai-sinh-ket-qua").options: must have at least 3 options
        Cách sửa: change \`questions.2.options\` so that it follows the rule above."
    `);
  });

  it('does not blame the questions of a guide whose own file has an error', async () => {
    const message = await errorFor({ 'guides/tai-khoan-vneid.mdx': (text) => text.replace(/^slogan: .*\n/m, '') });
    expect(message).toContain('Nội dung có 1 lỗi;');
    expect(message).toContain('tai-khoan-vneid.mdx → slogan: is missing');
  });
});
