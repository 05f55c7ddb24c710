import type { ScannerErrorKind } from '../../shared/contract/scanner.ts';

const PERMISSION = /EACCES|EPERM|permission denied|access denied|not permitted/i;
const MISSING = /ENOENT|no such file|not found|ENODEV|no such device/i;
const BUSY = /EBUSY|resource busy|cannot lock|lock port|exclusive/i;

/** What an error opening a device means for the technician. */
export function classifyOpenError(error: unknown): { kind: ScannerErrorKind; detail: string } {
  const detail = errorMessage(error);
  if (PERMISSION.test(detail)) return { kind: 'permission-denied', detail };
  if (BUSY.test(detail)) return { kind: 'busy', detail };
  if (MISSING.test(detail)) return { kind: 'no-device', detail };
  return { kind: 'open-failed', detail };
}

export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 500);
}
