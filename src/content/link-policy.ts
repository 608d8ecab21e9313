import type { Site } from '../schemas/site.ts';

/** Domains links and QR codes may point to: the site's own, gov.vn, and `linkAllowlist`. */
export function getAllowedDomains(site: Pick<Site, 'url' | 'linkAllowlist'>): string[] {
  return [...new Set([new URL(site.url).hostname, 'gov.vn', ...site.linkAllowlist])];
}

/**
 * Whether an external address may be linked or put in a QR code: https, and on an allowed
 * domain or one of its subdomains ("vneid.gov.vn" is allowed by "gov.vn"; "notgov.vn" is not).
 */
export function isAllowedUrl(url: string, allowedDomains: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return allowedDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
