/**
 * Whether a host name is reserved for documentation or testing and can never be a real site:
 * example.com/.net/.org (RFC 2606 §3, RFC 6761 §6.5), the TLDs .example, .test, .invalid and
 * .localhost (RFC 2606 §2, RFC 6761 §6.2–6.4) and localhost itself. Subdomains included.
 */
export function isReservedDomain(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  const labels = name.split('.');
  const tld = labels.at(-1) ?? '';
  if (['example', 'test', 'invalid', 'localhost'].includes(tld)) return true;
  const registered = labels.slice(-2).join('.');
  return ['example.com', 'example.net', 'example.org'].includes(registered);
}
