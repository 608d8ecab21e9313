import { END, START, type Rule, type RuleContext, type RuleResult } from './rule.ts';

/**
 * Web and e-mail addresses, read the way FACTS.md "Loudspeakers" gives them:
 * "dichvucong.gov.vn" → "dịch vụ công chấm gov chấm vn". Each part of the name is looked up in
 * the office's `webWords`; a part nobody has spelled out is a warning, never a guess.
 * "https://" is not read; a path after the domain is not read either, with a warning.
 */
const TLD = '(?:vn|com|net|org|gov|edu|info|io)';
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const HOST = `(?:${LABEL}\\.)+${TLD}`;
const PATH = '(?:\\/(?:[^\\s()<>"“”]*[^\\s()<>"“”.,;:!?])?)?';

const EMAIL = new RegExp(`${START}([A-Za-z0-9][A-Za-z0-9._+-]*)@(${HOST})${END}`, 'gu');
const WEB_ADDRESS = new RegExp(`${START}(?:https?:\\/\\/)?(${HOST})(${PATH})${END}`, 'giu');

export const emailRule: Rule = {
  name: 'address',
  pattern: () => EMAIL,
  requires: /@/,
  read: (match, context) => {
    const local = readHost(match[1] ?? '', context);
    const host = readHost(match[2] ?? '', context);
    if ('unknown' in local || 'unknown' in host) return unknownParts(match[0], [local, host]);
    return { spoken: `${local.spoken} a còng ${host.spoken}` };
  },
};

export const webAddressRule: Rule = {
  name: 'address',
  pattern: () => WEB_ADDRESS,
  // Same flags as WEB_ADDRESS, so the top-level domain matches in the same letter cases.
  requires: new RegExp(`\\.${TLD}`, 'iu'),
  read: (match, context) => {
    const host = readHost(match[1] ?? '', context);
    if ('unknown' in host) return unknownParts(match[0], [host]);
    const path = match[2] ?? '';
    if (path.length > 1) return { spoken: host.spoken, warning: `Chỉ đọc tên miền "${match[1]}"; phần đường dẫn "${path}" không đọc được trên loa`, advice: `Chỉ đọc tên miền "${match[1]}": phần đường dẫn "${path}" không đọc được trên loa, hãy nói tên trang hoặc mục cần vào` };
    return { spoken: host.spoken };
  },
};

type HostReading = { spoken: string } | { unknown: string[] };

/** "huongdan-dvc.thainguyen.gov.vn" → parts joined by "chấm" (dot) and "gạch ngang" (hyphen). */
function readHost(host: string, context: RuleContext): HostReading {
  const unknown: string[] = [];
  const labels = host.split('.').map((label) =>
    label.split('-').map((part) => {
      const spoken = context.lexicon.webWords.get(part.toLowerCase()) ?? (/^\d+$/.test(part) ? part : undefined);
      if (spoken === undefined) unknown.push(part);
      return spoken ?? part;
    }).join(' gạch ngang '),
  );
  return unknown.length ? { unknown } : { spoken: labels.join(' chấm ') };
}

function unknownParts(written: string, readings: HostReading[]): RuleResult {
  const parts = readings.flatMap((reading) => ('unknown' in reading ? reading.unknown : []));
  return {
    spoken: written,
    warning: `Chưa biết đọc "${parts.join('", "')}" trong địa chỉ "${written}"`,
    fix: 'thêm vào webWords trong content/read-aloud.yaml',
    advice: `Chưa biết đọc "${parts.join('", "')}" trong địa chỉ "${written}": viết cách đọc từng phần bằng chữ, ví dụ "dịch vụ công chấm gov chấm vn"`,
  };
}
