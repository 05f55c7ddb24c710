import { GetProcedureOutput, KioskInfo, LookupResult } from '../../../shared/contract/index.ts';
import type { PrintAnswerResult } from '../../../shared/contract/print.ts';
import { CITIZEN_PRINT_MESSAGE } from '../../printer/citizen-text.ts';
import { slipJob } from '../../printer/escpos.ts';
import { ReceiptPrinter } from '../../printer/print-slip.ts';
import { parsePrinterUri } from '../../printer/printer-uri.ts';
import { renderSlip } from '../../printer/render-slip.ts';
import { slipForRequest, type SlipSources } from '../../printer/slip-for-request.ts';
import { log } from '../../log/log.ts';
import type { HostServices } from '../host-services.ts';
import { dossierHandlers } from './dossier-handlers.ts';
import type { HandlersFor } from './handler-types.ts';
import { kioskInfoHandlers } from './kiosk-info-handlers.ts';

const answer = (outcome: PrintAnswerResult['outcome']): PrintAnswerResult => {
  const message = CITIZEN_PRINT_MESSAGE[outcome];
  return message ? { outcome, message } : { outcome };
};

/** The receipt printer behind "In kết quả tra cứu": one printer per configured address, so one print at a time. */
export function printHandlers(services: HostServices): HandlersFor<'printAnswer'> {
  const { settings, procedures, now } = services;
  const info = kioskInfoHandlers(services).getKioskInfo;
  const lookup = dossierHandlers(services).lookupDossier;
  const sources: SlipSources = {
    info: async () => KioskInfo.parse(await info({})),
    procedure: async (code) => GetProcedureOutput.parse({ procedure: procedures.findByCode(code) ?? null }).procedure,
    dossier: async (code) => {
      const result = LookupResult.parse(await lookup({ raw: code, source: 'keypad' }));
      return result.kind === 'found' ? result.dossier : null;
    },
  };
  let printer: { uri: string; printer: ReceiptPrinter } | null = null;
  const printerFor = (uri: string) => {
    if (printer?.uri !== uri) printer = { uri, printer: new ReceiptPrinter(parsePrinterUri(uri)) };
    return printer.printer;
  };
  return {
    printAnswer: async ({ code }) => {
      const uri = settings.get('receiptPrinter');
      if (uri === null) return answer('no-printer');
      let receiptPrinter: ReceiptPrinter;
      try {
        receiptPrinter = printerFor(uri);
      } catch (error) {
        log.warn('receipt printer address unusable', { reason: (error as Error).message });
        return answer('not-available');
      }
      if (receiptPrinter.busy) return answer('busy');
      const blocks = await slipForRequest({ kind: 'dossier', code }, sources, 576, now());
      if (!blocks) return answer('not-found');
      const outcome = await receiptPrinter.print(slipJob(renderSlip(blocks, 576), { cut: true }));
      switch (outcome.outcome) {
        case 'unreachable':
        case 'failed-part-way':
          log.warn('receipt print failed', { outcome: outcome.outcome, reason: outcome.message });
          return answer('failed');
        default:
          return answer(outcome.outcome);
      }
    },
  };
}
