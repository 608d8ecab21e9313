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
  'print.card.onePage': '1 trang',
  'print.card.twoSides': '{count} trang: {outside}, {inside}',
  'print.card.trim': 'Khổ sau xén',
  'print.card.download': 'Tải PDF',

  // Site chrome (src/components/, src/layouts/)
  'nav.main': 'Chính',
  'nav.guides': 'Hướng dẫn',
  'nav.search': 'Tìm kiếm',
  'nav.help': 'Hỗ trợ',
  'nav.glossary': 'Thuật ngữ',
  'site.hotline': 'Đường dây hỗ trợ',
  'site.serviceCentre': 'Trung tâm Phục vụ hành chính công',
  'sample.number': 'số mẫu',
  'sample.data': 'MẪU – số liệu mẫu',
  'footer.fileAt': 'Nộp hồ sơ tại',
  'footer.why': 'Vì sao nên làm trên mạng',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.heading': 'Không tìm thấy trang này',
  'notFound.lead': 'Địa chỉ có thể đã gõ sai, hoặc trang đã được chuyển đi chỗ khác.',
  'notFound.canDo': 'Bà con có thể',
  'notFound.allGuides': 'xem tất cả hướng dẫn',
  'notFound.backTo': 'về',
  'notFound.home': 'trang chủ',
  'notFound.orSearch': 'hoặc tìm:',

  'sample.notice': 'Số điện thoại và địa chỉ trên trang này là dữ liệu mẫu, không dùng để liên hệ.',
  'help.contacts': 'Địa chỉ và số điện thoại',
  'glossary.title': 'Giải thích từ ngữ',
  'glossary.summary': 'Nghĩa của những từ hay gặp khi làm thủ tục trên mạng.',
  'glossary.lead': 'Nghĩa của những từ hay gặp khi làm thủ tục trên mạng, viết bằng lời dễ hiểu.',
  'guides.title': 'Tất cả hướng dẫn',
  'guides.summary': 'Các thủ tục làm được trên mạng, xếp theo việc bà con cần làm.',
  'guides.lead': 'Chọn việc bà con cần làm. Mỗi hướng dẫn có các bước đánh số, giấy tờ cần chuẩn bị và nơi hỗ trợ.',
  'home.summary': 'Hướng dẫn từng bước làm thủ tục hành chính trên mạng bằng tài khoản VNeID, tại nhà, không phải đi xa.',
  'home.heading': 'Làm thủ tục trên mạng, tại nhà',
  'home.benefits': 'Lợi ích khi làm trên mạng',
  'home.benefit1.title': 'Không phải đi xa',
  'home.benefit1.text': 'nộp hồ sơ bằng điện thoại, ở nhà hay trên nương đều được.',
  'home.benefit2.title': 'Công khai, minh bạch',
  'home.benefit2.text': 'biết hồ sơ đang ở đâu, ai đang giải quyết, bao giờ xong.',
  'home.benefit3.title': 'Nhận kết quả nhanh',
  'home.benefit3.text': 'kết quả gửi về ứng dụng VNeID, Cổng Dịch vụ công hoặc tin nhắn.',
  'home.why': 'Vì sao nên làm thủ tục trên mạng?',
  'home.featured': 'Hướng dẫn được dùng nhiều',
  'home.byLifeEvent': 'Tìm theo việc cần làm',
  'home.guideCount': '{count} hướng dẫn',
  'home.help': 'Cần người giúp?',
  'home.helpText': 'Trung tâm Phục vụ hành chính công của xã và Tổ công nghệ số cộng đồng sẵn sàng hướng dẫn.',
  'home.helpLink': 'Xem nơi hỗ trợ',

  // Guide pages (src/pages/huong-dan/, src/components/Guide*.astro)
  'guide.sources': 'Căn cứ',
  'guide.reviewed': 'Thông tin được kiểm tra lần cuối ngày',
  'guide.downloads': 'In ấn và phát thanh',
  'guide.downloads.leaflet': 'Tờ gấp A4 để in (PDF)',
  'guide.downloads.poster': 'Áp phích A3 (PDF)',
  'guide.downloads.tin': 'Bản tin phát thanh ngắn',
  'guide.downloads.bai': 'Bài phát thanh',

  // Broadcast (src/broadcast/)
  'broadcast.kit': 'Phát thanh',
  'broadcast.row.over': 'quá {target}',
  'broadcast.row.page': 'Trang đọc',
  'broadcast.row.pdf': 'PDF chữ to',
  'broadcast.officeStation': 'chương trình phát thanh của {office}',

  // Contact lines (print, handouts, slides)
  'contact.hotline': 'Đường dây nóng',
  'contact.phone': 'Điện thoại',
  'contact.address': 'Địa chỉ',
  'contact.hours': 'Giờ làm việc',
  'contact.person': 'Liên hệ',
} as const;

export type Messages = { readonly [K in keyof typeof vi]: string };
