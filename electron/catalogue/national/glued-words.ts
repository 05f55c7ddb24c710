import { foldVietnamese } from '../../../shared/text/fold.ts';

const VOWEL_GROUP = /[aeiouy]+/g;
const ONSETS = new Set(['b', 'c', 'ch', 'd', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'q', 'r', 's', 't', 'th', 'tr', 'v', 'x']);
const CODAS = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't'];

/**
 * Where the first Vietnamese syllable of a word ends when syllables were glued together
 * without a space ("địnhbáo" → 5), or -1. A syllable has one vowel group, so a word with
 * two or more is several words, split where the first one's final consonant ends and the
 * next one's initial begins.
 */
export function gluedSyllableSplit(word: string): number {
  const folded = foldVietnamese(word);
  if (folded.length !== word.length || !/^[a-z]+$/.test(folded)) return -1;
  const groups = [...folded.matchAll(VOWEL_GROUP)];
  if (groups.length < 2) return -1;
  const firstEnd = groups[0]!.index + groups[0]![0].length;
  const consonants = folded.slice(firstEnd, groups[1]!.index);
  for (const coda of [...CODAS, '']) {
    if (!consonants.startsWith(coda)) continue;
    if (ONSETS.has(consonants.slice(coda.length))) return firstEnd + coda.length;
  }
  return -1;
}
