import { z } from 'zod';

/**
 * Printing a lookup's answer on the receipt printer (DESIGN: Printer). `no-printer`: none is
 * configured; `not-available`: the configured address cannot be used (nothing printed);
 * `paper-out` / `cover-open`: the printer said so before anything went out; `busy`: another slip
 * is printing; `not-found`: the dossier is not in the kiosk's data; `failed`: the printer could
 * not be reached or went away part-way (never printed again by itself). `message` is the
 * citizen's sentence (Vietnamese) whenever nothing or only part was printed.
 */
export const PrintAnswerResult = z.object({
  outcome: z.enum(['printed', 'no-printer', 'not-available', 'paper-out', 'cover-open', 'busy', 'not-found', 'failed']),
  message: z.string().optional(),
});
export type PrintAnswerResult = z.infer<typeof PrintAnswerResult>;

export const printMethods = {
  printAnswer: { input: z.object({ code: z.string().min(1).max(64) }).strict(), output: PrintAnswerResult },
} as const;
