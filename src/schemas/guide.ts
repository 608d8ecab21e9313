import { z } from 'astro/zod';
import { schemaRule } from './schema-rule.ts';
import { LIFE_EVENT_KEYS } from './life-event.ts';
import { httpsUrl, isoDate, slug, text } from './text.ts';

/**
 * One thing the reader needs before starting. Plain text, or `{ text, guide }` when another
 * guide explains how to get it (e.g. `guide: dang-ky-tai-khoan-vneid-muc-2` for a VNeID level-2
 * account): the guide page then links the item to that guide. Both forms read as `{ text, guide? }`.
 */
export const beforeItemSchema = z.preprocess(
  // A plain line is the short form of { text }; one object shape keeps error messages field by field.
  (value) => (typeof value === 'string' ? { text: value } : value),
  z.strictObject({
    /** What is needed, e.g. "Tài khoản VNeID mức 2". */
    text: text(),
    /** File name (without .mdx) of the guide that explains how to get it. */
    guide: slug().optional(),
  }),
);

/** One numbered step of a procedure. */
export const stepSchema = z.strictObject({
  /** The action, imperative and short ("Mở ứng dụng VNeID"). Shown in bold and on posters. */
  title: text(),
  /** What exactly to tap, type or bring. One or two plain sentences. */
  detail: text(),
});

/** Where a fact in the guide comes from, so reviewers can check it again. */
export const sourceSchema = z.strictObject({
  /** Name of the document or page, e.g. "Nghị định 69/2024/NĐ-CP". */
  title: text(),
  /** https address of the source; its domain must be on `linkAllowlist`. */
  url: httpsUrl(),
  /** Date of the document or of the page as read (YYYY-MM-DD). */
  date: isoDate(),
});

/** Shorter words for the folded leaflet and posters, only where a panel needs them. Each field falls back to the guide's own. */
export const guidePrintSchema = z.strictObject({
  /**
   * Cover and poster title, when the full title is too long for a 100 mm panel or should break
   * elsewhere: a `|` (or a line break) starts a new line there, e.g. "Đăng ký khai sinh | trên
   * điện thoại". Printed only; the site never shows it.
   */
  title: text().optional(),
  /** Steps with shorter wording for the inside panels. */
  steps: z.array(stepSchema).min(1).optional(),
  /** Shorter "what you need first" list for the flap. */
  before: z.array(text()).min(1).optional(),
  /** Up to three big steps for posters (defaults to the first three step titles). */
  posterSteps: z.array(text()).min(1).max(3).optional(),
});

/** Help for the loudspeaker script. */
export const guideBroadcastSchema = z.strictObject({
  /** Opening paragraph read after the headline, written for the ear. Defaults to the summary. */
  lead: text().optional(),
  /** Why it matters to the listener, one or two sentences. */
  whyItMatters: text().optional(),
  /** Facts repeated at the end of the script (the key things to remember). Defaults to what you need first. */
  keyFacts: z.array(text()).optional(),
  /** How to say words the normaliser would get wrong, e.g. { written: "VNeID", spoken: "vê en ây ai đi" }. */
  pronunciations: z.array(z.strictObject({ written: text(), spoken: text() })).default([]),
});

/** Frontmatter of `content/guides/<slug>.mdx`: one guide per procedure or task. */
export const guideSchema = z.strictObject({
  /**
   * The task in the citizen's words, e.g. "Đăng ký khai sinh cho con trên mạng". No `|`: the
   * site shows this title as written; a line break forced for print goes in `print.title`.
   */
  title: text().refine((value) => !value.includes('|'), schemaRule('schema.noBarInTitle')),
  /** One sentence: what the reader gets by following the guide. */
  summary: text(),
  /** Life event the guide is listed under (see src/schemas/life-event.ts). */
  lifeEvent: z.enum(LIFE_EVENT_KEYS),
  /** Who the guide is for, in one sentence. */
  audience: text(),
  /** Where the procedure is filed: the national portal, the VNeID app, or either. */
  channel: z.enum(['dichvucong', 'vneid', 'ca-hai']),
  /** Decree 42/2022/NĐ-CP kinds: the whole procedure online, or partly online. Never "mức độ 3, 4". */
  onlineLevel: z.enum(['toan-trinh', 'mot-phan']),
  /** What the reader needs before starting (VNeID level 2, photos of papers, …); an item may name the guide that explains it. */
  before: z.array(beforeItemSchema).min(1),
  /** Numbered steps, in order. */
  steps: z.array(stepSchema).min(1),
  /** Papers to prepare (scans or photos). Empty when none are needed. */
  documents: z.array(text()).default([]),
  /** Fee in words; write around figures that are not confirmed ("theo quy định; xem trên Cổng"). */
  fee: text(),
  /** How long the office takes, e.g. "Khoảng 3 ngày làm việc". */
  processingTime: text(),
  /**
   * The time limit the law sets for the citizen, when there is one, e.g. "Trong 60 ngày kể từ
   * ngày sinh của con" (Luật Hộ tịch 2014, art. 15). Shown first in the facts box.
   */
  deadline: text().optional(),
  /** How the result arrives (VNeID, portal, SMS, in person). */
  result: text(),
  /** Where to get help for this procedure specifically. */
  help: text(),
  /** Short line for posters and banners, at most 60 characters. */
  slogan: text().pipe(z.string().max(60, schemaRule('schema.bannerLength'))),
  /** The documents the facts were checked against. */
  sources: z.array(sourceSchema).min(1),
  /** Date the facts were last checked (YYYY-MM-DD). */
  reviewed: isoDate(),
  /** Panel text overrides for the print kit. */
  print: guidePrintSchema.default({}),
  /** Extra material for the loudspeaker script. */
  broadcast: guideBroadcastSchema.default({ pronunciations: [] }),
});

export type GuideData = z.output<typeof guideSchema>;
export type Step = z.output<typeof stepSchema>;
export type BeforeItem = z.output<typeof beforeItemSchema>;
