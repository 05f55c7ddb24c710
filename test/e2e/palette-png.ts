import zlib from 'node:zlib';

/**
 * Rewrites a screenshot as a 256-colour (indexed) PNG, so the README's pictures stay small
 * enough to commit: a kiosk screen is flat colours and anti-aliased text, about 3,000 colours
 * of which the 256 most frequent cover some 98.5 % of the pixels; the rest go to the nearest
 * of those. About 2.5 times smaller than Chromium's PNG, and the difference does not show.
 * Reads what Chromium writes: 8-bit RGB or RGBA, not interlaced (alpha is dropped: screens are opaque).
 */
export function toPalettePng(png: Buffer): Buffer {
  const { width, height, rgb } = decodePng(png);
  const counts = new Map<number, number>();
  for (const colour of rgb) counts.set(colour, (counts.get(colour) ?? 0) + 1);
  const palette = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 256)
    .map(([colour]) => colour);
  const index = new Map(palette.map((colour, i) => [colour, i]));
  const nearest = (colour: number): number => {
    let best = 0;
    let bestDistance = Infinity;
    for (const [i, p] of palette.entries()) {
      const d = ((colour >> 16) - (p >> 16)) ** 2 + (((colour >> 8) & 255) - ((p >> 8) & 255)) ** 2 + ((colour & 255) - (p & 255)) ** 2;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    }
    index.set(colour, best);
    return best;
  };

  const rows = Buffer.alloc((width + 1) * height); // each row: filter type 0, then indices
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = rgb[y * width + x]!;
      rows[y * (width + 1) + 1 + x] = index.get(colour) ?? nearest(colour);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // indexed colour
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((colour, i) => plte.writeUIntBE(colour, i * 3, 3));
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** Pixels as 0xRRGGBB, row by row. */
function decodePng(png: Buffer): { width: number; height: number; rgb: Uint32Array } {
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = PNG_SIGNATURE.length; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colourType, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (colourType !== 2 && colourType !== 6)) throw new Error('only 8-bit RGB(A), non-interlaced PNGs');
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rgb = new Uint32Array(width * height);
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? line[x - channels]! : 0;
      const up = previous[x]!;
      const upLeft = x >= channels ? previous[x - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      line[x] = (line[x]! + predictor) & 255;
    }
    for (let x = 0; x < width; x++) rgb[y * width + x] = line.readUIntBE(x * channels, 3);
    previous = line;
  }
  return { width, height, rgb };
}
