/**
 * The columns of the meeting sign-in sheet and the fields of the report form, in one place,
 * because the campaign results (content/results/*.csv, built by the results kit) read the same
 * ids: a hamlet head who types the sheet into the office's spreadsheet uses these as column
 * headers. Change an id here and in the results reader together.
 */
import type { MessageKey } from '../i18n/t.ts';

export interface SignInColumn {
  /** Column id in the results data (snake_case ASCII, as the office's export writes headers). */
  id: 'ho_ten' | 'thon_xom' | 'vneid_muc_2' | 'can_giup_nop_ho_so';
  label: MessageKey;
  /** Free text to write by hand, or two boxes to tick ("Có" / "Chưa"). */
  kind: 'text' | 'yes-no';
  /** Share of the table width after the row-number column. */
  share: number;
}

export const MEETING_SIGN_IN_COLUMNS: readonly SignInColumn[] = [
  { id: 'ho_ten', label: 'meeting.column.ho_ten', kind: 'text', share: 0.32 },
  { id: 'thon_xom', label: 'meeting.column.thon_xom', kind: 'text', share: 0.18 },
  { id: 'vneid_muc_2', label: 'meeting.column.vneid_muc_2', kind: 'yes-no', share: 0.25 },
  { id: 'can_giup_nop_ho_so', label: 'meeting.column.can_giup_nop_ho_so', kind: 'yes-no', share: 0.25 },
];

export interface ReportField {
  /** Field id in the results data. */
  id: 'so_nguoi_du' | 'so_nguoi_duoc_huong_dan' | 'so_ho_so_nop_tai_cho';
  label: MessageKey;
}

export const MEETING_REPORT_FIELDS: readonly ReportField[] = [
  { id: 'so_nguoi_du', label: 'meeting.field.so_nguoi_du' },
  { id: 'so_nguoi_duoc_huong_dan', label: 'meeting.field.so_nguoi_duoc_huong_dan' },
  { id: 'so_ho_so_nop_tai_cho', label: 'meeting.field.so_ho_so_nop_tai_cho' },
];
