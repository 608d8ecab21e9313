/**
 * Vietnamese: every string the site, the kits and the build summary show that is not content.
 * Keys say where the string is used. `{name}` is filled by t(). Keep wording plain: many readers
 * are older or read Vietnamese as a second language.
 */
export const vi = {
  // Editions (src/editions/)
  'edition.serviceCentre': 'Trung tâm Phục vụ hành chính công {commune}',
  'edition.digitalTeam': 'Tổ công nghệ số cộng đồng',
  'edition.province': 'tỉnh {province}',
  'edition.titleSuffix': ' – {place}',

  // Broadcast (src/broadcast/)
  'broadcast.officeStation': 'chương trình phát thanh của {office}',

  // Contact lines (print, handouts, slides)
  'contact.hotline': 'Đường dây nóng',
  'contact.phone': 'Điện thoại',
  'contact.address': 'Địa chỉ',
  'contact.hours': 'Giờ làm việc',
  'contact.person': 'Liên hệ',
} as const;

export type Messages = { readonly [K in keyof typeof vi]: string };
