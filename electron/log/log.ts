/**
 * The kiosk's log: structured JSON lines (pino) on stderr and, once the host attaches its data
 * folder, in rotating files there (pino-roll). Personal data is removed by the logger itself
 * (personal-data-filter.ts), so callers simply pass what happened:
 * `log.info('sync done', { applied: 12 })`.
 *
 * KIOSK_LOG=silent turns everything off (the tests); stderr shows warnings only in production.
 */
import pino from 'pino';
import type { Level, Logger, StreamEntry } from 'pino';
import { createPinoLogger, openLogFile } from './kiosk-logger.ts';

type Fields = Record<string, unknown>;
type FileStream = Awaited<ReturnType<typeof openLogFile>>;

const stderr = pino.destination({ dest: 2, sync: true });
const files = new Map<string, { stream: FileStream; users: number }>();
let logger: Logger | null = null;

const silent = () => process.env.KIOSK_LOG === 'silent';
const stderrLevel = (): Level => (process.env.NODE_ENV === 'production' ? 'warn' : 'info');

function current(): Logger {
  if (logger === null) {
    const streams: StreamEntry[] = [{ level: stderrLevel(), stream: stderr }];
    for (const { stream } of files.values()) streams.push({ level: 'info', stream });
    logger = createPinoLogger(streams);
  }
  return logger;
}

export type LogLevel = 'info' | 'warn' | 'error';
type LogSink = (level: LogLevel, msg: string, fields: Fields) => void;
let sink: LogSink | null = null;

/**
 * Sends every line to `to` instead (null: back to stderr and the files). A worker thread routes
 * its lines to the main thread, whose logger writes the kiosk's files.
 */
export function routeLogTo(to: LogSink | null): void {
  sink = to;
}

function write(level: LogLevel, msg: string, fields: Fields = {}): void {
  if (silent()) return;
  if (sink) return sink(level, msg, fields);
  current()[level](fields, msg);
}

export const log = {
  info: (msg: string, fields?: Fields) => write('info', msg, fields),
  warn: (msg: string, fields?: Fields) => write('warn', msg, fields),
  error: (msg: string, fields?: Fields) => write('error', msg, fields),
};

export interface AttachedLogFiles {
  /** The folder the files are written to, or null when logging is off. */
  dir: string | null;
  /** Flushes and closes the files (after the last user of this folder detaches). */
  close(): Promise<void>;
}

/** Starts writing rotating log files in `dir` as well. Call `close()` on shutdown. */
export async function attachLogFiles(dir: string): Promise<AttachedLogFiles> {
  if (silent()) return { dir: null, close: async () => undefined };
  const existing = files.get(dir);
  if (existing) existing.users += 1;
  else {
    files.set(dir, { stream: await openLogFile({ dir }), users: 1 });
    logger = null;
  }
  let closed = false;
  return {
    dir,
    close: async () => {
      if (closed) return;
      closed = true;
      const entry = files.get(dir);
      if (!entry || --entry.users > 0) return;
      files.delete(dir);
      logger = null;
      await new Promise<void>((resolve) => {
        entry.stream.on('close', () => resolve());
        entry.stream.end();
      });
    },
  };
}
