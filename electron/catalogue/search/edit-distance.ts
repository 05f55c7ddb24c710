/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of
 * neighbours), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, previous2[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The smallest edit distance between `typed` and any beginning of `word` (for a word still being typed). */
export function prefixEditDistance(typed: string, word: string, max: number): number {
  let best = max + 1;
  const from = Math.max(1, typed.length - max);
  const to = Math.min(word.length, typed.length + max);
  for (let k = from; k <= to; k += 1) best = Math.min(best, editDistance(typed, word.slice(0, k), max));
  return best;
}

/** Are the letters of `typed` all in `word`, in order? A touch-keyboard user skipping letters ("hn" for "hon"). */
export function isSubsequence(typed: string, word: string): boolean {
  let i = 0;
  for (let j = 0; j < word.length && i < typed.length; j += 1) if (word[j] === typed[i]) i += 1;
  return i === typed.length;
}

/**
 * What `typed` was probably meant to be after one slip of a finger: two neighbours swapped
 * ("khia" → "khai") or a letter doubled ("tuu" → "tu").
 */
export function slipVariants(typed: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i + 1 < typed.length; i += 1) {
    if (typed[i] === typed[i + 1]) variants.push(typed.slice(0, i) + typed.slice(i + 1));
    else variants.push(typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2));
  }
  return variants;
}
