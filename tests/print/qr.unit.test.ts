import { describe, expect, it } from 'vitest';
import decodeQR from 'qr/decode.js';
import { createQrCode } from '../../src/pdf/qr.ts';

const site = { url: 'https://huongdan-dvc.thainguyen.gov.vn', linkAllowlist: ['chinhphu.vn'] };
const source = { file: 'content/site.yaml', field: 'url' };

/** Draws a module matrix as RGBA pixels with a quiet zone, as a phone camera would see it. */
function toPixels(modules: boolean[][], scale = 4, quiet = 4) {
  const size = (modules.length + 2 * quiet) * scale;
  const data = new Uint8Array(size * size * 4).fill(255);
  modules.forEach((row, r) => row.forEach((dark, c) => {
    if (!dark) return;
    for (let y = 0; y < scale; y++) for (let x = 0; x < scale; x++) {
      const i = (((r + quiet) * scale + y) * size + (c + quiet) * scale + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
    }
  }));
  return { width: size, height: size, data };
}

describe('createQrCode', () => {
  it('encodes an allowlisted https address that decodes back to itself', () => {
    const url = 'https://huongdan-dvc.thainguyen.gov.vn/huong-dan/lien-thong-khai-sinh/';
    const qr = createQrCode(url, site, source);
    expect(qr.modules.length).toBe(qr.modules[0]!.length);
    expect(decodeQR(toPixels(qr.modules))).toBe(url);
  });

  it('refuses an address off the allowlist, naming the file and field', () => {
    expect(() => createQrCode('https://dichvucong.example.com/', site, source)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/site.yaml → url: Mã QR sẽ dẫn tới https://dichvucong.example.com/, nhưng mã QR chỉ được dẫn tới địa chỉ https trên huongdan-dvc.thainguyen.gov.vn, gov.vn, chinhphu.vn.
        Cách sửa: ghi vào \`url\` địa chỉ https nơi cơ quan đăng trang web này, hoặc thêm tên miền của địa chỉ vào linkAllowlist.]
    `);
  });

  it('refuses plain http even on an allowed domain, saying it is not https', () => {
    expect(() => createQrCode('http://dichvucong.gov.vn/', site, source)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/site.yaml → url: Mã QR sẽ dẫn tới http://dichvucong.gov.vn/, nhưng địa chỉ này là http, không phải https: mã QR chỉ được dẫn tới địa chỉ https.
        Cách sửa: sửa \`url\` để bắt đầu bằng https://.]
    `);
  });
});
