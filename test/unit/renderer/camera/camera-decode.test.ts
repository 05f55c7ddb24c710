import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFrame, readFrameCodes } from '../../../../renderer/camera/decode-frame.ts';
import { pickReceiptScan } from '../../../../renderer/camera/pick-receipt-scan.ts';
import { parseReceiptCode } from '../../../../shared/receipt-code/index.ts';
import { toImageData } from '../../../support/camera/gray-image.ts';
import { barcodeReceipt, blurred, dimmed, emptyView, fullReceipt, lookupUrl, phoneWithGlare, qrReceipt } from '../../../support/camera/receipt-frames.ts';
import { prepareLocalZXing } from '../../../support/camera/zxing-node.ts';

const CODE = '000.00.12.H53-261120-0009';
const VGA = { width: 640, height: 480 };
const HD = { width: 1280, height: 720 };

const parsedCode = (raw: string | null) => {
  const parse = parseReceiptCode(raw ?? '');
  return parse.ok ? parse.code : null;
};

describe('the camera decoder on still frames (zxing-wasm, codes drawn by bwip-js)', { timeout: 90_000 }, () => {
  beforeAll(() => prepareLocalZXing());

  it('reads a receipt QR code holding a lookup URL, tilted, and the URL parses to the dossier code', async () => {
    const scan = await decodeFrame(toImageData(qrReceipt(CODE, VGA, 20)));
    expect(scan).toBe(lookupUrl(CODE));
    expect(parsedCode(scan)).toBe(CODE);
  });

  it('reads a Code 128 barcode of the bare code at 1280x720, straight and tilted a little', async () => {
    expect(await decodeFrame(toImageData(barcodeReceipt(CODE, HD)))).toBe(CODE);
    expect(await decodeFrame(toImageData(barcodeReceipt(CODE, HD, -4)))).toBe(CODE);
  });

  it('gives one scan, not two, for a receipt whose QR code and barcode are both in view', async () => {
    const frame = toImageData(fullReceipt(CODE, HD, 5));
    const codes = await readFrameCodes(frame);
    expect(codes.sort()).toEqual([CODE, lookupUrl(CODE)].sort());
    const scan = await decodeFrame(frame);
    expect(parsedCode(scan)).toBe(CODE);
  });

  it('reads a QR code on a phone screen photographed with a ceiling light’s glare across it', async () => {
    expect(parsedCode(await decodeFrame(toImageData(phoneWithGlare(CODE, VGA))))).toBe(CODE);
    expect(parsedCode(await decodeFrame(toImageData(phoneWithGlare(CODE, HD))))).toBe(CODE);
  });

  it('reads a dim frame and a slightly blurred one', async () => {
    expect(parsedCode(await decodeFrame(toImageData(dimmed(barcodeReceipt(CODE, HD, 3)))))).toBe(CODE);
    expect(parsedCode(await decodeFrame(toImageData(blurred(qrReceipt(CODE, HD), 1))))).toBe(CODE);
  });

  it('finds nothing, without failing, in an empty view or a code blurred past reading', async () => {
    expect(await decodeFrame(toImageData(emptyView(VGA)))).toBeNull();
    expect(await decodeFrame(toImageData(blurred(qrReceipt(CODE, VGA), 10)))).toBeNull();
  });
});

describe('pickReceiptScan', () => {
  it('prefers the code that reads as a dossier code, else the first code, else nothing', () => {
    expect(pickReceiptScan(['https://example.org/menu', CODE])).toBe(CODE);
    expect(pickReceiptScan(['https://example.org/menu', 'HELLO'])).toBe('https://example.org/menu');
    expect(pickReceiptScan([])).toBeNull();
  });
});
