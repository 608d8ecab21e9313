import { z } from 'astro/zod';
import { schemaRule } from './schema-rule.ts';
import { resultsSettingsSchema } from './results.ts';
import { domain, httpsUrl, phone, text } from './text.ts';

/** `content/site.yaml`: the office that runs the campaign, and the campaign itself. */
export const siteSchema = z.strictObject({
  /** Site name shown in the header and page titles. */
  title: text(),
  /** The office publishing the kit, e.g. "Phòng Văn hóa - Xã hội xã Phú Đình". */
  office: text(),
  /** Where the office is. Since 1 July 2025 there is no district level: province and commune only. */
  locality: z.strictObject({
    /** Province, e.g. "Thái Nguyên". */
    province: text(),
    /** Commune, ward or special zone, when the office is a commune's. */
    commune: text().optional(),
  }),
  /**
   * Where the office publishes this site; QR codes and canonical links are built from it. The
   * site is built for the root of a domain or subdomain (every link starts at "/").
   */
  url: httpsUrl().refine(isSiteRoot, schemaRule('schema.siteRoot')),
  /**
   * A shorter way to type the site, printed under every QR code instead of the site's domain:
   * a short domain ("dvc.thainguyen.gov.vn") or domain and path ("thainguyen.gov.vn/dvc") that
   * leads to the same site, e.g. a redirect the province's IT centre sets up. The QR code still
   * encodes the full `url`. Without it the domain of `url` is printed, less any "www.".
   */
  printAddress: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/[a-z0-9._~-]+)*$/, schemaRule('schema.printAddress'))
    .optional(),
  /** The national public service portal every guide sends people to. */
  portal: z
    .object({
      /** Name as printed. */
      name: text().default('Cổng Dịch vụ công quốc gia'),
      /** Address of the portal. */
      url: httpsUrl().default('https://dichvucong.gov.vn'),
    })
    .default({ name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' }),
  /** The VNeID app (Bộ Công an), the start button of guides filed in the app. */
  vneid: z
    .object({
      /** Name as printed. */
      name: text().default('Ứng dụng VNeID'),
      /** Page where people open or install the app. */
      url: httpsUrl().default('https://vneid.gov.vn'),
    })
    .default({ name: 'Ứng dụng VNeID', url: 'https://vneid.gov.vn' }),
  /** The office's own support contacts (printed on every leaflet's back and read on air). */
  support: z.strictObject({
    /** Hotline as printed, digits grouped, e.g. "0208 3855 123". */
    hotline: phone(),
    /** Street address. */
    address: text(),
    /** Opening hours in words. */
    hours: text(),
  }),
  /**
   * Domains links and QR codes may point to; a domain also allows its subdomains. The site's own
   * domain and gov.vn are always allowed. Anything else fails the build.
   */
  linkAllowlist: z.array(domain()).default([]),
  /** Campaign slogans for banners, short enough for huge type. */
  slogans: z.array(text().pipe(z.string().max(60, schemaRule('schema.bannerLength')))).min(1),
  /** Made-up contacts for demonstration: every output then carries a "MẪU" (sample) mark. */
  sample: z.boolean().default(false),
  /** Reading rate for broadcasts, in syllables per minute. 160–200 suits outdoor speakers. */
  readingRate: z.number().int().min(100).max(260).default(180),
  /** Targets for the campaign results (content/results/*.csv) and whether those figures are made up; see src/schemas/results.ts. */
  results: resultsSettingsSchema.prefault({}),
});

export type Site = z.output<typeof siteSchema>;

function isSiteRoot(url: string): boolean {
  try {
    return new URL(url).pathname === '/';
  } catch {
    return true; // httpsUrl() reports the malformed address itself.
  }
}
