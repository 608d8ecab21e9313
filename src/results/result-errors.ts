/**
 * Errors in the results spreadsheets, worded for the person who keeps them in Excel: the file,
 * the row and column as the spreadsheet shows them ("dòng 5, cột D “Trực tuyến”"), what is wrong
 * and what to type instead. They are ContentErrors, so the build reports them with the rest.
 */
import { ContentError } from '../content/content-error.ts';
import { getColumnLetter, type ColumnSpec } from './result-columns.ts';

/** Where a cell is: the spreadsheet row (the header is row 1) and the column. */
export interface CellPlace {
  file: string;
  row: number;
  column?: { index: number; spec: ColumnSpec };
}

export function getCellField(place: CellPlace): string {
  const row = `dòng ${place.row}`;
  if (!place.column) return row;
  return `${row}, cột ${getColumnLetter(place.column.index)} “${place.column.spec.header}”`;
}

const error = (place: CellPlace, problem: string, fix: string) => new ContentError(place.file, getCellField(place), problem, fix);

export const resultErrors = {
  unreadable: (place: CellPlace, reason: string) =>
    error(place, `không đọc được tệp CSV (${reason})`, 'lưu lại từ Excel bằng “CSV UTF-8 (phân cách bằng dấu phẩy)”; một ô có dấu ngoặc kép phải đóng ngoặc trong cùng ô đó.'),
  empty: (place: CellPlace) =>
    error(place, 'không có dòng số liệu nào', 'dòng 1 là tiêu đề cột, mỗi dòng sau là một xã trong một tháng; xóa tệp nếu không dùng.'),
  missingColumn: (place: CellPlace, spec: ColumnSpec, headers: readonly string[]) =>
    error(place, `thiếu cột “${spec.header}”`, `thêm một cột có tiêu đề “${spec.header}” (ví dụ ô: ${spec.example}); các cột của tệp này: ${headers.map((h) => `“${h}”`).join(', ')}.`),
  unknownColumn: (place: CellPlace, header: string, columns: readonly ColumnSpec[]) =>
    error(place, `có cột “${header}” mà bộ công cụ không biết`, `đổi tiêu đề thành một trong ${columns.map((c) => `“${c.header}”`).join(', ')} (hoặc “STT”, “Ghi chú”), hoặc xóa cột này.`),
  duplicateColumn: (place: CellPlace, other: number) =>
    error(place, `trùng với cột ${getColumnLetter(other)}`, 'mỗi cột chỉ có một lần: xóa một trong hai cột.'),
  cellCount: (place: CellPlace, cells: number, headers: number) =>
    error(place, `có ${cells} ô, dòng tiêu đề có ${headers}`, 'mỗi dòng có đúng số ô như dòng tiêu đề; kiểm tra dấu phân cách thừa hoặc thiếu trong dòng này.'),
  blank: (place: CellPlace) =>
    error(place, 'bị để trống', place.column?.spec.key === 'month' || place.column?.spec.key === 'commune' || place.column?.spec.key === 'procedure'
      ? `ghi ${place.column.spec.header.toLowerCase()}, ví dụ ${place.column.spec.example}.`
      : 'ghi số hồ sơ; tháng không có hồ sơ thì ghi 0.'),
  notANumber: (place: CellPlace, value: string) =>
    error(place, `là “${value}”, không phải một số`, `ghi số hồ sơ bằng chữ số, ví dụ ${place.column?.spec.example ?? '120'}; không ghi chữ hay đơn vị.`),
  notWhole: (place: CellPlace, value: string) =>
    error(place, `là “${value}”, không phải số nguyên`, 'số hồ sơ là số nguyên (120, không phải 120,5); dấu chấm chỉ dùng để tách hàng nghìn (1.250).'),
  negative: (place: CellPlace, value: string) =>
    error(place, `là ${value}, một số âm`, 'số hồ sơ không thể âm: sửa thành số đúng, hoặc 0 nếu không có hồ sơ.'),
  badMonth: (place: CellPlace, value: string) => {
    const match = /^(\d{1,2})[/.-](\d{4})$/.exec(value);
    const suggestion = match && Number(match[1]) >= 1 && Number(match[1]) <= 12 ? `${match[2]}-${match[1]!.padStart(2, '0')}` : '2026-10';
    return error(place, `là “${value}”, không phải tháng viết năm-tháng (YYYY-MM)`, `ghi ${suggestion}${match ? ` thay cho ${value}` : ' cho tháng 10 năm 2026'}; trong Excel, đặt định dạng cột là Văn bản (Text) để Excel không đổi thành ngày.`);
  },
  unknownCommune: (place: CellPlace, value: string, communes: readonly string[]) =>
    error(place, `là “${value}”, không phải xã nào trong content/communes/`, communes.length === 0
      ? 'chưa có xã nào: thêm content/communes/<tên-xã>.yaml trước.'
      : `ghi tên tệp của xã (không có .yaml) hoặc tên xã: ${communes.join(', ')}; xã mới thì thêm content/communes/<tên-xã>.yaml.`),
  unknownProcedure: (place: CellPlace, value: string) =>
    error(place, `là “${value}”, không phải hướng dẫn nào trong content/guides/`, 'ghi tên tệp của hướng dẫn thủ tục (không có .mdx), ví dụ lien-thong-khai-sinh.'),
  moreThan: (place: CellPlace, part: { value: number; header: string }, whole: { value: number; header: string; letter: string }) =>
    error(place, `${part.value} hồ sơ “${part.header}” nhiều hơn ${whole.value} hồ sơ “${whole.header}” (cột ${whole.letter})`, `“${part.header}” là một phần của “${whole.header}”, nên không thể lớn hơn: kiểm tra lại hai ô này.`),
  duplicateMonth: (place: CellPlace, what: string, month: string, first: { file: string; row: number }) =>
    error(place, `${what}, tháng ${month} đã có ở ${first.file === place.file ? '' : `${first.file} `}dòng ${first.row}`, 'mỗi xã chỉ một dòng cho một tháng (mỗi thủ tục một dòng): xóa một trong hai dòng, hoặc sửa lại tháng.'),
  procedureOverTotal: (place: CellPlace, commune: string, month: string, sum: number, total: { value: number; file: string; row: number }) =>
    error(place, `các thủ tục của ${commune} tháng ${month} cộng lại ${sum} hồ sơ tiếp nhận, nhiều hơn tổng ${total.value} của xã (${total.file} dòng ${total.row})`, 'hồ sơ từng thủ tục là một phần của tổng số của xã: kiểm tra lại các dòng này.'),
};
