import { blur, dim, glare, noise } from './camera-effects.ts';
import { blankImage } from './gray-image.ts';
import type { GrayImage } from './gray-image.ts';
import { renderCode } from './render-code.ts';
import { drawScene, receiptPaper } from './scene.ts';

/** The lookup URL a receipt's QR code often holds, the code in a query parameter. */
export const lookupUrl = (code: string) => `https://dichvucong.example.gov.vn/tra-cuu-ho-so?maHoSo=${encodeURIComponent(code)}`;

export interface FrameSize {
  width: number;
  height: number;
}

/** The background a camera above the kiosk's slot sees: a grey desk, some noise. */
const DESK = 110;

/** A receipt's QR code (holding the lookup URL) held in front of the camera. */
export function qrReceipt(code: string, size: FrameSize, tiltDeg = 0): GrayImage {
  const qr = renderCode('qrcode', lookupUrl(code));
  const paper = receiptPaper([qr]);
  const scale = (Math.min(size.width, size.height) * 0.55) / paper.height;
  return noise(drawScene(size.width, size.height, DESK, [{ image: paper, cx: size.width / 2, cy: size.height / 2, tiltDeg, scale }]), 6);
}

/** A receipt's Code 128 barcode of the bare code, across most of the frame. */
export function barcodeReceipt(code: string, size: FrameSize, tiltDeg = 0): GrayImage {
  const bars = renderCode('code128', code);
  const paper = receiptPaper([bars]);
  const scale = (size.width * 0.8) / paper.width;
  return noise(drawScene(size.width, size.height, DESK, [{ image: paper, cx: size.width / 2, cy: size.height / 2, tiltDeg, scale }]), 6);
}

/** The whole receipt: the QR code and the barcode of the same dossier, side by side. */
export function fullReceipt(code: string, size: FrameSize, tiltDeg = 0): GrayImage {
  const paper = receiptPaper([renderCode('qrcode', lookupUrl(code)), renderCode('code128', code)]);
  const scale = (size.width * 0.9) / paper.width;
  return noise(drawScene(size.width, size.height, DESK, [{ image: paper, cx: size.width / 2, cy: size.height / 2, tiltDeg, scale }]), 6);
}

/**
 * A citizen's phone showing the receipt's QR code: a dark body, a slightly grey screen, tilted,
 * a little out of focus, with a ceiling light's glare across one side of the code.
 */
export function phoneWithGlare(code: string, size: FrameSize): GrayImage {
  const qr = renderCode('qrcode', lookupUrl(code));
  const screen = receiptPaper([qr], 215, 10);
  const body = blankImage(Math.round(screen.width * 1.15), Math.round(screen.height * 1.9), 25);
  const scale = (Math.min(size.width, size.height) * 0.6) / screen.height;
  const scene = drawScene(size.width, size.height, DESK, [
    { image: body, cx: size.width / 2, cy: size.height / 2 + screen.height * scale * 0.2, tiltDeg: -8, scale },
    { image: screen, cx: size.width / 2, cy: size.height / 2, tiltDeg: -8, scale },
  ]);
  const lit = glare(scene, size.width * 0.58, size.height * 0.4, size.width * 0.09, size.height * 0.16, 160);
  return noise(blur(lit, 1), 5);
}

/** The same frame in a dim room. */
export const dimmed = (frame: GrayImage) => dim(frame, 0.3, 8);

/** The same frame out of focus. */
export const blurred = (frame: GrayImage, radius: number) => blur(frame, radius);

/** No code in view: the desk and some noise. */
export function emptyView(size: FrameSize): GrayImage {
  return noise(blankImage(size.width, size.height, DESK), 6);
}
