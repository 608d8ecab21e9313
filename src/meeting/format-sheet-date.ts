/** "2026-11-05" → "05/11/2026": dd/mm/yyyy, as forms print it (the site's formatDate drops the zeros). */
export function formatSheetDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}
