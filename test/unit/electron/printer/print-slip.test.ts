import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { slipJob } from '../../../../electron/printer/escpos.ts';
import { ReceiptPrinter } from '../../../../electron/printer/print-slip.ts';
import { parsePrinterUri } from '../../../../shared/contract/printer-address.ts';
import { renderSlip } from '../../../../electron/printer/render-slip.ts';
import { decodeEscPos, monoPng, rasterImage, readMonoPng } from '../../../support/escpos-decoder.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { VirtualSerialPrinter, VirtualTcpPrinter } from '../../../support/virtual-printer.ts';
import { SAMPLE_SLIPS } from './sample-slips.ts';

const FIXTURES = path.resolve('test/fixtures/printer');

/** Share of differing pixels: the reference is resvg's output for this layout and font; a font fallback or a lost diacritic moves thousands. */
function differingShare(a: { bits: Uint8Array }, b: { bits: Uint8Array }): number {
  let differing = 0;
  for (let i = 0; i < a.bits.length; i++) {
    let x = a.bits[i]! ^ b.bits[i]!;
    while (x) {
      differing += x & 1;
      x >>= 1;
    }
  }
  return differing / (a.bits.length * 8);
}

describe('printing a slip to a virtual ESC/POS printer', () => {
  const tempDir = useTempDir();
  const printers: { stop(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(printers.splice(0).map((p) => p.stop()));
  });
  const tcpPrinter = async () => {
    const printer = new VirtualTcpPrinter();
    await printer.start();
    printers.push(printer);
    return printer;
  };

  it.each(Object.keys(SAMPLE_SLIPS) as (keyof typeof SAMPLE_SLIPS)[])(
    'sends the %s slip as init, raster at 576 dots, feed and cut, and the image matches the reference',
    async (name) => {
      const virtual = await tcpPrinter();
      const job = slipJob(renderSlip(SAMPLE_SLIPS[name], 576), { cut: true });
      const outcome = await new ReceiptPrinter(parsePrinterUri(virtual.uri)).print(job);
      expect(outcome.outcome).toBe('printed');
      const commands = decodeEscPos(virtual.printed);
      const names = commands.map((c) => c.name).filter((n) => n !== 'raster');
      expect(names).toEqual(['status', 'status', 'init', 'feed', 'cut']);
      expect(commands.slice(0, 3).map((c) => c.name)).toEqual(['status', 'status', 'init']);
      expect(commands.at(-2)?.name).toBe('feed');
      const image = rasterImage(commands);
      expect(image.width).toBe(576);
      const reference = path.join(FIXTURES, `${name}-slip-576.png`);
      // A changed layout: UPDATE_PRINTER_FIXTURES=1 rewrites the reference, then look at it (every diacritic).
      if (process.env.UPDATE_PRINTER_FIXTURES === '1') writeFileSync(reference, monoPng(image));
      const expected = readMonoPng(readFileSync(reference));
      expect([image.width, image.height]).toEqual([expected.width, expected.height]);
      expect(differingShare(image, expected)).toBeLessThan(0.002);
      expect(outcome).toEqual({ outcome: 'printed', bytes: virtual.printed.length - 6 });
    },
  );

  it('prints at 384 dots for 58 mm paper, without a cut when the printer has no cutter', async () => {
    const virtual = await tcpPrinter();
    const outcome = await new ReceiptPrinter(parsePrinterUri(virtual.uri)).print(slipJob(renderSlip(SAMPLE_SLIPS.test, 384), { cut: false }));
    expect(outcome.outcome).toBe('printed');
    const commands = decodeEscPos(virtual.printed);
    expect(rasterImage(commands).width).toBe(384);
    expect(commands.some((c) => c.name === 'cut')).toBe(false);
  });

  it.each(['paper-out', 'cover-open'] as const)('refuses with %s and sends nothing to paper', async (state) => {
    const virtual = await tcpPrinter();
    virtual.state = state;
    const outcome = await new ReceiptPrinter(parsePrinterUri(virtual.uri)).print(slipJob(renderSlip(SAMPLE_SLIPS.test, 576), { cut: true }));
    expect(outcome).toEqual({ outcome: state });
    expect(decodeEscPos(virtual.printed).every((c) => c.name === 'status')).toBe(true);
    expect(await new ReceiptPrinter(parsePrinterUri(virtual.uri)).paperState()).toBe(state);
  });

  it('prints to a printer that never answers status requests (state unknown)', async () => {
    const virtual = await tcpPrinter();
    virtual.state = 'silent';
    const outcome = await new ReceiptPrinter(parsePrinterUri(virtual.uri)).print(slipJob(renderSlip(SAMPLE_SLIPS.test, 384), { cut: true }));
    expect(outcome.outcome).toBe('printed');
    expect(await new ReceiptPrinter(parsePrinterUri(virtual.uri)).paperState()).toBe('unknown');
  });

  it('reports a printer that goes away mid-print as failed part-way, and never sends the slip again', async () => {
    const virtual = await tcpPrinter();
    virtual.dropAfterBytes = 4_000;
    const printer = new ReceiptPrinter(parsePrinterUri(virtual.uri));
    const outcome = await printer.print(slipJob(renderSlip(SAMPLE_SLIPS.procedure, 576), { cut: true }));
    expect(outcome.outcome).toBe('failed-part-way');
    expect(outcome).toMatchObject({ message: expect.stringContaining(`127.0.0.1:${virtual.port}`) });
    const inits = virtual.printed.filter((_, i, all) => all[i] === 0x1b && all[i + 1] === 0x40).length;
    expect(inits).toBe(1);
    expect(printer.busy).toBe(false);
  });

  it('prints one slip at a time: a second request while one prints is answered busy', async () => {
    const virtual = await tcpPrinter();
    const printer = new ReceiptPrinter(parsePrinterUri(virtual.uri));
    const job = slipJob(renderSlip(SAMPLE_SLIPS.test, 576), { cut: true });
    const [first, second] = await Promise.all([printer.print(job), printer.print(job)]);
    expect(first.outcome).toBe('printed');
    expect(second).toEqual({ outcome: 'busy' });
    expect(decodeEscPos(virtual.printed).filter((c) => c.name === 'init')).toHaveLength(1);
  });

  it('says which printer could not be reached', async () => {
    const virtual = await tcpPrinter();
    const uri = virtual.uri;
    await virtual.stop();
    const outcome = await new ReceiptPrinter(parsePrinterUri(uri)).print(slipJob(renderSlip(SAMPLE_SLIPS.test, 384), { cut: true }));
    expect(outcome).toMatchObject({ outcome: 'unreachable', message: expect.stringMatching(/127\.0\.0\.1:\d+: .*ECONNREFUSED/) });
  });

  it('prints over a serial line (socat pair) and reads paper-out there too', async () => {
    const virtual = new VirtualSerialPrinter(tempDir());
    await virtual.start();
    printers.push(virtual);
    const printer = new ReceiptPrinter(parsePrinterUri(virtual.uri));
    const outcome = await printer.print(slipJob(renderSlip(SAMPLE_SLIPS.test, 384), { cut: true }));
    expect(outcome.outcome).toBe('printed');
    await expect.poll(() => virtual.received.commands.at(-1)?.name).toBe('cut');
    expect(rasterImage(virtual.received.commands).width).toBe(384);
    virtual.state = 'paper-out';
    virtual.reset();
    expect(await printer.print(slipJob(renderSlip(SAMPLE_SLIPS.test, 384), { cut: true }))).toEqual({ outcome: 'paper-out' });
    expect(virtual.received.commands.every((c) => c.name === 'status')).toBe(true);
  });
});
