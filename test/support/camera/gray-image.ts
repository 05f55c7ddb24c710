/** A grayscale picture, one byte a pixel (0 black … 255 white), as a camera's luma plane. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export function blankImage(width: number, height: number, level: number): GrayImage {
  return { width, height, data: new Uint8ClampedArray(width * height).fill(level) };
}

/** The RGBA ImageData a canvas would give for this picture (what the decoding worker reads). */
export function toImageData(image: GrayImage): ImageData {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0; i < image.data.length; i++) {
    const v = image.data[i]!;
    rgba[i * 4] = v;
    rgba[i * 4 + 1] = v;
    rgba[i * 4 + 2] = v;
    rgba[i * 4 + 3] = 255;
  }
  return { data: rgba, width: image.width, height: image.height, colorSpace: 'srgb' } as ImageData;
}
