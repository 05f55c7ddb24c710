/**
 * The levels that carry out a procedure (cấp thực hiện) as one phrase: the catalogue writes
 * each as a heading ("Cấp tỉnh", "Cấp xã"); inside a sentence only the first keeps its capital
 * ("Cấp tỉnh, cấp xã").
 */
export function levelsPhrase(levels: readonly string[]): string {
  return levels
    .map((level, i) => (i === 0 ? level : level.charAt(0).toLocaleLowerCase('vi') + level.slice(1)))
    .join(', ');
}
