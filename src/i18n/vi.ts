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

  // Guide fields shown to citizens (src/content/labels.ts)
  'channel.dichvucong': 'Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)',
  'channel.vneid': 'Ứng dụng VNeID',
  'channel.both': 'Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID',
  'onlineLevel.full.name': 'Toàn trình',
  'onlineLevel.full.meaning': 'làm trọn trên mạng, không phải đến cơ quan',
  'onlineLevel.partial.name': 'Một phần',
  'onlineLevel.partial.meaning': 'nộp trên mạng, có bước phải đến cơ quan hoặc nhận kết quả trực tiếp',

  // Sample editions
  'sample.mark': 'MẪU',

  // Print kit (src/print/)
  'print.kit': 'In ấn',
  'print.leaflet.series': 'Hướng dẫn dịch vụ công trực tuyến',
  'print.leaflet.why': 'Vì sao nên làm trên mạng?',
  'print.leaflet.before': 'Cần chuẩn bị trước',
  'print.leaflet.steps': 'Các bước làm',
  'print.leaflet.documents': 'Giấy tờ cần chuẩn bị',
  'print.leaflet.fee': 'Lệ phí',
  'print.leaflet.processingTime': 'Thời gian giải quyết',
  'print.leaflet.result': 'Nhận kết quả',
  'print.leaflet.help': 'Cần giúp đỡ?',
  'print.leaflet.pdfTitle': '{title} – Tờ gấp{suffix}',
  'print.leaflet.keywords': 'dịch vụ công trực tuyến, tờ gấp, {slug}',
  'print.poster.help': 'Cần giúp đỡ? Hãy gọi:',
  'print.poster.pdfTitle': '{title} – Áp phích {size}{suffix}',
  'print.poster.keywords': 'dịch vụ công trực tuyến, áp phích, {slug}',
  'print.banner.subject': 'Băng rôn tuyên truyền dịch vụ công trực tuyến',
  'print.banner.keywords': 'dịch vụ công trực tuyến, băng rôn, {format}',
  'print.onlineLevel': 'Dịch vụ công trực tuyến {level}: {meaning}.',
  'print.channel': 'Nộp qua: {channel}.',
  'print.side.outside': 'mặt ngoài',
  'print.side.inside': 'mặt trong',
  'print.label.leaflet': 'Tờ gấp A4 gấp ba',
  'print.label.poster': 'Áp phích {size}',

  // Broadcast (src/broadcast/)
  'broadcast.kit': 'Phát thanh',
  'broadcast.officeStation': 'chương trình phát thanh của {office}',

  // Contact lines (print, handouts, slides)
  'contact.hotline': 'Đường dây nóng',
  'contact.phone': 'Điện thoại',
  'contact.address': 'Địa chỉ',
  'contact.hours': 'Giờ làm việc',
  'contact.person': 'Liên hệ',
} as const;

export type Messages = { readonly [K in keyof typeof vi]: string };
