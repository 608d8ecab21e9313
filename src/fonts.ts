import { createRequire } from 'node:module';

/**
 * Be Vietnam Pro, the TTF files from @expo-google-fonts/be-vietnam-pro. Chosen for print because
 * it covers every Vietnamese letter in one file that pdfkit (fontkit) can subset, and extracts
 * back as the same text (@fontsource splits Vietnamese into separate files; Noto Sans extracts
 * wrong text through fontkit). The website uses the phone's own fonts instead: 0 bytes on 3G.
 */
const require = createRequire(import.meta.url);
const file = (weight: string) => require.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`);

export const fontFiles = {
  regular: file('400Regular'),
  medium: file('500Medium'),
  semibold: file('600SemiBold'),
  bold: file('700Bold'),
  extrabold: file('800ExtraBold'),
} as const;

export type FontWeight = keyof typeof fontFiles;
