import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_SCAN_BYTES } from '../../../../shared/contract/scanner.ts';
import { MISSING_SUFFIX_FLUSH_MS, SerialFramer } from '../../../../electron/scanners/serial/serial-framer.ts';
import type { Frame } from '../../../../electron/scanners/serial/serial-framer.ts';
import type { SerialFraming } from '../../../../shared/contract/scanner.ts';
import type { Timers } from '../../../../electron/scanners/timers.ts';

const timers: Timers = { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) };
const CODE = '000.00.12.H53-230915-0003';
const bytes = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

function framer(framing: SerialFraming, timeoutMs = 50) {
  const frames: Frame[] = [];
  const f = new SerialFramer(framing, timeoutMs, (frame) => frames.push(frame), timers);
  const texts = () => frames.map((fr) => Buffer.from(fr.bytes).toString('latin1'));
  return { f, frames, texts };
}

describe('serial framing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ['cr', '\r'],
    ['lf', '\n'],
    ['crlf', '\r\n'],
    ['tab', '\t'],
  ] as const)('by suffix %s: each suffix ends one scan, without the suffix', (framing, suffix) => {
    const { f, frames, texts } = framer(framing);
    f.push(bytes(`${CODE}${suffix}${CODE.replace('0003', '0004')}${suffix}`));
    expect(texts()).toEqual([CODE, CODE.replace('0003', '0004')]);
    expect(frames.every((fr) => fr.endedBy === 'suffix')).toBe(true);
  });

  it('by suffix: a scan split across many chunks is one scan', () => {
    const { f, texts } = framer('crlf');
    for (const piece of ['000.00', '.12.H53-2309', '15-0003\r', '\n']) f.push(bytes(piece));
    expect(texts()).toEqual([CODE]);
  });

  it('by CRLF: a lone CR inside the data does not end the scan', () => {
    const { f, texts } = framer('crlf');
    f.push(bytes(`line one\rline two\r\n`));
    expect(texts()).toEqual(['line one\rline two']);
  });

  it('by timeout: a pause between bytes ends the scan, and chunks close together are one scan', async () => {
    const { f, frames, texts } = framer('timeout', 50);
    f.push(bytes('000.00.12.H53-'));
    await vi.advanceTimersByTimeAsync(20);
    f.push(bytes('230915-0003'));
    expect(frames).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    expect(texts()).toEqual([CODE]);
    expect(frames[0]!.endedBy).toBe('timeout');
  });

  it('by suffix, when the suffix never comes: hands the scan on after a while, marked', async () => {
    const { f, frames, texts } = framer('cr');
    f.push(bytes(CODE));
    await vi.advanceTimersByTimeAsync(MISSING_SUFFIX_FLUSH_MS - 1);
    expect(frames).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(texts()).toEqual([CODE]);
    expect(frames[0]!.endedBy).toBe('missing-suffix');
  });

  it('keeps garbage bytes with the scan they came with (the parser finds the code in them)', () => {
    const { f, texts } = framer('cr');
    f.push(Uint8Array.from([0x00, 0xff, 0x13, 0x11, ...bytes(`${CODE}\r`)]));
    expect(texts()).toEqual([`\u0000\u00ff\u0013\u0011${CODE}`]);
  });

  it(`cuts an endless scan at ${MAX_SCAN_BYTES} bytes and still sees its suffix`, () => {
    const { f, frames } = framer('cr');
    f.push(new Uint8Array(MAX_SCAN_BYTES + 1000).fill(0x41));
    f.push(bytes('\r'));
    expect(frames.map((fr) => [fr.bytes.length, fr.endedBy])).toEqual([[MAX_SCAN_BYTES, 'suffix']]);
  });

  it('hands on what is left when the port closes', () => {
    const { f, frames } = framer('cr');
    f.push(bytes('000.00'));
    f.close();
    expect(frames.map((fr) => fr.endedBy)).toEqual(['closed']);
  });
});
