import type { GuideData } from '../schemas/guide.ts';

/** How each filing channel is named to citizens. */
export const CHANNEL_LABELS: Record<GuideData['channel'], string> = {
  dichvucong: 'Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)',
  vneid: 'Ứng dụng VNeID',
  'ca-hai': 'Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID',
};

/** Decree 42/2022/NĐ-CP kinds of online service, in words a first-time reader understands. */
export const ONLINE_LEVEL_LABELS: Record<GuideData['onlineLevel'], { name: string; meaning: string }> = {
  'toan-trinh': { name: 'Toàn trình', meaning: 'làm trọn trên mạng, không phải đến cơ quan' },
  'mot-phan': { name: 'Một phần', meaning: 'nộp trên mạng, có bước phải đến cơ quan hoặc nhận kết quả trực tiếp' },
};
