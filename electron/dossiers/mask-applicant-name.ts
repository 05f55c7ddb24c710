/**
 * Masks an applicant's name for a public screen: the family name stays, middle names shrink
 * to an initial, and the given name keeps only its first letter ("Nguyễn Thị Mai Anh" →
 * "Nguyễn T. M. A***"). Enough for a citizen to recognise their own dossier, too little to
 * identify a stranger's.
 */
export function maskApplicantName(name: string | null | undefined): string | null {
  if (name && isPlainName(name)) return maskPlainName(name);
  const words = (name ?? '').normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const first = (w: string) => Array.from(w)[0] ?? '';
  if (words.length === 1) return `${first(words[0]!)}***`;
  const family = words[0]!;
  const middle = words.slice(1, -1).map((w) => `${first(w)}.`);
  const given = `${first(words.at(-1)!)}***`;
  return [family, ...middle, given].join(' ');
}

/**
 * Letters only (ASCII, Latin-1, Latin Extended-A/B and Additional: every Vietnamese letter,
 * precomposed) and plain spaces: such a name is already NFC, has no other white space and no
 * character outside the BMP, so it needs neither normalising nor splitting by code point
 * (maskPlainName). A sync masks a name per dossier, a million at a time.
 */
function isPlainName(name: string): boolean {
  for (let i = 0; i < name.length; i += 1) {
    const c = name.charCodeAt(i);
    const plain =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      c === 0x20 ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
      (c >= 0x1e00 && c <= 0x1eff);
    if (!plain) return false;
  }
  return true;
}

function maskPlainName(name: string): string | null {
  const words = name.split(' ').filter(Boolean);
  if (words.length === 0) return null;
  if (words.length === 1) return `${words[0]![0]}***`;
  let masked = words[0]!;
  for (let i = 1; i < words.length - 1; i += 1) masked += ` ${words[i]![0]}.`;
  return `${masked} ${words[words.length - 1]![0]}***`;
}
