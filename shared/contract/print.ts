import { z } from 'zod';

/**
 * Printing a lookup's answer on the receipt printer (DESIGN: Printer). `no-printer`: none is
 * configured; `not-available`: this version has no printer driver yet, so nothing was printed.
 */
export const PrintAnswerResult = z.object({ outcome: z.enum(['printed', 'no-printer', 'not-available']) });
export type PrintAnswerResult = z.infer<typeof PrintAnswerResult>;

export const printMethods = {
  printAnswer: { input: z.object({ code: z.string().min(1).max(64) }).strict(), output: PrintAnswerResult },
} as const;
