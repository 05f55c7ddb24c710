import { blankImage } from './gray-image.ts';
import type { GrayImage } from './gray-image.ts';

/** Something held in front of the camera: a picture, where its centre is, its tilt and size. */
export interface Placed {
  image: GrayImage;
  cx: number;
  cy: number;
  /** Clockwise, in degrees. */
  tiltDeg?: number;
  scale?: number;
}

/** A frame with each picture drawn in turn (bilinear sampling), over a background level. */
export function drawScene(width: number, height: number, background: number, items: Placed[]): GrayImage {
  const frame = blankImage(width, height, background);
  for (const item of items) drawPlaced(frame, item);
  return frame;
}

function drawPlaced(frame: GrayImage, { image, cx, cy, tiltDeg = 0, scale = 1 }: Placed): void {
  const angle = (tiltDeg * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const reach = (Math.hypot(image.width, image.height) * scale) / 2 + 2;
  for (let y = Math.max(0, Math.floor(cy - reach)); y < Math.min(frame.height, Math.ceil(cy + reach)); y++) {
    for (let x = Math.max(0, Math.floor(cx - reach)); x < Math.min(frame.width, Math.ceil(cx + reach)); x++) {
      // The frame pixel's place in the picture: undo the tilt and the scale about the centre.
      const dx = x - cx;
      const dy = y - cy;
      const u = (cos * dx + sin * dy) / scale + image.width / 2;
      const v = (-sin * dx + cos * dy) / scale + image.height / 2;
      if (u < 0 || v < 0 || u > image.width - 1 || v > image.height - 1) continue;
      frame.data[y * frame.width + x] = sample(image, u, v);
    }
  }
}

function sample(image: GrayImage, u: number, v: number): number {
  const x0 = Math.floor(u);
  const y0 = Math.floor(v);
  const x1 = Math.min(x0 + 1, image.width - 1);
  const y1 = Math.min(y0 + 1, image.height - 1);
  const fx = u - x0;
  const fy = v - y0;
  const at = (x: number, y: number) => image.data[y * image.width + x]!;
  return (at(x0, y0) * (1 - fx) + at(x1, y0) * fx) * (1 - fy) + (at(x0, y1) * (1 - fx) + at(x1, y1) * fx) * fy;
}

/** A receipt: white paper with its codes laid out side by side, the QR code first. */
export function receiptPaper(codes: GrayImage[], paperLevel = 245, margin = 24): GrayImage {
  const width = codes.reduce((sum, c) => sum + c.width, 0) + margin * (codes.length + 1);
  const height = Math.max(...codes.map((c) => c.height)) + margin * 2;
  const paper = blankImage(width, height, paperLevel);
  let left = margin;
  for (const code of codes) {
    const top = Math.round((height - code.height) / 2);
    for (let y = 0; y < code.height; y++) {
      for (let x = 0; x < code.width; x++) {
        const v = code.data[y * code.width + x]!;
        // The code's white is the paper's.
        paper.data[(top + y) * width + left + x] = Math.min(v, paperLevel);
      }
    }
    left += code.width + margin;
  }
  return paper;
}
