import fs from 'node:fs';
import path from 'node:path';
import { LOG_FILE_BASENAME } from './kiosk-logger.ts';

export interface LogEntry {
  time: string;
  level: string;
  msg: string;
  fields: Record<string, unknown>;
}

/** The kiosk's log files in `dir`, newest first. */
export function listLogFiles(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(`${LOG_FILE_BASENAME}.`) && name.endsWith('.log'))
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile())
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs || b.localeCompare(a, 'en', { numeric: true }));
}

function tail(file: string, maxBytes: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    fs.readSync(fd, buffer, 0, length, size - length);
    const text = buffer.toString('utf8');
    // Drop the first, probably partial, line when the file was cut.
    return length < size ? text.slice(text.indexOf('\n') + 1) : text;
  } finally {
    fs.closeSync(fd);
  }
}

/** The newest entries (oldest first) that pass `keep`, read from the end of the newest files. */
export function readRecentLogEntries(
  dir: string,
  options: { limit?: number; maxBytes?: number; keep?: (entry: LogEntry) => boolean } = {},
): LogEntry[] {
  const limit = options.limit ?? 100;
  let budget = options.maxBytes ?? 1024 * 1024;
  const found: LogEntry[] = [];
  for (const file of listLogFiles(dir)) {
    if (budget <= 0 || found.length >= limit) break;
    const text = tail(file, budget);
    budget -= Buffer.byteLength(text);
    const entries: LogEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const { time, level, msg, pid: _pid, ...fields } = JSON.parse(line) as Record<string, unknown>;
        const entry = { time: String(time ?? ''), level: String(level ?? ''), msg: String(msg ?? ''), fields };
        if (!options.keep || options.keep(entry)) entries.push(entry);
      } catch {
        // a line cut by a crash: skip it
      }
    }
    found.unshift(...entries.slice(-(limit - found.length)));
  }
  return found.slice(-limit);
}
