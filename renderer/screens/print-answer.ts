import type { PrintAnswerResult } from '../../shared/contract/index.ts';

/** Asks the host to print a lookup's answer on the receipt printer. */
export type PrintAnswer = (input: { code: string }) => Promise<PrintAnswerResult>;
