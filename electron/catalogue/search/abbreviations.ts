import type { QuerySlot, SlotTerm } from './query-slots.ts';

/**
 * What citizens type for the words of procedure names (folded, as the index holds them): the
 * abbreviations of receipts and forms, and the everyday names of documents ("sổ đỏ" for the
 * land-use certificate). Each may stand for several phrases; the typed word itself is
 * searched too, since some names write the abbreviation (BHYT, UBND).
 */
const EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  gcn: ['giay chung nhan'],
  qsd: ['quyen su dung'],
  qsdd: ['quyen su dung dat'],
  'so do': ['giay chung nhan quyen su dung dat'],
  'so hong': ['giay chung nhan quyen su dung dat', 'quyen so huu nha o'],
  cccd: ['can cuoc'],
  cmnd: ['chung minh nhan dan'],
  cmt: ['chung minh nhan dan'],
  hktt: ['thuong tru'],
  gpkd: ['ho kinh doanh', 'giay phep kinh doanh'],
  dkkd: ['dang ky kinh doanh', 'ho kinh doanh'],
  hkd: ['ho kinh doanh'],
  gpxd: ['giay phep xay dung'],
  gplx: ['giay phep lai xe'],
  ubnd: ['uy ban nhan dan'],
  hdnd: ['hoi dong nhan dan'],
  lltp: ['ly lich tu phap'],
  dkkh: ['dang ky ket hon'],
  dkks: ['dang ky khai sinh'],
  gks: ['khai sinh'],
  tthn: ['tinh trang hon nhan'],
  bhyt: ['bao hiem y te'],
  bhxh: ['bao hiem xa hoi'],
  tthc: ['thu tuc hanh chinh'],
};

const LONGEST_KEY = Math.max(...Object.keys(EXPANSIONS).map((k) => k.split(' ').length));
/** The expansions cost a little, so a name that writes what was typed comes first among equals. */
const EXPANSION_COST = 0.1;

/**
 * The slots with each abbreviation (one word, or a run of words such as "so do") made one
 * slot whose terms are what was typed and every phrase it stands for.
 */
export function expandAbbreviations(slots: readonly QuerySlot[]): QuerySlot[] {
  const out: QuerySlot[] = [];
  for (let i = 0; i < slots.length; ) {
    let matched = false;
    for (let width = Math.min(LONGEST_KEY, slots.length - i); width >= 1 && !matched; width -= 1) {
      const run = slots.slice(i, i + width);
      const key = run.map((s) => s.typed).join(' ');
      const phrases = EXPANSIONS[key];
      if (!phrases || run.some((s) => s.terms.length > 1)) continue;
      const last = run.at(-1)!.terms[0]!;
      const typed: SlotTerm = { term: key, prefix: last.prefix, cost: 0 };
      out.push({ typed: key, terms: [typed, ...phrases.map((term) => ({ term, prefix: false, cost: EXPANSION_COST }))] });
      i += width;
      matched = true;
    }
    if (!matched) {
      out.push(slots[i]!);
      i += 1;
    }
  }
  return out;
}
