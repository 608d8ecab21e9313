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

  // Contest kit (src/contest/, /hoi-thi/)
  'contest.sample': 'MẪU – bản mẫu, dữ liệu liên hệ không có thật',
  'contest.title': 'Hội thi tuyên truyền cải cách hành chính',
  'contest.subtitle': 'Dịch vụ công trực tuyến – {place}',
  'contest.version': 'Đề {version}',
  'contest.page': 'Trang {page}/{pages}',
  'contest.sheet.title': 'Phần thi viết – {version}',
  'contest.sheet.instructions': 'Thời gian làm bài {minutes} phút, {count} câu. Ghi câu trả lời vào phiếu trả lời, không ghi lên đề.',
  'contest.sheet.partChoice': 'Phần I. Chọn một đáp án đúng (câu {from}–{to})',
  'contest.sheet.partTrueFalse': 'Phần II. Đúng hay sai? (câu {from}–{to})',
  'contest.sheet.number': 'Câu {number}.',
  'contest.true': 'Đúng',
  'contest.false': 'Sai',
  'contest.key.title': 'Đáp án – {version}',
  'contest.key.note': 'Dành cho ban giám khảo. Mỗi câu đúng được {points} điểm.',
  'contest.sheet.candidate': 'Họ và tên: ……………………………………………  Đội/thôn: ……………………………',
  'contest.answerSheet.title': 'Phiếu trả lời – phần thi viết',
  'contest.answerSheet.version': 'Khoanh tròn đề mình làm: Đề A – Đề B',
  'contest.answerSheet.howTo': 'Tô kín hoặc đánh dấu × vào một ô cho mỗi câu. Muốn sửa, khoanh tròn ô đã đánh và đánh ô mới.',
  'contest.answerSheet.score': 'Điểm: ……… / {count}     Giám khảo chấm: ……………………………',
  'contest.card.title': 'Thẻ câu hỏi cho người dẫn chương trình',
  'contest.card.document': 'Thẻ MC',
  'contest.board.document': 'Bảng điểm',
  'contest.rules.document': 'Thể lệ',
  'contest.card.round': 'Vòng {round}',
  'contest.card.number': 'Câu {number}/{count}',
  'contest.card.time': 'Thời gian: {seconds} giây',
  'contest.card.prepare': 'Chuẩn bị {prepare} giây, trình bày {seconds} giây',
  'contest.card.answer': 'Đáp án: {answer}',
  'contest.card.modelAnswer': 'Gợi ý trả lời',
  'contest.card.keyPoints': 'Ý chính để chấm ({points} điểm)',
  'contest.card.why': 'Giải thích: {explanation}',
  'contest.card.guide': 'Hướng dẫn: {guide}',
  'contest.card.back': 'Mặt sau – chỉ người dẫn chương trình xem',
  'contest.board.title': 'Bảng điểm – vòng {round}',
  'contest.board.summary': 'Bảng điểm tổng hợp',
  'contest.board.team': 'Đội {number}',
  'contest.board.question': 'Câu',
  'contest.board.total': 'Tổng',
  'contest.board.rank': 'Xếp hạng',
  'contest.board.written': 'Thi viết',
  'contest.board.signature': 'Thư ký: ……………………………   Trưởng ban giám khảo: ……………………………',
  'contest.board.teamName': 'Tên đội: ',
  'contest.round.khoi-dong': 'Khởi động',
  'contest.round.kien-thuc': 'Kiến thức',
  'contest.round.xu-ly-tinh-huong': 'Xử lý tình huống',
  'contest.rules.title': 'Thể lệ hội thi (bản để ban tổ chức điền vào chỗ trống)',
  'contest.rules.organiser': 'Ban tổ chức: {office}. Thời gian: ……………………  Địa điểm: ……………………………',
  'contest.rules.teams': 'Mỗi đơn vị cử một đội ……… người. Các đội thi lần lượt các vòng dưới đây; câu hỏi lấy từ các hướng dẫn dịch vụ công trực tuyến: {guides}.',
  'contest.rules.written': 'Vòng thi viết: {count} câu trắc nghiệm và đúng/sai trong {minutes} phút, đề A và đề B xếp câu khác nhau. Mỗi câu đúng được {points} điểm.',
  'contest.rules.stage': 'Vòng {round}: {count} câu, {time} mỗi câu, mỗi câu đúng được {points} điểm. {how}',
  'contest.rules.seconds': '{seconds} giây',
  'contest.rules.prepareAnswer': '{prepare} giây chuẩn bị và {minutes} phút trình bày',
  'contest.rules.scoring': 'Điểm của đội là tổng điểm các vòng. Bằng điểm thì đội có điểm vòng xử lý tình huống cao hơn xếp trên; vẫn bằng thì hỏi thêm một câu phụ.',
  'contest.rules.jury': 'Ban giám khảo gồm ……… người. Quyết định của ban giám khảo là quyết định cuối cùng.',
  'contest.rules.how.khoi-dong': 'Đội giơ thẻ Đúng hoặc Sai khi người dẫn chương trình đọc xong câu hỏi.',
  'contest.rules.how.kien-thuc': 'Đội ghi chữ cái của đáp án (A, B, C hoặc D) lên bảng và giơ lên khi hết giờ.',
  'contest.rules.how.xu-ly-tinh-huong': 'Đội trình bày cách giải quyết bằng lời hoặc tiểu phẩm ngắn; giám khảo chấm theo các ý chính ghi trên thẻ.',
  'contest.rules.timing': 'Thời lượng dự kiến: khoảng {minutes} phút cho các vòng trên sân khấu, chưa kể thi viết và nghỉ giữa giờ.',
} as const;

export type Messages = { readonly [K in keyof typeof vi]: string };
