import { z } from 'astro/zod';
import { schemaRule } from './schema-rule.ts';
import { phone, slug, text } from './text.ts';

/** `content/communes/<slug>.yaml`: one edition of the kit per commune (xã, phường, đặc khu). */
export const communeSchema = z.strictObject({
  /** Full name as printed, e.g. "xã Phú Lương". */
  name: text(),
  /** The commune radio station read in the station ID, e.g. "Đài Truyền thanh xã Phú Lương". */
  station: text(),
  /** The commune's Trung tâm Phục vụ hành chính công (Decree 118/2025/NĐ-CP). */
  serviceCentre: z.strictObject({
    /** Street address. */
    address: text(),
    /** Opening hours in words. */
    hours: text(),
    /** Phone as printed, digits grouped. */
    phone: phone(),
  }),
  /** The commune's Tổ công nghệ số cộng đồng, who help people file at home. */
  digitalTeam: z.strictObject({
    /** Contact person, e.g. "Anh Hoàng Văn Minh, Đoàn xã". */
    contact: text(),
    /** Phone as printed. */
    phone: phone(),
  }),
  /** 3–5 guide slugs the commune features in its leaflets, posters and broadcasts. */
  featured: z
    .array(slug())
    .min(3, schemaRule('schema.featuredMin'))
    .max(5, schemaRule('schema.featuredMax'))
    .refine((list) => new Set(list).size === list.length, schemaRule('schema.featuredTwice')),
  /**
   * The commune's hamlets (thôn, xóm, bản, tổ dân phố), for the quantities the print-shop order
   * sheet suggests (src/print/order-sheet/quantity-rules.ts). Optional: without it the sheet
   * says the quantity is not suggested and how to add this field; nothing is guessed.
   */
  hamlets: z
    .strictObject({
      /** How many hamlets the commune has: one set of posters per hamlet cultural house. */
      count: z.number().int(schemaRule('schema.hamletCount')).min(1, schemaRule('schema.hamletCount')).max(500, schemaRule('schema.hamletCount')),
      /** Households in the commune, when known: leaflets then follow households instead of hamlets. */
      households: z.number().int(schemaRule('schema.households')).min(1, schemaRule('schema.households')).max(200_000, schemaRule('schema.households')).optional(),
    })
    .optional(),
  /** Made-up data for demonstration: every output then carries a "MẪU" mark. */
  sample: z.boolean().default(false),
});

export type Commune = z.output<typeof communeSchema>;
