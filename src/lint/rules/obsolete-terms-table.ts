/**
 * Words that describe the administration as it was. Each entry is data: a pattern (whole words,
 * case-insensitive), an optional second phrase the same sentence must hold, the words that make
 * a mention fine (a sentence saying the thing is gone), and what to write instead.
 */
export interface ObsoleteTerm {
  pattern: string;
  /** The sentence must also contain this (e.g. "Sở Tư pháp" only matters next to "lý lịch tư pháp"). */
  withinSentenceOf?: string;
  /** A sentence containing one of these words talks about the past, which is allowed. */
  allowedWhen?: string;
  message: string;
  suggestion: string;
}

/** Words that say a thing is gone: "sổ hộ khẩu không còn dùng" is a fine sentence. */
const SAYS_IT_IS_GONE = String.raw`không\s+còn|đã\s+bỏ|bỏ\s+từ|thôi\s+dùng|hết\s+giá\s+trị|không\s+có\s+giá\s+trị|không\s+cấp|không\s+dùng|không\s+phải`;
/** Words that place a mention in the past: "huyện Phú Lương cũ", "trước đây", "thay cho". */
const SAYS_IT_IS_PAST = String.raw`${SAYS_IT_IS_GONE}|trước\s+đây|trước\s+ngày|thay\s+cho|thay\s+thế|cũ`;

export const OBSOLETE_TERMS: readonly ObsoleteTerm[] = [
  {
    pattern: String.raw`mức\s+độ\s+[1-4](?:\s*(?:,|và|-|–|\/)\s*[1-4])*`,
    message: 'cách chia "mức độ 3, 4" đã bỏ từ Nghị định 42/2022/NĐ-CP.',
    suggestion: 'Viết "toàn trình" (làm hết trên mạng) hoặc "một phần" (còn một bước phải đến cơ quan).',
  },
  {
    pattern: String.raw`CMND|chứng\s+minh\s+nhân\s+dân|chứng\s+minh\s+thư`,
    allowedWhen: SAYS_IT_IS_GONE,
    message: 'chứng minh nhân dân hết giá trị từ ngày 1/1/2025 (Luật Căn cước 2023).',
    suggestion: 'Viết "thẻ căn cước hoặc thẻ căn cước công dân". Chỉ nhắc CMND để nói là đã hết giá trị.',
  },
  {
    pattern: String.raw`sổ\s+hộ\s+khẩu|sổ\s+tạm\s+trú`,
    allowedWhen: SAYS_IT_IS_GONE,
    message: 'sổ hộ khẩu, sổ tạm trú giấy không còn dùng từ ngày 1/1/2023 (Luật Cư trú 2020).',
    suggestion: 'Viết "nơi thường trú" hoặc "thông tin cư trú". Chỉ nhắc sổ hộ khẩu để nói là sổ đã bỏ.',
  },
  {
    pattern: String.raw`xóa\s+hộ\s+khẩu|xoá\s+hộ\s+khẩu|cắt\s+hộ\s+khẩu`,
    message: 'không còn hộ khẩu để xóa; thủ tục có tên là xóa đăng ký thường trú (Luật Cư trú 2020).',
    suggestion: 'Viết "xóa đăng ký thường trú".',
  },
  {
    pattern: String.raw`bộ\s+phận\s+một\s+cửa`,
    allowedWhen: SAYS_IT_IS_PAST,
    message: 'từ ngày 1/7/2025, nơi nhận hồ sơ là Trung tâm Phục vụ hành chính công của xã (Nghị định 118/2025/NĐ-CP).',
    suggestion: 'Viết "Trung tâm Phục vụ hành chính công của xã".',
  },
  {
    pattern: String.raw`(?:cấp\s+)?huyện`,
    allowedWhen: SAYS_IT_IS_PAST,
    message: 'từ ngày 1/7/2025 không còn cấp huyện; chính quyền địa phương chỉ có tỉnh và xã (Luật Tổ chức chính quyền địa phương 2025).',
    suggestion: 'Viết "xã, phường" hoặc "tỉnh". Nói về nơi cũ thì ghi rõ "huyện … cũ" hoặc "trước đây".',
  },
  {
    pattern: String.raw`Sở\s+Tư\s+pháp`,
    withinSentenceOf: String.raw`lý\s+lịch\s+tư\s+pháp`,
    allowedWhen: SAYS_IT_IS_PAST,
    message: 'từ ngày 1/3/2025, phiếu lý lịch tư pháp do cơ quan công an cấp, không còn là Sở Tư pháp.',
    suggestion: 'Viết "Công an tỉnh" hoặc "cơ quan công an".',
  },
];
