const LIMIT = 4096;
const fill = (unit: string) => unit.repeat(Math.ceil(LIMIT / unit.length)).slice(0, LIMIT);

/** Inputs shaped to make a backtracking regex work hardest: long runs that nearly match. */
export const WORST_CASE_SCANS: Record<string, string> = {
  digits: fill('0'),
  'digit groups and dots': fill('000.'),
  'agencies without dates': fill('000.00.12.H53-'),
  'codes without sequences': fill('000.00.12.H53-230915-'),
  'spaces before a dot': `000${' '.repeat(LIMIT - 4)}.`,
  'spaced separators': fill('0 . - '),
  'long dotted words': fill('abcdefghijklmnop.'),
  'short dashed numbers': fill('1.1-1-'),
  'percent escapes': fill('%25'),
  'broken UTF-8 escapes': fill('%E3%80'),
  'full-width': fill('０．'),
  'AIM identifiers': fill(']C0'),
  'control characters': fill('\r\n0\0'),
  'characters NFKC expands eighteenfold': fill('\ufdfa'),
};

export const WORST_CASE_OPTIONS = { prefix: '#', suffix: '\r', extraPattern: '(?<code>HS-\\d+)' };
