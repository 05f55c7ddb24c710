/**
 * Structured log lines on stderr. Callers pass only operational facts (counts, method
 * names, error kinds); personal data never reaches here, and fields whose names suggest
 * it are dropped as a second line of defence.
 */
type Fields = Record<string, string | number | boolean | null | undefined>;
const PERSONAL_KEY = /name|phone|cmnd|cccd|identity|address|applicant|raw|code/i;

function write(level: 'info' | 'warn' | 'error', msg: string, fields: Fields = {}): void {
  if (process.env.KIOSK_LOG === 'silent') return;
  const safe: Fields = {};
  for (const [key, value] of Object.entries(fields)) safe[key] = PERSONAL_KEY.test(key) ? '[redacted]' : value;
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...safe })}\n`);
}

export const log = {
  info: (msg: string, fields?: Fields) => write('info', msg, fields),
  warn: (msg: string, fields?: Fields) => write('warn', msg, fields),
  error: (msg: string, fields?: Fields) => write('error', msg, fields),
};
