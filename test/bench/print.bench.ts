/**
 * Receipt printing: time from the print request to the last byte received by a loopback virtual
 * ESC/POS printer (layout, resvg rendering, dithering, status check, sending), median over 20,
 * and the bytes per slip, at 576 and 384 dots.
 * Run: npx tsx test/bench/print.bench.ts   Appends one line to test/bench/results.jsonl.
 */
import { slipJob } from '../../electron/printer/escpos.ts';
import { ReceiptPrinter } from '../../electron/printer/print-slip.ts';
import { parsePrinterUri } from '../../shared/contract/printer-address.ts';
import { renderSlip } from '../../electron/printer/render-slip.ts';
import type { PaperDots } from '../../electron/printer/slip-layout.ts';
import { VirtualTcpPrinter } from '../support/virtual-printer.ts';
import { SAMPLE_SLIPS } from '../unit/printer/sample-slips.ts';
import { percentile, recordBenchResult, round } from './bench-results.ts';

const RUNS = 20;

async function measure(virtual: VirtualTcpPrinter, name: keyof typeof SAMPLE_SLIPS, width: PaperDots) {
  const printer = new ReceiptPrinter(parsePrinterUri(virtual.uri));
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    virtual.reset();
    const start = performance.now();
    const outcome = await printer.print(slipJob(renderSlip(SAMPLE_SLIPS[name], width), { cut: true }));
    if (outcome.outcome !== 'printed') throw new Error(`not printed: ${JSON.stringify(outcome)}`);
    while (virtual.received.commands.at(-1)?.name !== 'cut') await new Promise((resolve) => setImmediate(resolve));
    times.push(performance.now() - start);
    bytes = outcome.bytes;
  }
  times.sort((a, b) => a - b);
  return { medianMs: round(percentile(times, 50), 1), p95Ms: round(percentile(times, 95), 1), bytes };
}

const virtual = new VirtualTcpPrinter();
await virtual.start();
const figures: Record<string, unknown> = { runs: RUNS };
for (const name of Object.keys(SAMPLE_SLIPS) as (keyof typeof SAMPLE_SLIPS)[]) {
  for (const width of [576, 384] as const) figures[`${name}${width}`] = await measure(virtual, name, width);
}
await virtual.stop();
console.log(JSON.stringify(figures, null, 2));
recordBenchResult('print', figures);
