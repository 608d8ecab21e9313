import { describe, expect, it } from 'vitest';
import { isReservedDomain } from '../../src/content/is-reserved-domain.ts';
import { phone } from '../../src/schemas/text.ts';
import { publishText, type PublishReport } from '../helpers/publish-content.ts';

const commune = [
  'name: xã Thử',
  'serviceCentre:',
  '  address: Trụ sở Ủy ban nhân dân xã Thử (địa chỉ mẫu)',
  '  phone: 0208 3870 001',
  'digitalTeam:',
  '  contact: Tổ công nghệ số cộng đồng xã – chị Lan (mẫu)',
  '  phone: 0912 345 001',
  'sample: true',
  '',
].join('\n');

describe('publishing a sample content folder for the issue 8 check', () => {
  it('sets every sample flag to false and drops the "(mẫu)" marks', () => {
    const report: PublishReport = { files: [], samplesFlipped: 0, phonesReplaced: 0 };
    const text = publishText(`${commune}results:\n  sample: true\n`, report);
    expect(text).not.toMatch(/sample:\s*true/);
    expect(text.match(/sample: false/g)).toHaveLength(2);
    expect(text).not.toMatch(/mẫu/i);
    expect(text).toContain('address: Trụ sở Ủy ban nhân dân xã Thử\n');
    expect(report.samplesFlipped).toBe(2);
  });

  it('writes other phone numbers that the phone schema accepts, a landline for a landline and a mobile for a mobile', () => {
    const text = publishText(commune);
    const numbers = [...text.matchAll(/phone: (.*)/g)].map((match) => match[1]!);
    expect(numbers).toHaveLength(2);
    expect(numbers).not.toContain('0208 3870 001');
    expect(numbers).not.toContain('0912 345 001');
    for (const number of numbers) expect(phone().safeParse(number).success, number).toBe(true);
    expect(numbers[0]!.replace(/\D/g, '')).toMatch(/^0208\d{7}$/);
    expect(numbers[1]!.replace(/\D/g, '')).toMatch(/^09\d{8}$/);
  });

  it('moves addresses on reserved example domains to a real domain', () => {
    const text = publishText('url: https://huongdan.example.com\nportal:\n  url: https://cong.thu.test/dvc\n');
    const hosts = [...text.matchAll(/https:\/\/([^/\s]+)/g)].map((match) => match[1]!);
    expect(hosts).toHaveLength(2);
    expect(hosts.filter(isReservedDomain)).toEqual([]);
  });
});
