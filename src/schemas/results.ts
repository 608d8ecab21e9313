import { z } from 'astro/zod';
import { schemaRule } from './schema-rule.ts';
import { slug } from './text.ts';

/** A share in percent, 0–100 (80 means 80% of dossiers). */
const percent = () => z.number().min(0, schemaRule('schema.percent')).max(100, schemaRule('schema.percent'));

/** The two shares a commune is judged on (Quyết định 766/QĐ-TTg scores both "online provision" and "timeliness"). */
export const resultTargetSchema = z.strictObject({
  /**
   * Share of received dossiers filed online, in percent. Default 80: the central government
   * now asks for at least 80% of dossiers online (FACTS.md; the 30% of 2022 is history).
   */
  online: percent().default(80),
  /**
   * Share of received dossiers processed on time, in percent. Default 95: a kit default, not a
   * legal figure; set your province's own target here.
   */
  onTime: percent().default(95),
});

/** A commune's own targets where the province set it a different one; a missing share falls back to the general target. */
export const communeTargetSchema = z.strictObject({
  /** Share filed online, in percent. */
  online: percent().optional(),
  /** Share processed on time, in percent. */
  onTime: percent().optional(),
});

/** `results:` in content/site.yaml: targets for the campaign results (content/results/*.csv). */
export const resultsSettingsSchema = z.strictObject({
  /** General targets, and per-commune overrides keyed by the commune's file name (`communes: { phu-dinh: { online: 70 } }`). */
  targets: resultTargetSchema
    .extend({
      /** Overrides per commune slug (content/communes/<slug>.yaml). */
      communes: z.record(slug(), communeTargetSchema).default({}),
    })
    .prefault({}),
  /**
   * The figures in content/results/ are made up for demonstration: every results page, report,
   * CSV and broadcast item then says "MẪU". Set it to false once the files hold the office's
   * real figures.
   */
  sample: z.boolean().default(false),
});

export type ResultsSettings = z.output<typeof resultsSettingsSchema>;
export type ResultTarget = z.output<typeof resultTargetSchema>;
