import QRCode from 'qrcode';

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
