import { z } from 'zod';
import { SessionId } from './session.ts';

/**
 * Printing a slip on the receipt printer (DESIGN: Printer): a lookup's answer or a procedure's
 * checklist. `no-printer`: none is configured; `not-available`: the printer could not be reached
 * (nothing printed); `paper-out` / `cover-open`: the printer said so before anything went out;
 * `busy`: another slip is printing; `not-found`: the dossier or procedure is not in the kiosk's
 * data; `failed`: the printer went away part-way (never printed again by itself). `message` is
 * the citizen's sentence (Vietnamese) whenever nothing or only part was printed.
 */
export const PrintAnswerResult = z.object({
  outcome: z.enum(['printed', 'no-printer', 'not-available', 'paper-out', 'cover-open', 'busy', 'not-found', 'failed']),
  message: z.string().optional(),
});
export type PrintAnswerResult = z.infer<typeof PrintAnswerResult>;
export type PrintOutcomeName = PrintAnswerResult['outcome'];

/** The printer as last read: paper and cover from its real-time status, or why it was not read. */
export const PrinterState = z.enum(['ok', 'paper-out', 'cover-open', 'unknown', 'unreachable', 'not-configured']);
export type PrinterState = z.infer<typeof PrinterState>;

export const PrinterStatus = z.object({
  state: PrinterState,
  uri: z.string().max(200).nullable(),
  paperDots: z.union([z.literal(576), z.literal(384)]),
  checkedAt: z.iso.datetime(),
  /** For technicians: why the printer could not be reached. */
  detail: z.string().max(500).nullable(),
});
export type PrinterStatus = z.infer<typeof PrinterStatus>;

/** What `kiosk printers` finds, for the technician's printer page. */
export const PrinterCandidate = z.object({
  uri: z.string().max(200),
  kind: z.enum(['usb', 'serial', 'network']),
  name: z.string().max(200).nullable(),
});
export type PrinterCandidate = z.infer<typeof PrinterCandidate>;

/** A technician's test page: the printer's own outcome, and the technician's sentence for it. */
export const TestPrintResult = z.object({
  outcome: z.enum(['printed', 'no-printer', 'paper-out', 'cover-open', 'busy', 'unreachable', 'failed-part-way']),
  detail: z.string().max(500).nullable(),
});
export type TestPrintResult = z.infer<typeof TestPrintResult>;

const WithSession = z.object({ session: SessionId }).strict();
const WithCode = z.object({ code: z.string().min(1).max(64) }).strict();

export const printMethods = {
  printAnswer: { input: WithCode, output: PrintAnswerResult },
  /** The checklist of a procedure ("In danh sách giấy tờ"), by its code. */
  printProcedure: { input: WithCode, output: PrintAnswerResult },
  technicianPrinterStatus: { input: WithSession, output: PrinterStatus },
  technicianListPrinters: { input: WithSession, output: z.object({ printers: z.array(PrinterCandidate).max(100), errors: z.array(z.string().max(500)).max(10) }) },
  technicianPrintTest: { input: WithSession, output: TestPrintResult },
} as const;
