/**
 * Masks an applicant's name for a public screen: the family name stays, middle names shrink
 * to an initial, and the given name keeps only its first letter ("Nguyễn Thị Mai Anh" →
 * "Nguyễn T. M. A***"). Enough for a citizen to recognise their own dossier, too little to
 * identify a stranger's.
 */
export function maskApplicantName(name: string | null | undefined): string | null {
  const words = (name ?? '').normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const first = (w: string) => Array.from(w)[0] ?? '';
  if (words.length === 1) return `${first(words[0]!)}***`;
  const family = words[0]!;
  const middle = words.slice(1, -1).map((w) => `${first(w)}.`);
  const given = `${first(words.at(-1)!)}***`;
  return [family, ...middle, given].join(' ');
}
