/** A tap-to-call link for a phone number as printed: "(0208) 3855 123" → "tel:02083855123". */
export function getTelHref(phone: string): string {
  const international = phone.trim().startsWith('+');
  return `tel:${international ? '+' : ''}${phone.replace(/\D/g, '')}`;
}
