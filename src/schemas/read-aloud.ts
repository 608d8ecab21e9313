import { z } from 'astro/zod';
import { text } from './text.ts';

const spelling = z.strictObject({
  /** As it appears in text, e.g. "UBND". Matched as a whole word, case-sensitively. */
  written: text(),
  /** As it must be read, e.g. "Ủy ban nhân dân". */
  spoken: text(),
});

/** `content/read-aloud.yaml`: words the office wants read a particular way on air. */
export const readAloudSchema = z.strictObject({
  /** Abbreviations always read in full (UBND → Ủy ban nhân dân). */
  abbreviations: z.array(spelling).default([]),
  /** Names and loanwords with a fixed pronunciation (VNeID, Zalo, …). */
  pronunciations: z.array(spelling).default([]),
  /**
   * Type codes inside legal document numbers, e.g. { written: "NĐ", spoken: "Nghị định" }, so
   * "69/2024/NĐ-CP" is read "Nghị định số … của Chính phủ". A whole code listed under
   * `abbreviations` ("NĐ-CP") is used first.
   */
  documentTypes: z.array(spelling).default([]),
  /** Issuer codes inside legal document numbers, e.g. { written: "CP", spoken: "Chính phủ" }; "QH15" reads "Quốc hội khóa mười lăm". */
  issuers: z.array(spelling).default([]),
  /**
   * Parts of web and e-mail addresses, matched ignoring case, e.g. { written: "dichvucong",
   * spoken: "dịch vụ công" }. An address with a part not listed here is a warning, not a guess.
   */
  webWords: z.array(spelling).default([]),
});

export type ReadAloud = z.output<typeof readAloudSchema>;
