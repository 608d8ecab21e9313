/** "2026-11-20" → "20/11/2026", the way dates are written on Vietnamese forms. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)}/${Number(month)}/${year}`;
}
