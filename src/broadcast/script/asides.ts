/**
 * Round brackets cannot be heard: a listener only hears the words inside run into the
 * sentence. Announcers read an aside between two short pauses, so a script turns
 * "giấy chứng sinh (bản điện tử hoặc ảnh chụp rõ); …" into "giấy chứng sinh, bản điện tử hoặc
 * ảnh chụp rõ; …". Brackets holding only digits are left alone: "(0208) 3855 123" is an area
 * code, which the phone rule reads.
 */
const ASIDE = /\s*\(([^()]*[^\d\s()][^()]*)\)/gu;

export function toSpokenAsides(text: string): string {
  return text
    .replace(ASIDE, (_written, aside: string) => `, ${aside.trim().replace(/[.,;:]+$/u, '')},`)
    .replace(/,\s*(?=[.,;:!?…])/gu, '')
    .replace(/^,\s*/u, '')
    .replace(/,$/u, '');
}
