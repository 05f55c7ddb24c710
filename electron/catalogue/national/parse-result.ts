import type { ParsedPart } from './parsed-part.ts';
import { freeText, splitKeywordsAndDescription, textOrNull, withoutPortalWidget } from './source-text.ts';

// Codes vary ("KQ.G15.000031", "G19-KQ006098"); the next result's name starts with a capital.
const RESULT_ITEM = /([^]*?)Mã:\s*[A-Za-z0-9.-]+?(?=\p{Lu}\p{Ll}|Từ khóa|$)/guy;

/**
 * Reads the flattened "Kết quả thực hiện": result names each with its code, then keywords
 * and a description, e.g. `Giấy khai sinhMã: KQ.G15.000031Từ khóaKhông có thông tinMô tả…`.
 * Gives the names joined by "; ", then the description on its own line when there is one.
 */
export function parseResult(raw: string): ParsedPart<string | null> {
  const text = withoutPortalWidget(raw).trim();
  if (textOrNull(text) === null) return { value: null, unparsed: null, problems: [] };
  const names: string[] = [];
  let at = 0;
  RESULT_ITEM.lastIndex = 0;
  for (let m = RESULT_ITEM.exec(text); m; m = RESULT_ITEM.exec(text)) {
    const name = m[1]!.trim();
    if (name) names.push(name);
    at = RESULT_ITEM.lastIndex;
  }
  const tail = text.slice(at).trim();
  const described = splitKeywordsAndDescription(tail);
  if (names.length === 0 && !tail.includes('Mã:')) return { value: freeText(text), unparsed: null, problems: [] };
  if (names.length === 0 || (tail !== '' && (!described || described.before.trim() !== ''))) {
    const result = names.length ? names.join('; ') : null;
    return { value: result, unparsed: tail || null, problems: ['result: not in the portal\'s "name, Mã:" form'] };
  }
  const description = described?.description ?? null;
  return { value: [names.join('; '), description].filter(Boolean).join('\n'), unparsed: null, problems: [] };
}
