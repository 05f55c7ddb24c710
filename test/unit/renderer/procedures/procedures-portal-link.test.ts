import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { portalProcedureUrl } from '../../../../shared/contract/portal-link.ts';
import { qrCodeDataUrl } from '../../../../renderer/components/qr-code.ts';

describe('the link to the National Public Service Portal', () => {
  it('opens the procedure’s page by its code', () => {
    expect(portalProcedureUrl('1.001193')).toBe(
      'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
    );
  });

  it('escapes a code that is not plain', () => {
    expect(new URL(portalProcedureUrl(' 1.00&x=1 ')).searchParams.get('ma_thu_tuc')).toBe('1.00&x=1');
  });
});

describe('the QR code', () => {
  it('is an SVG data URL, made locally (the CSP allows img-src data:)', async () => {
    const url = await qrCodeDataUrl(portalProcedureUrl('1.001193'));
    expect(url).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#000000"');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('holds exactly the portal URL', () => {
    const text = portalProcedureUrl('1.001193');
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    // Byte segments hold UTF-8 bytes, numeric and alphanumeric ones their characters.
    const encoded = qr.segments
      .map((segment) => {
        const { data } = segment as unknown as { data: Uint8Array | string };
        return typeof data === 'string' ? data : new TextDecoder().decode(data);
      })
      .join('');
    expect(encoded).toBe(text);
  });
});
