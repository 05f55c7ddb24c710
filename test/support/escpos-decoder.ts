import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** A command read back from the bytes a printer received. */
export type EscPosCommand =
  | { name: 'init' }
  | { name: 'raster'; bytesPerRow: number; rows: number; data: Uint8Array }
  | { name: 'feed'; lines: number }
  | { name: 'cut' }
  | { name: 'status'; n: number }
  | { name: 'unknown'; byte: number };

/**
 * Reads ESC/POS incrementally, so a virtual printer can answer a status request only at a
 * command boundary (raster data may hold the bytes 10 04 too).
 */
export class EscPosReader {
  private pending = new Uint8Array(0);
  readonly commands: EscPosCommand[] = [];

  /** Adds bytes; returns the commands they completed. */
  push(bytes: Uint8Array): EscPosCommand[] {
    const joined = new Uint8Array(this.pending.length + bytes.length);
    joined.set(this.pending);
    joined.set(bytes, this.pending.length);
    const done: EscPosCommand[] = [];
    let at = 0;
    for (;;) {
      const read = readCommand(joined, at);
      if (!read) break;
      done.push(read.command);
      at = read.next;
    }
    this.pending = joined.slice(at);
    this.commands.push(...done);
    return done;
  }

  get leftover(): number {
    return this.pending.length;
  }
}

function readCommand(b: Uint8Array, at: number): { command: EscPosCommand; next: number } | null {
  const need = (n: number) => at + n <= b.length;
  if (!need(1)) return null;
  const [c0, c1, c2] = [b[at], b[at + 1], b[at + 2]];
  if (c0 === 0x1b) {
    if (!need(2)) return null;
    if (c1 === 0x40) return { command: { name: 'init' }, next: at + 2 };
    if (c1 === 0x64) return need(3) ? { command: { name: 'feed', lines: c2! }, next: at + 3 } : null;
  }
  if (c0 === 0x10 && c1 === 0x04) return need(3) ? { command: { name: 'status', n: c2! }, next: at + 3 } : null;
  if (c0 === 0x1d) {
    if (!need(2)) return null;
    if (c1 === 0x56) {
      if (!need(3)) return null;
      const withFeed = c2 === 0x41 || c2 === 0x42;
      return need(withFeed ? 4 : 3) ? { command: { name: 'cut' }, next: at + (withFeed ? 4 : 3) } : null;
    }
    if (c1 === 0x76 && c2 === 0x30) {
      if (!need(8)) return null;
      const bytesPerRow = b[at + 4]! | (b[at + 5]! << 8);
      const rows = b[at + 6]! | (b[at + 7]! << 8);
      const end = at + 8 + bytesPerRow * rows;
      if (end > b.length) return null;
      return { command: { name: 'raster', bytesPerRow, rows, data: b.slice(at + 8, end) }, next: end };
    }
  }
  if (c0 === undefined) return null;
  return { command: { name: 'unknown', byte: c0 }, next: at + 1 };
}

export function decodeEscPos(bytes: Uint8Array): EscPosCommand[] {
  const reader = new EscPosReader();
  reader.push(bytes);
  if (reader.leftover) throw new Error(`${reader.leftover} bytes at the end are not a complete command`);
  return reader.commands;
}

/** The printed image: the raster bands stacked, 1 = black. */
export function rasterImage(commands: EscPosCommand[]): { width: number; height: number; bits: Uint8Array } {
  const bands = commands.filter((c): c is Extract<EscPosCommand, { name: 'raster' }> => c.name === 'raster');
  if (bands.length === 0) throw new Error('no raster image in the bytes');
  const bytesPerRow = bands[0]!.bytesPerRow;
  if (bands.some((band) => band.bytesPerRow !== bytesPerRow)) throw new Error('raster bands of different widths');
  const height = bands.reduce((sum, band) => sum + band.rows, 0);
  const bits = new Uint8Array(bytesPerRow * height);
  let offset = 0;
  for (const band of bands) {
    bits.set(band.data, offset);
    offset += band.data.length;
  }
  return { width: bytesPerRow * 8, height, bits };
}

/** A 1-bit greyscale PNG (PNG's 1-bit is 0 = black, so the raster bits are inverted). */
export function monoPng(image: { width: number; height: number; bits: Uint8Array }): Buffer {
  const bytesPerRow = image.width / 8;
  const raw = Buffer.alloc((bytesPerRow + 1) * image.height);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < bytesPerRow; x++) raw[y * (bytesPerRow + 1) + 1 + x] = ~image.bits[y * bytesPerRow + x]! & 0xff;
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([1, 0, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Reads back a PNG written by monoPng (for comparing with a committed reference). */
export function readMonoPng(png: Buffer): { width: number; height: number; bits: Uint8Array } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const bytesPerRow = width / 8;
  const bits = new Uint8Array(bytesPerRow * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < bytesPerRow; x++) bits[y * bytesPerRow + x] = ~raw[y * (bytesPerRow + 1) + 1 + x]! & 0xff;
  }
  return { width, height, bits };
}
