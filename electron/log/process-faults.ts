import { log } from './log.ts';

export type ProcessFaultKind = 'unhandledRejection' | 'uncaughtException';

export interface ProcessFaultCounts {
  unhandledRejections: number;
  uncaughtExceptions: number;
  /** The last one's error name and code (never its message, which may carry personal data). */
  last: { kind: ProcessFaultKind; error: string; at: string } | null;
}

const counts: ProcessFaultCounts = { unhandledRejections: 0, uncaughtExceptions: 0, last: null };

/** What this process has seen since it started (the diagnostics bundle shows it). */
export function processFaultCounts(): ProcessFaultCounts {
  return { ...counts, last: counts.last && { ...counts.last } };
}

export function describeFault(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} ${code.slice(0, 40)}` : error.name;
}

/**
 * Catches what nothing else caught in the host's process (a promise nobody awaited, a throw in
 * a callback): logs and counts it, then tells `onFault` (which restarts the host). There should
 * be none; the tests fail on any (test/setup/process-faults.ts, the serve fixtures).
 * Returns the function that removes the handlers.
 */
export function watchProcessFaults(onFault: (kind: ProcessFaultKind, error: unknown) => void): () => void {
  const handler = (kind: ProcessFaultKind) => (error: unknown) => {
    if (kind === 'unhandledRejection') counts.unhandledRejections += 1;
    else counts.uncaughtExceptions += 1;
    counts.last = { kind, error: describeFault(error), at: new Date().toISOString() };
    log.error(kind === 'unhandledRejection' ? 'unhandled rejection' : 'uncaught exception', { error: counts.last.error });
    onFault(kind, error);
  };
  const onRejection = handler('unhandledRejection');
  const onException = handler('uncaughtException');
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
