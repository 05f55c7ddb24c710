interface Group {
  repeatsInside: boolean;
}

const GROUP_OPENER = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/;
const BRACE_QUANTIFIER = /^\{(\d+)(,(\d*))?\}/;

/** Length of the quantifier at `source[at]` (0 if none) and whether it is unbounded. */
function readQuantifier(source: string, at: number): { length: number; unbounded: boolean } {
  const char = source[at];
  let length = 0;
  let unbounded = false;
  if (char === '*' || char === '+') {
    length = 1;
    unbounded = true;
  } else if (char === '?') {
    length = 1;
  } else if (char === '{') {
    const brace = BRACE_QUANTIFIER.exec(source.slice(at, at + 24));
    if (brace) {
      length = brace[0].length;
      unbounded = brace[2] !== undefined && brace[3] === '';
    }
  }
  if (length > 0 && source[at + length] === '?') length += 1;
  return { length, unbounded };
}

function skipCharacterClass(source: string, at: number): number {
  let i = at + 1;
  if (source[i] === '^') i += 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

/**
 * True for the classic catastrophic-backtracking shape: an unbounded repetition inside
 * a group that is itself repeated without bound, as in `(\w+\.?)+` or `(a*)*`. Run on
 * a scan that nearly matches, such a pattern can stall the kiosk for minutes.
 */
export function hasNestedUnboundedRepetition(source: string): boolean {
  const groups: Group[] = [{ repeatsInside: false }];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    let atomEnd: number;
    let closed: Group | null = null;
    if (char === '\\') {
      atomEnd = i + 2;
    } else if (char === '[') {
      atomEnd = skipCharacterClass(source, i);
    } else if (char === '(') {
      groups.push({ repeatsInside: false });
      i += GROUP_OPENER.exec(source.slice(i, i + 64))?.[0].length ?? 1;
      continue;
    } else if (char === ')') {
      closed = groups.length > 1 ? (groups.pop() ?? null) : null;
      atomEnd = i + 1;
    } else {
      atomEnd = i + 1;
    }
    const quantifier = readQuantifier(source, atomEnd);
    if (quantifier.unbounded && closed?.repeatsInside) return true;
    const current = groups[groups.length - 1];
    if (current && (quantifier.unbounded || closed?.repeatsInside)) current.repeatsInside = true;
    i = atomEnd + quantifier.length;
  }
  return false;
}
