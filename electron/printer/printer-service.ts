import type { PrinterStatus } from '../../shared/contract/print.ts';
import { parsePrinterUri } from '../../shared/contract/printer-address.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import type { SysfsRoots } from './discover-usb-printers.ts';
import { slipJob } from './escpos.ts';
import { ReceiptPrinter, type PrintOutcome } from './print-slip.ts';
import { renderSlip } from './render-slip.ts';
import type { PaperDots, SlipBlock } from './slip-layout.ts';

export type SlipPrintOutcome = PrintOutcome | { outcome: 'no-printer' } | { outcome: 'not-found' };

interface PrinterServiceDeps {
  settings: Pick<SettingsStore, 'get'>;
  now: () => Date;
  roots?: SysfsRoots;
}

/**
 * The kiosk's receipt printer as the settings describe it (address, paper width, cutter), read at
 * each use so a change applies at once. One ReceiptPrinter per address: one print at a time, and
 * a status read never opens the line while a slip prints. Remembers the last state it saw, from a
 * status read or a print, for the heartbeat and the technician.
 */
export class PrinterService {
  private current: { uri: string; printer: ReceiptPrinter } | null = null;
  private last: PrinterStatus | null = null;

  constructor(private readonly deps: PrinterServiceDeps) {}

  /** Lays out the slip at the configured width (null: nothing to print) and prints it. */
  async print(layout: (width: PaperDots) => Promise<SlipBlock[] | null>): Promise<SlipPrintOutcome> {
    const printer = this.printer();
    if (!printer) return { outcome: 'no-printer' };
    if (printer.busy) return { outcome: 'busy' };
    const width = this.deps.settings.get('receiptPrinterPaperDots');
    const blocks = await layout(width);
    if (!blocks) return { outcome: 'not-found' };
    const cut = this.deps.settings.get('receiptPrinterCut');
    const outcome = await printer.print(() => slipJob(renderSlip(blocks, width), { cut }));
    if (outcome.outcome === 'printed') this.remember('ok', null);
    else if (outcome.outcome === 'paper-out' || outcome.outcome === 'cover-open') this.remember(outcome.outcome, null);
    else if (outcome.outcome === 'unreachable' || outcome.outcome === 'failed-part-way') this.remember('unreachable', outcome.message);
    return outcome;
  }

  /** Reads the paper and cover state now (while a slip prints: the last state seen). */
  async status(): Promise<PrinterStatus> {
    const printer = this.printer();
    if (!printer) return this.remember('not-configured', null);
    const state = await printer.paperState();
    if (state === null) return this.last ?? this.remember('ok', null);
    return typeof state === 'string' ? this.remember(state, null) : this.remember('unreachable', state.unreachable);
  }

  /** The last state seen, without asking the printer. */
  get lastStatus(): PrinterStatus | null {
    return this.last;
  }

  private printer(): ReceiptPrinter | null {
    const uri = this.deps.settings.get('receiptPrinter');
    if (uri === null) return null;
    if (this.current?.uri !== uri) this.current = { uri, printer: new ReceiptPrinter(parsePrinterUri(uri), this.deps.roots) };
    return this.current.printer;
  }

  private remember(state: PrinterStatus['state'], detail: string | null): PrinterStatus {
    this.last = {
      state,
      uri: this.deps.settings.get('receiptPrinter'),
      paperDots: this.deps.settings.get('receiptPrinterPaperDots'),
      checkedAt: this.deps.now().toISOString(),
      detail: detail?.slice(0, 500) ?? null,
    };
    return this.last;
  }
}
