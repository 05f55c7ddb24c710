import path from 'node:path';
import pino from 'pino';
import type { DestinationStream, Level, Logger, StreamEntry } from 'pino';
import pinoRoll from 'pino-roll';
import { REDACTED, scrubText, scrubValue } from './personal-data-filter.ts';

/** Well-known personal and secret fields, blanked by pino's own redaction as well as by the filter. */
const REDACT_PATHS = [
  'applicant',
  'applicantName',
  'name',
  'fullName',
  'phone',
  'idNumber',
  'cccd',
  'cmnd',
  'address',
  'token',
  'pin',
  'password',
  'authorization',
  '*.applicant',
  '*.applicantName',
  '*.name',
  '*.phone',
  '*.idNumber',
  '*.token',
  '*.pin',
  '*.authorization',
  'headers.cookie',
];

export interface LogFileOptions {
  /** Folder of the rotating files (created when missing). */
  dir: string;
  /** Start a new file beyond this size (pino-roll units: "10m"). */
  size?: string;
  /** Rotated files kept besides the current one. */
  keep?: number;
}

export const LOG_FILE_BASENAME = 'kiosk';

/** A rotating file destination under `dir`: kiosk.<date>.<n>.log, daily and by size. */
export async function openLogFile(options: LogFileOptions): Promise<DestinationStream & { end(): void; on(event: 'close', fn: () => void): void; flushSync(): void }> {
  return pinoRoll({
    file: path.join(options.dir, LOG_FILE_BASENAME),
    extension: '.log',
    frequency: 'daily',
    dateFormat: 'yyyy-MM-dd',
    size: options.size ?? '10m',
    limit: { count: options.keep ?? 14 },
    mkdir: true,
  });
}

/**
 * A pino logger whose every line goes through the personal-data filter: the message, every
 * field (by name and by content) and nested objects. Nothing a caller passes is written as is.
 */
export function createPinoLogger(streams: StreamEntry[], level: Level = 'info'): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Errors are reduced by the filter (type, code, scrubbed message and stack).
      serializers: { err: (value: unknown) => value },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => scrubValue(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>;
          method.apply(this, scrubbed);
        },
      },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    pino.multistream(streams),
  );
}
