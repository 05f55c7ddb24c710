import type { GrayImage } from './gray-image.ts';

/** A dim room or a camera without enough light: contrast squeezed towards black. */
export function dim(image: GrayImage, gain: number, floor = 0): GrayImage {
  return { ...image, data: image.data.map((v) => floor + v * gain) };
}

/** Out of focus: three box blurs of this radius, close to a Gaussian. */
export function blur(image: GrayImage, radius: number): GrayImage {
  let data: Float32Array = new Float32Array(image.data);
  for (let pass = 0; pass < 3; pass++) {
    data = boxBlur(data, image.width, image.height, radius, true);
    data = boxBlur(data, image.width, image.height, radius, false);
  }
  return { ...image, data: Uint8ClampedArray.from(data) };
}

function boxBlur(src: Float32Array, width: number, height: number, radius: number, horizontal: boolean): Float32Array {
  const out = new Float32Array(src.length);
  const lines = horizontal ? height : width;
  const length = horizontal ? width : height;
  const at = (line: number, i: number) => (horizontal ? line * width + i : i * width + line);
  for (let line = 0; line < lines; line++) {
    for (let i = 0; i < length; i++) {
      let sum = 0;
      let count = 0;
      for (let k = Math.max(0, i - radius); k <= Math.min(length - 1, i + radius); k++) {
        sum += src[at(line, k)]!;
        count++;
      }
      out[at(line, i)] = sum / count;
    }
  }
  return out;
}

/** A ceiling light reflected on glass: a bright oval that washes out what is under it. */
export function glare(image: GrayImage, cx: number, cy: number, rx: number, ry: number, strength: number): GrayImage {
  const data = Uint8ClampedArray.from(image.data);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const d = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2;
      if (d < 1) data[y * image.width + x] = data[y * image.width + x]! + strength * (1 - d) ** 0.7;
    }
  }
  return { ...image, data };
}

/** Sensor noise, the same every run (a fixed-seed generator). */
export function noise(image: GrayImage, amplitude: number, seed = 1): GrayImage {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0xffffffff;
  };
  return { ...image, data: image.data.map((v) => v + (next() * 2 - 1) * amplitude) };
}
