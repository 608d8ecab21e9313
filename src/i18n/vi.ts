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

  // Meeting kit (src/meeting/): slides, handouts, meeting packs
  'meeting.kit': 'Hội nghị',
  'meeting.coverKicker': 'Hướng dẫn dịch vụ công trực tuyến',
  'meeting.coverPlace': 'Hội nghị tại {place}',
  'meeting.continued': '{title} (tiếp)',
  'meeting.why': 'Vì sao nên làm?',
  'meeting.prepare': 'Cần chuẩn bị',
  'meeting.steps': 'Các bước ({from}–{to} / {total})',
  'meeting.step': 'Các bước ({from} / {total})',
  'meeting.facts': 'Giấy tờ, lệ phí, thời gian',
  'meeting.documents': 'Giấy tờ: {list}',
  'meeting.noDocuments': 'Giấy tờ: không cần giấy tờ kèm theo.',
  'meeting.fee': 'Lệ phí: {fee}',
  'meeting.time': 'Thời gian: {time}',
  'meeting.result': 'Kết quả: {result}',
  'meeting.pitfalls': 'Lỗi hay gặp, cẩn thận lừa đảo',
  'meeting.help': 'Hỏi ở đâu?',
  'meeting.qr': 'Xem lại trên điện thoại',
  'meeting.qrHint': 'Mở camera điện thoại và quét mã này',
  'meeting.agenda': 'Chương trình',
  'meeting.combinedTitle': 'Dịch vụ công trực tuyến cho bà con {place}',
  'meeting.part': 'Phần {n}',
  'meeting.sample': 'MẪU',
  'meeting.updated': 'Cập nhật ngày {date}',
  'meeting.handoutSteps': 'Các bước (đánh dấu khi làm xong)',
  'meeting.handoutDocuments': 'Giấy tờ cần chuẩn bị',
  'meeting.handoutFacts': 'Lệ phí, thời gian, kết quả',
  'meeting.handoutHelp': 'Cần giúp, hỏi',
  'meeting.handoutQr': 'Quét mã để xem hướng dẫn:',
  'meeting.page': 'Trang {n}/{total}',
  'meeting.packTitle': 'Tài liệu hội nghị {place}',
  'meeting.agendaOpening': 'Khai mạc, giới thiệu mục đích hội nghị',
  'meeting.agendaGuide': 'Hướng dẫn: {title}',
  'meeting.agendaQuestions': 'Bà con hỏi, cán bộ trả lời',
  'meeting.agendaHandsOn': 'Hướng dẫn tại chỗ: cài VNeID, nộp hồ sơ trên điện thoại',
  'meeting.agendaClosing': 'Tổng kết, ghi phiếu báo cáo',
  'meeting.agendaWhen': 'Thời gian: ........................   Địa điểm: ........................................',
  'meeting.signIn': 'Danh sách bà con dự hội nghị',
  'meeting.signInNote': 'Đánh dấu ô "Có" hoặc "Chưa". Danh sách này dùng để tổng hợp kết quả chiến dịch.',
  'meeting.yes': 'Có',
  'meeting.no': 'Chưa',
  'meeting.report': 'Phiếu báo cáo kết quả hội nghị',
  'meeting.reportWhere': 'Thôn/xóm, địa điểm: ..........................................................',
  'meeting.reportDate': 'Ngày họp: ........ / ........ / ..............',
  'meeting.reportSigner': 'Người báo cáo (ký, ghi rõ họ tên)',
  'meeting.reportNotes': 'Ý kiến, kiến nghị của bà con:',
  'meeting.deckLabel': 'Bài trình chiếu 16:9',
  'meeting.combinedLabel': 'Bài trình chiếu cả hội nghị',
  'meeting.handoutLabel': 'Tờ phát tay A4',
  'meeting.packLabel': 'Tài liệu hội nghị: chương trình, danh sách, phiếu báo cáo',
  'meeting.column.stt': 'STT',
  'meeting.column.ho_ten': 'Họ tên',
  'meeting.column.thon_xom': 'Thôn/xóm',
  'meeting.column.vneid_muc_2': 'Đã có VNeID mức 2?',
  'meeting.column.can_giup_nop_ho_so': 'Cần giúp nộp hồ sơ?',
  'meeting.field.so_nguoi_du': 'Số người dự',
  'meeting.field.so_nguoi_duoc_huong_dan': 'Số người được hướng dẫn',
  'meeting.field.so_ho_so_nop_tai_cho': 'Số hồ sơ nộp tại chỗ',
} as const;

export type Messages = { readonly [K in keyof typeof vi]: string };
