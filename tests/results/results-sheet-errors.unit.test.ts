import { describe, expect, it } from 'vitest';
import { parseResultsSheet } from '../../src/results/parse-results-sheet.ts';
import { COMMUNE_COLUMNS, PROCEDURE_COLUMNS } from '../../src/results/result-columns.ts';
import { resolveCommuneRows, resolveProcedureRows, type SheetContext } from '../../src/results/resolve-sheet-rows.ts';
import { checkResults } from '../../src/results/check-results.ts';

const FILE = 'content/results/2026.csv';
const HEADER = 'Tháng,Xã,Tiếp nhận,Trực tuyến,Toàn trình,Đúng hạn,Thanh toán trực tuyến';
const context: SheetContext = { communes: [{ slug: 'phu-dinh', name: 'xã Phú Đình' }, { slug: 'trung-hoi', name: 'xã Trung Hội' }], guides: ['lien-thong-khai-sinh'] };

/** The messages of a sheet's problems, one per line pair, as the office reads them. */
function errorsOf(lines: string[], file = FILE): string[] {
  const sheet = parseResultsSheet(lines.join('\n'), file, COMMUNE_COLUMNS);
  const resolved = resolveCommuneRows(sheet, context);
  const cross = checkResults(resolved.rows, [], () => sheet.columnIndex.get('month') ?? 0);
  return [...sheet.errors, ...resolved.errors, ...cross].map((error) => error.message);
}

function rowsOf(text: string) {
  const sheet = parseResultsSheet(text, FILE, COMMUNE_COLUMNS);
  expect(sheet.errors).toEqual([]);
  const resolved = resolveCommuneRows(sheet, context);
  expect(resolved.errors).toEqual([]);
  return resolved.rows;
}

describe('reading a results sheet', () => {
  it('reads a UTF-8 file with a byte-order mark, semicolons, Windows line ends and a row-number column', () => {
    const rows = rowsOf('\uFEFFSTT;Tháng;Xã;Tiếp nhận;Trực tuyến;Toàn trình;Đúng hạn;Thanh toán trực tuyến\r\n1;2026-10;phu-dinh;1.250;1 000;400;1200;300\r\n');
    expect(rows).toEqual([{ month: '2026-10', commune: 'phu-dinh', received: 1250, online: 1000, fullyOnline: 400, onTime: 1200, paidOnline: 300, source: { file: FILE, row: 2 } }]);
  });

  it('accepts headers without diacritics and a commune written by its name', () => {
    const rows = rowsOf('thang,xa,tiep nhan,truc tuyen,toan trinh,dung han,thanh toan truc tuyen\n2026-10,Xã Trung Hội,10,5,2,10,1\n');
    expect(rows[0]!.commune).toBe('trung-hoi');
  });

  it('counts rows as the spreadsheet does, past blank lines', () => {
    const rows = rowsOf(`${HEADER}\n2026-09,phu-dinh,10,5,2,10,1\n\n2026-10,phu-dinh,10,5,2,10,1\n`);
    expect(rows.map((row) => row.source.row)).toEqual([2, 4]);
  });
});

describe('errors in a results sheet name the file, row, column and fix', () => {
  it('refuses a word where a number belongs', () => {
    expect(errorsOf([HEADER, '2026-10,phu-dinh,120,nhiều,40,118,30'])).toMatchInlineSnapshot(`
      [
        "content/results/2026.csv → dòng 2, cột D “Trực tuyến”: là “nhiều”, không phải một số
        Cách sửa: ghi số hồ sơ bằng chữ số, ví dụ 430; không ghi chữ hay đơn vị.",
      ]
    `);
  });

  it('refuses a commune that does not exist, listing the ones that do', () => {
    expect(errorsOf([HEADER, '2026-10,phu-luong,120,100,40,118,30'])).toMatchInlineSnapshot(`
      [
        "content/results/2026.csv → dòng 2, cột B “Xã”: là “phu-luong”, không phải xã nào trong content/communes/
        Cách sửa: ghi tên tệp của xã (không có .yaml) hoặc tên xã: phu-dinh, trung-hoi; xã mới thì thêm content/communes/<tên-xã>.yaml.",
      ]
    `);
  });

  it('refuses more dossiers online than received, and more fully online than online', () => {
    expect(errorsOf([HEADER, '2026-10,phu-dinh,120,130,140,118,30'])).toMatchInlineSnapshot(`
      [
        "content/results/2026.csv → dòng 2, cột D “Trực tuyến”: 130 hồ sơ “Trực tuyến” nhiều hơn 120 hồ sơ “Tiếp nhận” (cột C)
        Cách sửa: “Trực tuyến” là một phần của “Tiếp nhận”, nên không thể lớn hơn: kiểm tra lại hai ô này.",
        "content/results/2026.csv → dòng 2, cột E “Toàn trình”: 140 hồ sơ “Toàn trình” nhiều hơn 130 hồ sơ “Trực tuyến” (cột D)
        Cách sửa: “Toàn trình” là một phần của “Trực tuyến”, nên không thể lớn hơn: kiểm tra lại hai ô này.",
      ]
    `);
  });

  it('refuses the same commune and month twice, naming the first row', () => {
    expect(errorsOf([HEADER, '2026-10,phu-dinh,120,100,40,118,30', '2026-09,phu-dinh,120,100,40,118,30', '2026-10,phu-dinh,121,100,40,118,30'])).toMatchInlineSnapshot(`
      [
        "content/results/2026.csv → dòng 4, cột A “Tháng”: xã phu-dinh, tháng 2026-10 đã có ở dòng 2
        Cách sửa: mỗi xã chỉ một dòng cho một tháng (mỗi thủ tục một dòng): xóa một trong hai dòng, hoặc sửa lại tháng.",
      ]
    `);
  });

  it('refuses a malformed month and suggests the written form', () => {
    expect(errorsOf([HEADER, '10/2026,phu-dinh,120,100,40,118,30', '2026-13,phu-dinh,120,100,40,118,30'])).toMatchInlineSnapshot(`
      [
        "content/results/2026.csv → dòng 2, cột A “Tháng”: là “10/2026”, không phải tháng viết năm-tháng (YYYY-MM)
        Cách sửa: ghi 2026-10 thay cho 10/2026; trong Excel, đặt định dạng cột là Văn bản (Text) để Excel không đổi thành ngày.",
        "content/results/2026.csv → dòng 3, cột A “Tháng”: là “2026-13”, không phải tháng viết năm-tháng (YYYY-MM)
        Cách sửa: ghi 2026-10 cho tháng 10 năm 2026; trong Excel, đặt định dạng cột là Văn bản (Text) để Excel không đổi thành ngày.",
      ]
    `);
  });

  it('refuses negative numbers, fractions and blank cells', () => {
    expect(errorsOf([HEADER, '2026-10,phu-dinh,-5,0,0,0,0', '2026-11,phu-dinh,12,5,2,10,', '2026-12,phu-dinh,12,5,"2,5",10,1'])).toMatchInlineSnapshot(`
      [
        "content/results/2026.csv → dòng 2, cột C “Tiếp nhận”: là -5, một số âm
        Cách sửa: số hồ sơ không thể âm: sửa thành số đúng, hoặc 0 nếu không có hồ sơ.",
        "content/results/2026.csv → dòng 3, cột G “Thanh toán trực tuyến”: bị để trống
        Cách sửa: ghi số hồ sơ; tháng không có hồ sơ thì ghi 0.",
        "content/results/2026.csv → dòng 4, cột E “Toàn trình”: là “2,5”, không phải số nguyên
        Cách sửa: số hồ sơ là số nguyên (120, không phải 120,5); dấu chấm chỉ dùng để tách hàng nghìn (1.250).",
      ]
    `);
  });

  it('names a missing column and an unknown one in the header row', () => {
    expect(errorsOf(['Tháng,Xã,Tiếp nhận,Trực tuyến,Toàn trình,Đúng hạn,Thanh toán online', '2026-10,phu-dinh,1,1,1,1,1'])).toMatchInlineSnapshot(`
      [
        "content/results/2026.csv → dòng 1: có cột “Thanh toán online” mà bộ công cụ không biết
        Cách sửa: đổi tiêu đề thành một trong “Tháng”, “Xã”, “Tiếp nhận”, “Trực tuyến”, “Toàn trình”, “Đúng hạn”, “Thanh toán trực tuyến” (hoặc “STT”, “Ghi chú”), hoặc xóa cột này.",
        "content/results/2026.csv → dòng 1: thiếu cột “Thanh toán trực tuyến”
        Cách sửa: thêm một cột có tiêu đề “Thanh toán trực tuyến” (ví dụ ô: 150); các cột của tệp này: “Tháng”, “Xã”, “Tiếp nhận”, “Trực tuyến”, “Toàn trình”, “Đúng hạn”, “Thanh toán online”.",
      ]
    `);
  });

  it('names the row of an unclosed quote', () => {
    expect(errorsOf([HEADER, '2026-10,phu-dinh,1,1,1,1,1', '2026-11,"phu-dinh,1,1,1,1,1'])).toMatchInlineSnapshot(`
      [
        "content/results/2026.csv → dòng 3: không đọc được tệp CSV (có dấu ngoặc kép mở mà không đóng)
        Cách sửa: lưu lại từ Excel bằng “CSV UTF-8 (phân cách bằng dấu phẩy)”; một ô có dấu ngoặc kép phải đóng ngoặc trong cùng ô đó.",
      ]
    `);
  });

  it('refuses a procedure that is not a guide, and procedures adding up to more than the commune received', () => {
    const sheet = parseResultsSheet('Tháng,Xã,Thủ tục,Tiếp nhận,Trực tuyến\n2026-10,phu-dinh,khai-sinh,5,5\n2026-10,phu-dinh,lien-thong-khai-sinh,50,40\n', 'content/results/thu-tuc-2026.csv', PROCEDURE_COLUMNS);
    const procedures = resolveProcedureRows(sheet, context);
    const totals = resolveCommuneRows(parseResultsSheet(`${HEADER}\n2026-10,phu-dinh,30,20,10,30,5\n`, FILE, COMMUNE_COLUMNS), context);
    const messages = [...procedures.errors, ...checkResults(totals.rows, procedures.rows, () => 0)].map((error) => error.message);
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/results/thu-tuc-2026.csv → dòng 2, cột C “Thủ tục”: là “khai-sinh”, không phải hướng dẫn nào trong content/guides/
        Cách sửa: ghi tên tệp của hướng dẫn thủ tục (không có .mdx), ví dụ lien-thong-khai-sinh.",
        "content/results/thu-tuc-2026.csv → dòng 3: các thủ tục của xã phu-dinh tháng 2026-10 cộng lại 50 hồ sơ tiếp nhận, nhiều hơn tổng 30 của xã (content/results/2026.csv dòng 2)
        Cách sửa: hồ sơ từng thủ tục là một phần của tổng số của xã: kiểm tra lại các dòng này.",
      ]
    `);
  });
});
