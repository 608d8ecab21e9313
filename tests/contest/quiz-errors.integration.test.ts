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

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.0 (câu "khai-sinh-thoi-gian").options: Không có đáp án đúng.
        Cách sửa: đánh dấu đúng một phương án bằng \`correct: true\`; mỗi câu hỏi hội thi chỉ có một đáp án đúng."
    `);
  });

  it('refuses two right answers', async () => {
    expect(await errorFor({ [bank]: (text) => text.replace('      - text: Sổ hộ khẩu giấy', '      - text: Sổ hộ khẩu giấy\n        correct: true') })).toMatchInlineSnapshot(`
      "Nội dung có 1 lỗi; chưa dựng gì.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.2 (câu "khai-sinh-ket-qua").options: Có 2 đáp án đúng.
        Cách sửa: đánh dấu đúng một phương án bằng \`correct: true\`; mỗi câu hỏi hội thi chỉ có một đáp án đúng."
    `);
  });

  it('refuses two options that say the same, whatever their case and punctuation', async () => {
    expect(await errorFor({ [bank]: (text) => text.replace('      - text: Khoảng 3 tháng', '      - text: khoảng 30 ngày.') })).toMatchInlineSnapshot(`
      "Nội dung có 1 lỗi; chưa dựng gì.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.0 (câu "khai-sinh-thoi-gian").options.3: Giống hệt phương án options.1 ("khoảng 30 ngày.").
        Cách sửa: mỗi phương án phải nói một điều khác nhau."
    `);
  });

  it('refuses a question whose `guide:` names a guide that does not exist', async () => {
    expect(await errorFor({ [bank]: (text) => text.replace('  - id: khai-sinh-ket-qua\n', '  - id: khai-sinh-ket-qua\n    guide: khai-sinh-cu\n') })).toMatchInlineSnapshot(`
      "Nội dung có 1 lỗi; chưa dựng gì.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.2 (câu "khai-sinh-ket-qua").guide: Câu hỏi về hướng dẫn "khai-sinh-cu", nhưng không có hướng dẫn này.
        Cách sửa: đặt tên tệp câu hỏi theo một hướng dẫn trong content/guides/ (không có .mdx), hoặc ghi \`guide:\` là một hướng dẫn, ví dụ dang-ky-khai-sinh, tai-khoan-vneid, tra-cuu-ho-so."
    `);
  });

  it('refuses a quiz file named after no guide', async () => {
    const dir = await copyContent({});
    const { rename } = await import('node:fs/promises');
    await rename(`${dir}/quiz/tra-cuu-ho-so.yaml`, `${dir}/quiz/tra-cuu.yaml`);
    const message = await loadContent(dir).then(() => '', (error: Error) => error.message.replaceAll(dir, '<content>'));
    expect(message).toContain('<content>/quiz/tra-cuu.yaml → questions.0 (câu "tra-cuu-can-gi"): Câu hỏi về hướng dẫn "tra-cuu", nhưng không có hướng dẫn này.');
    expect(message).toContain('<content>/quiz/tra-cuu.yaml → questions.1 (câu "tra-cuu-mien-phi"): Câu hỏi về hướng dẫn "tra-cuu", nhưng không có hướng dẫn này.');
  });

  it('refuses a question that repeats another one, even in another file and with other spacing and punctuation', async () => {
    const twin = '  - id: tra-cuu-lap-lai\n    type: true-false\n    tests:\n      field: fee\n      fact: không mất phí\n    question: "đăng ký khai sinh  đúng hạn phải nộp lệ phí?"\n    answer: false\n    explanation: Lặp lại.\n';
    expect(await errorFor({ 'quiz/tra-cuu-ho-so.yaml': (text) => text + twin })).toMatchInlineSnapshot(`
      "Nội dung có 1 lỗi; chưa dựng gì.

      <content>/quiz/tra-cuu-ho-so.yaml → questions.2 (câu "tra-cuu-lap-lai").question: Trùng câu hỏi với <content>/quiz/dang-ky-khai-sinh.yaml → questions.1 (câu "khai-sinh-le-phi").
        Cách sửa: xóa một trong hai câu, hoặc hỏi về một điều khác của hướng dẫn."
    `);
  });

  it('refuses an id used twice, and a field the guide does not have', async () => {
    expect(await errorFor({ [bank]: (text) => text.replace('id: khai-sinh-le-phi', 'id: khai-sinh-thoi-gian').replace('field: result', 'field: ketQua') })).toMatchInlineSnapshot(`
      "Nội dung có 2 lỗi; chưa dựng gì.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.1 (câu "khai-sinh-thoi-gian").id: Dùng id "khai-sinh-thoi-gian", mà <content>/quiz/dang-ky-khai-sinh.yaml → questions.0 (câu "khai-sinh-thoi-gian") đã dùng.
        Cách sửa: mỗi câu hỏi một id riêng; id là tên câu hỏi trong đáp án và liên kết.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.2 (câu "khai-sinh-ket-qua").tests.field: Ghi "ketQua", nhưng hướng dẫn dang-ky-khai-sinh không có trường này.
        Cách sửa: ghi tên một trường trong phần đầu của hướng dẫn (fee, processingTime, steps.2.detail, …) hoặc "body" cho phần chữ dài; nếu hướng dẫn đã đổi, đối chiếu lại câu hỏi."
    `);
  });

  it('names the question in schema errors too: too few options, a missing explanation', async () => {
    expect(await errorFor({ [bank]: (text) => text.replace('      - text: Thẻ căn cước của con\n', '').replace('      - text: Sổ hộ khẩu giấy\n', '').replace('    explanation: Khai sinh đúng hạn không mất lệ phí.\n', '') })).toMatchInlineSnapshot(`
      "Nội dung có 2 lỗi; chưa dựng gì.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.1 (câu "khai-sinh-le-phi").explanation: Thiếu trường \`questions.1.explanation\`.
        Cách sửa: thêm dòng \`questions.1.explanation: …\` vào tệp; xem một tệp cùng loại trong content/ để biết trường này ghi gì.

      <content>/quiz/dang-ky-khai-sinh.yaml → questions.2 (câu "khai-sinh-ket-qua").options: Trường \`questions.2.options\` phải có ít nhất 3 phương án.
        Cách sửa: sửa giá trị này cho đúng yêu cầu trên; một tệp cùng loại trong content/ có ví dụ."
    `);
  });

  it('does not blame the questions of a guide whose own file has an error', async () => {
    const message = await errorFor({ 'guides/tai-khoan-vneid.mdx': (text) => text.replace(/^slogan: .*\n/m, '') });
    expect(message).toContain('Nội dung có 1 lỗi;');
    expect(message).toContain('tai-khoan-vneid.mdx → slogan: Thiếu trường `slogan`.');
  });
});
