/**
 * Line breaks for a Vietnamese name beside a chart bar. Vietnamese writes a word's syllables
 * apart ("doanh nghiệp", "Sông Mây"), so breaking at any space can split a word: a break
 * costs nothing before a word that opens a phrase ("và", "khu vực", a parenthesis), a little
 * elsewhere, much inside a common two-syllable word and more inside a proper name.
 */

// Words that open a new phrase in the names of fields and agencies.
const OPENS_PHRASE = new Set(['và', 'của', 'cho', 'về', 'tại', 'trong', 'theo', 'khu', 'xã', 'phường', 'tỉnh', 'đặc', 'thành']);

// Two-syllable words common in the names of fields and agencies (lower case).
const COMPOUNDS = new Set(
  [
    'ủy ban', 'nhân dân', 'văn phòng', 'đăng ký', 'đất đai', 'chi nhánh', 'doanh nghiệp', 'kinh doanh', 'hoạt động',
    'thành lập', 'xây dựng', 'hộ tịch', 'chứng thực', 'cư trú', 'quản lý', 'hành chính', 'công chứng', 'tư pháp',
    'lý lịch', 'giao thông', 'vận tải', 'tài nguyên', 'môi trường', 'nông nghiệp', 'phát triển', 'nông thôn', 'lao động',
    'thương binh', 'xã hội', 'bảo hiểm', 'y tế', 'giáo dục', 'đào tạo', 'văn hóa', 'thể thao', 'du lịch', 'khoa học',
    'công nghệ', 'thông tin', 'truyền thông', 'tài chính', 'kế hoạch', 'đầu tư', 'công thương', 'nội vụ', 'dân tộc',
    'tôn giáo', 'thi đua', 'khen thưởng', 'biện pháp', 'bảo đảm', 'khu vực', 'nhà ở', 'công sở', 'căn cước', 'phục vụ',
    'công an', 'hòa giải', 'khiếu nại', 'tố cáo', 'có công', 'bảo trợ', 'trẻ em', 'gia đình', 'hạ tầng', 'đô thị',
    'kinh tế', 'nuôi con', 'con nuôi', 'quốc tịch', 'chính sách', 'trung tâm', 'hộ kinh', 'thủ tục', 'cơ sở', 'đặc khu',
  ],
);

const FREE = 0;
const ANYWHERE = 1;
const IN_WORD = 8;
const IN_NAME = 20;
const LINE = 2;

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** What breaking the line between `before` and `after` costs. */
function breakCost(before: string, after: string): number {
  if (after.startsWith('(') || /[,;:)]$/.test(before) || OPENS_PHRASE.has(after.toLocaleLowerCase('vi'))) return FREE;
  if (isCapitalised(after) && isCapitalised(before)) return IN_NAME;
  if (COMPOUNDS.has(`${before} ${after}`.toLocaleLowerCase('vi'))) return IN_WORD;
  return ANYWHERE;
}

/**
 * `text` in lines of at most about `width` characters (`\n` between them), broken where a
 * word ends; at most `maxLines`, the last ending in "…" when the name is longer still.
 */
export function wrapLabel(text: string, width: number, maxLines = 3): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return '';
  const n = words.length;
  const length = (from: number, to: number) => words.slice(from, to).join(' ').length;
  // best[i]: the cheapest way to lay out words[i..]; a line may overflow only when one word is longer than `width`.
  const best: { cost: number; next: number }[] = Array.from({ length: n + 1 }, () => ({ cost: Infinity, next: n }));
  best[n] = { cost: 0, next: n };
  for (let from = n - 1; from >= 0; from -= 1) {
    for (let to = from + 1; to <= n; to += 1) {
      if (to > from + 1 && length(from, to) > width) break;
      const cut = to < n ? breakCost(words[to - 1]!, words[to]!) : 0;
      const cost = best[to]!.cost + cut + LINE;
      if (cost < best[from]!.cost) best[from] = { cost, next: to };
    }
  }
  const lines: string[] = [];
  for (let at = 0; at < n; at = best[at]!.next) lines.push(words.slice(at, best[at]!.next).join(' '));
  if (lines.length <= maxLines) return lines.join('\n');
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S*$/, '')}…`;
  return kept.join('\n');
}
