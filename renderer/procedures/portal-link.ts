import QRCode from 'qrcode';

const PORTAL_PROCEDURE_PAGE = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html';

/**
 * The procedure's page on the National Public Service Portal (Cổng Dịch vụ công quốc gia),
 * for the citizen's phone. The kiosk itself never opens it.
 */
export function portalProcedureUrl(code: string): string {
  return `${PORTAL_PROCEDURE_PAGE}?ma_thu_tuc=${encodeURIComponent(code.trim())}`;
}

/**
 * A QR code for `text` as an SVG `data:` URL, made on the kiosk (the CSP allows `img-src data:`
 * and nothing remote). Dark on white with the standard quiet zone, so phone cameras read it.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
