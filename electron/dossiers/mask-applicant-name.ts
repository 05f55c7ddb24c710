/**
 * Masks an applicant's name for a public screen: the family name stays, middle names shrink
 * to an initial, and the given name keeps only its first letter ("Nguyễn Thị Mai Anh" →
 * "Nguyễn T. M. A***"). Enough for a citizen to recognise their own dossier, too little to
 * identify a stranger's.
 */
export function maskApplicantName(name: string | null | undefined): string | null {
  if (name) {
    const masked = maskPlainName(name);
    if (masked !== NOT_PLAIN) return masked;
  }
  const words = (name ?? '').normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const first = (w: string) => Array.from(w)[0] ?? '';
  if (words.length === 1) return `${first(words[0]!)}***`;
  const family = words[0]!;
  const middle = words.slice(1, -1).map((w) => `${first(w)}.`);
  const given = `${first(words.at(-1)!)}***`;
  return [family, ...middle, given].join(' ');
}

const NOT_PLAIN = Symbol('not a plain name');

/**
 * Letters only (ASCII, Latin-1, Latin Extended-A/B and Additional: every Vietnamese letter,
 * precomposed) and plain spaces: such a name is already NFC, has no other white space and no
 * character outside the BMP, so it needs neither normalising nor splitting by code point.
 */
function isPlainLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/**
 * The mask of a plain name (see isPlainLetter) in one pass with no array of words, or NOT_PLAIN:
 * a sync masks a name per dossier, a million at a time.
 */
function maskPlainName(name: string): string | null | typeof NOT_PLAIN {
  let words = 0;
  let familyStart = 0;
  let familyEnd = name.length;
  // The first letter of the word seen last, and the middle words' initials before it.
  let lastInitial = 0;
  let middle = '';
  let inWord = false;
  for (let i = 0; i < name.length; i += 1) {
    const c = name.charCodeAt(i);
    if (c === 0x20) {
      if (inWord && words === 1) familyEnd = i;
      inWord = false;
      continue;
    }
    if (!isPlainLetter(c)) return NOT_PLAIN;
    if (inWord) continue;
    inWord = true;
    words += 1;
    if (words === 1) familyStart = i;
    else {
      if (words > 2) middle += ` ${name[lastInitial]!}.`;
      lastInitial = i;
    }
  }
  if (words === 0) return null;
  if (words === 1) return `${name[familyStart]!}***`;
  return `${name.slice(familyStart, familyEnd)}${middle} ${name[lastInitial]!}***`;
}
