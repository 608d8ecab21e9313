import { t } from '../i18n/t.ts';
import type { GuideData } from '../schemas/guide.ts';

/** How each filing channel is named to citizens. */
export const CHANNEL_LABELS: Record<GuideData['channel'], string> = {
  dichvucong: t('channel.dichvucong'),
  vneid: t('channel.vneid'),
  'ca-hai': t('channel.both'),
};

/** Decree 42/2022/NĐ-CP kinds of online service, in words a first-time reader understands. */
export const ONLINE_LEVEL_LABELS: Record<GuideData['onlineLevel'], { name: string; meaning: string }> = {
  'toan-trinh': { name: t('onlineLevel.full.name'), meaning: t('onlineLevel.full.meaning') },
  'mot-phan': { name: t('onlineLevel.partial.name'), meaning: t('onlineLevel.partial.meaning') },
};
