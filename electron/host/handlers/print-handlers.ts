import { GetProcedureOutput, KioskInfo, LookupResult } from '../../../shared/contract/index.ts';
import type { PrintAnswerResult } from '../../../shared/contract/print.ts';
import { CITIZEN_PRINT_MESSAGE } from '../../printer/citizen-text.ts';
import { listPrinterCandidates } from '../../printer/printer-candidates.ts';
import type { SlipPrintOutcome } from '../../printer/printer-service.ts';
import { slipForRequest, type SlipRequest, type SlipSources } from '../../printer/slip-for-request.ts';
import { log } from '../../log/log.ts';
import type { HostServices } from '../host-services.ts';
import { dossierHandlers } from './dossier-handlers.ts';
import type { HandlersFor } from './handler-types.ts';
import { kioskInfoHandlers } from './kiosk-info-handlers.ts';

const answer = (outcome: PrintAnswerResult['outcome']): PrintAnswerResult => {
  const message = CITIZEN_PRINT_MESSAGE[outcome];
  return message ? { outcome, message } : { outcome };
};

/** The printer's outcome as the citizen's screen names it; a failure goes to the log (no personal data: no code). */
function forCitizen(outcome: SlipPrintOutcome): PrintAnswerResult {
  switch (outcome.outcome) {
    case 'unreachable':
      log.warn('receipt printer unreachable', { reason: outcome.message });
      return answer('not-available');
    case 'failed-part-way':
      log.warn('receipt print failed part-way', { reason: outcome.message, bytesSent: outcome.bytesSent });
      return answer('failed');
    default:
      return answer(outcome.outcome);
  }
}

/** "In kết quả tra cứu", "In danh sách giấy tờ" and the technician's printer page, through the host's one PrinterService. */
export function printHandlers(
  services: HostServices,
): HandlersFor<'printAnswer' | 'printProcedure' | 'technicianPrinterStatus' | 'technicianListPrinters' | 'technicianPrintTest'> {
  const { printer, procedures, now, settings, technicianSession } = services;
  const info = kioskInfoHandlers(services).getKioskInfo;
  const lookup = dossierHandlers(services).lookupDossier;
  const sources: SlipSources = {
    info: async () => KioskInfo.parse(await info({})),
    procedure: async (code) => GetProcedureOutput.parse({ procedure: procedures.findByCode(code) ?? null }).procedure,
    // Through the lookup's own guard: an unknown code is a miss like any other. Not as 'keypad': a
    // print repeats the lookup on screen, so the code is one already found, and costs nothing.
    dossier: async (code) => {
      const result = LookupResult.parse(await lookup({ raw: code, source: 'wedge' }));
      return result.kind === 'found' ? result.dossier : null;
    },
  };
  const printSlip = (request: SlipRequest) => printer.print((width) => slipForRequest(request, sources, width, now()));
  return {
    printAnswer: async ({ code }) => forCitizen(await printSlip({ kind: 'dossier', code })),
    printProcedure: async ({ code }) => forCitizen(await printSlip({ kind: 'procedure', code })),
    technicianPrinterStatus: async ({ session }) => {
      technicianSession.require(session, { extend: true });
      return printer.status();
    },
    technicianListPrinters: async ({ session }) => {
      technicianSession.require(session, { extend: true });
      return listPrinterCandidates(settings.get('receiptPrinter'));
    },
    technicianPrintTest: async ({ session }) => {
      technicianSession.require(session, { extend: true });
      const outcome = await printSlip({ kind: 'test' });
      switch (outcome.outcome) {
        case 'unreachable':
        case 'failed-part-way':
          return { outcome: outcome.outcome, detail: outcome.message };
        case 'not-found':
          throw new Error('the test slip needs no kiosk data');
        default:
          return { outcome: outcome.outcome, detail: null };
      }
    },
  };
}
