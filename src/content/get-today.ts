/**
 * Today's date (YYYY-MM-DD) in Vietnam (UTC+7, no daylight saving), where the office writes
 * `reviewed`: at 06:00 in Thái Nguyên it is still yesterday in UTC.
 */
export function getToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
