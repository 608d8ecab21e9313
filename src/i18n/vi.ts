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

  // Campaign results (src/results/, src/pages/ket-qua/)
  'results.title': 'Kết quả dịch vụ công trực tuyến',
  'results.none': 'Chưa có số liệu.',
  'results.allCommunes': 'tổng các xã',
  'results.sample': 'MẪU – số liệu trên trang này là số liệu mẫu, không dùng để báo cáo hay bình xét thi đua.',
  'results.chart.target': 'Chỉ tiêu {share}',
  'results.chart.monthly': 'Tỷ lệ hồ sơ nộp trực tuyến từng tháng, {place}',
  'results.chart.monthlyDesc': 'Biểu đồ cột, từ {from} ({first}) đến {to} ({last}); đường nét đứt là chỉ tiêu {target}. {met} trong {months} tháng đạt chỉ tiêu.',
  'results.chart.ranking': 'Xếp hạng các xã theo tỷ lệ nộp trực tuyến, {period}',
  'results.chart.rankingDesc': 'Biểu đồ thanh của {count} xã; cao nhất là {best} với {bestShare}. {met} xã đạt chỉ tiêu nộp trực tuyến.',
  'results.chart.procedures': 'Các thủ tục đã đăng ký, tỷ lệ nộp trực tuyến, {period}',
  'results.chart.proceduresDesc': 'Biểu đồ thanh của {count} thủ tục; đường nét đứt là chỉ tiêu {target}.',
  'results.chart.yearOverYear': 'Tỷ lệ nộp trực tuyến từng tháng, {place}: năm {year} so với năm {previous}',
  'results.chart.yearOverYearDesc': 'Biểu đồ đường theo tháng 1 đến 12; đường liền là năm {year}, đường nét đứt là năm {previous}; đường nét đứt ngang là chỉ tiêu {target}.',
  'results.column.rank': 'Hạng',
  'results.column.commune': 'Xã',
  'results.column.month': 'Tháng',
  'results.column.received': 'Tiếp nhận',
  'results.column.online': 'Trực tuyến',
  'results.column.shareOnline': 'Tỷ lệ trực tuyến',
  'results.column.shareFullyOnline': 'Toàn trình',
  'results.column.shareOnTime': 'Đúng hạn',
  'results.column.sharePaidOnline': 'Thanh toán trực tuyến',
  'results.column.target': 'Chỉ tiêu',
  'results.column.met': 'Đạt chỉ tiêu',
  'results.column.growth': 'So với cùng kỳ (điểm %)',
  'results.column.procedure': 'Thủ tục',
  'results.met.both': 'Đạt',
  'results.met.onlineOnly': 'Chưa đạt đúng hạn',
  'results.met.onTimeOnly': 'Chưa đạt trực tuyến',
  'results.met.neither': 'Chưa đạt',
  'results.report.title': 'Báo cáo kết quả dịch vụ công trực tuyến {period}',
  'results.report.subject': 'Kết quả nộp hồ sơ trực tuyến theo xã, phục vụ bình xét thi đua, khen thưởng',
  'results.report.targets': 'Chỉ tiêu: ít nhất {online} hồ sơ nộp trực tuyến và {onTime} hồ sơ giải quyết đúng hạn (content/site.yaml); xã có chỉ tiêu riêng ghi trong bảng.',
  'results.report.summary': '{met} trong {count} xã đạt cả hai chỉ tiêu. Toàn bộ: {received} hồ sơ tiếp nhận, {online} nộp trực tuyến ({share}).',
  'results.report.growth': 'So với cùng kỳ năm trước: tỷ lệ nộp trực tuyến {change} điểm phần trăm (từ {before} lên {after}).',
  'results.report.metList': 'Đạt chỉ tiêu: {names}.',
  'results.report.metNone': 'Chưa xã nào đạt cả hai chỉ tiêu.',
  'results.report.ranking': 'Bảng xếp hạng',
  'results.report.page': 'Trang {page}/{pages}',
  'results.report.source': 'Nguồn số liệu: {files}',
  'results.report.sample': 'MẪU – SỐ LIỆU MẪU, KHÔNG DÙNG ĐỂ BÌNH XÉT',
  'results.item.sampleNotice': 'Bản mẫu. Số liệu trong tin này là số liệu mẫu, không dùng để phát.',
  'results.item.lead': 'Tháng {month} năm {year}, {commune} tiếp nhận {received} hồ sơ thủ tục hành chính, trong đó có {online} hồ sơ nộp trên mạng, đạt {share}.',
  'results.item.met': 'Như vậy {commune} đã đạt chỉ tiêu {target} hồ sơ nộp trực tuyến.',
  'results.item.notMet': 'Chỉ tiêu là {target}; tháng này {commune} còn thiếu khoảng {missing} hồ sơ nộp trên mạng để đạt.',
  'results.item.up': 'So với tháng {month} năm {year}, tỷ lệ nộp trên mạng tăng {points} điểm phần trăm.',
  'results.item.down': 'So với tháng {month} năm {year}, tỷ lệ nộp trên mạng giảm {points} điểm phần trăm.',
  'results.item.same': 'Tỷ lệ này bằng tháng {month} năm {year}.',
  'results.item.close': 'Bà con nộp hồ sơ tại dichvucong.gov.vn hoặc trên ứng dụng VNeID; cần giúp, xin liên hệ Tổ công nghệ số cộng đồng của xã.',
} as const;

export type Messages = { readonly [K in keyof typeof vi]: string };
