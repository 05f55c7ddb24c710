/**
 * Receipt printing: time from the print request to the last byte received by a loopback virtual
 * ESC/POS printer (layout, resvg rendering, dithering, status check, sending), median over 20,
 * and the bytes per slip, at 576 and 384 dots. `tap…`: the same through the kiosk host's calls a
 * tap makes (printAnswer, printProcedure: the dossier or procedure read from SQLite, the site
 * settings, the slip laid out, rendered and sent), on a real database with the demo data.
 * Run: npx tsx test/bench/print.bench.ts   Appends one line to test/bench/results.jsonl.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../electron/db/open-database.ts';
import { createKioskHost } from '../../electron/host/kiosk-host.ts';
import { SettingsStore } from '../../electron/settings/settings-store.ts';
import { slipJob } from '../../electron/printer/escpos.ts';
import { ReceiptPrinter } from '../../electron/printer/print-slip.ts';
import { parsePrinterUri } from '../../shared/contract/printer-address.ts';
import { renderSlip } from '../../electron/printer/render-slip.ts';
import type { PaperDots } from '../../electron/printer/slip-layout.ts';
import { VirtualTcpPrinter } from '../support/virtual-printer.ts';
import { SAMPLE_SLIPS } from '../unit/electron/printer/sample-slips.ts';
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

/** A tap's host call, to the virtual printer's last byte (the cut), on the demo kiosk; bytes as the printer received them (status requests included). */
async function measureTap(virtual: VirtualTcpPrinter, method: 'printAnswer' | 'printProcedure', code: string, width: PaperDots) {
  const dir = mkdtempSync(path.join(tmpdir(), 'print-bench-'));
  const host = await createKioskHost({ dbPath: path.join(dir, 'kiosk.db'), demoWhenEmpty: true, backgroundSync: false });
  const db = openDatabase(path.join(dir, 'kiosk.db'));
  const settings = new SettingsStore(db);
  settings.set('receiptPrinter', virtual.uri);
  settings.set('receiptPrinterPaperDots', width);
  db.close();
  const times: number[] = [];
  let bytes = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      virtual.reset();
      const start = performance.now();
      const response = await host.call(method, { code });
      if (!response.ok || (response.result as { outcome: string }).outcome !== 'printed') throw new Error(`not printed: ${JSON.stringify(response)}`);
      while (virtual.received.commands.at(-1)?.name !== 'cut') await new Promise((resolve) => setImmediate(resolve));
      times.push(performance.now() - start);
      bytes = virtual.byteCount;
    }
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
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
for (const width of [576, 384] as const) {
  figures[`tapDossier${width}`] = await measureTap(virtual, 'printAnswer', '000.12.12.H53-261112-0015', width);
  figures[`tapProcedure${width}`] = await measureTap(virtual, 'printProcedure', '1.001193', width);
}
await virtual.stop();
console.log(JSON.stringify(figures, null, 2));
recordBenchResult('print', figures);
