/** The national portal's plain-text conventions, shared by the parsers of its flattened fields. */
const NO_INFORMATION = 'Không có thông tin';

/** The portal's empty values ('', 'Không có thông tin') as null; other text trimmed. */
export function textOrNull(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? '';
  return text === '' || text === NO_INFORMATION ? null : text;
}

// The crawl kept the portal's "choose an agency and submit" widget after some texts.
const PORTAL_WIDGET = 'Chọn cơ quan thực hiện';
const KEYWORDS_AND_DESCRIPTION = /^([^]*?)Từ khóa([^]*?)Mô tả([^]*)$/;

/** The text without the portal widget the crawl kept at its end. */
export const withoutPortalWidget = (raw: string): string => raw.split(PORTAL_WIDGET)[0]!;

/**
 * Splits the portal's "…Từ khóa<keywords>Mô tả<description>" ending off a text; null when
 * the text does not end that way.
 */
export function splitKeywordsAndDescription(text: string): { before: string; description: string | null } | null {
  const m = KEYWORDS_AND_DESCRIPTION.exec(text);
  return m ? { before: m[1]!, description: textOrNull(m[3]) } : null;
}

/** A free text field: the portal widget dropped, a stray keywords/description ending folded in. */
export function freeText(raw: string): string | null {
  const text = withoutPortalWidget(raw);
  const split = splitKeywordsAndDescription(text);
  if (!split) return textOrNull(text);
  const parts = [textOrNull(split.before), split.description].filter((p) => p !== null);
  return parts.length ? parts.join('\n') : null;
}

/**
 * Splits a comma-joined list of categories, leaving commas inside parentheses alone
 * ("Tổ chức (không bao gồm doanh nghiệp, HTX)"); a part starting in lower case continues
 * the category before it ("Cán bộ, công chức, viên chức").
 */
export function splitCategories(raw: string): string[] {
  const categories: string[] = [];
  for (const part of splitListOutsideParentheses(raw)) {
    const first = part[0]!;
    if (categories.length > 0 && first !== first.toUpperCase()) categories[categories.length - 1] += `, ${part}`;
    else categories.push(part);
  }
  return categories;
}

/** Splits a comma-joined list, leaving commas inside parentheses alone. */
function splitListOutsideParentheses(raw: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      items.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  items.push(raw.slice(start));
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** Index just past the parenthesised group opening at `open`, or -1 when it never closes. */
export function endOfParenthesised(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
