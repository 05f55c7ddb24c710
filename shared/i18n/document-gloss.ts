import { foldVietnamese } from '../text/fold.ts';
import type { MessageKey } from './vi.ts';

type GlossKey = Extract<MessageKey, `answer.gloss.${string}`>;

/** Document kinds a citizen may not know, by the words that name them (folded), most specific first. */
const GLOSSES: readonly { words: string; key: GlossKey; consumes?: true }[] = [
  { words: 'ban sao co chung thuc', key: 'answer.gloss.certifiedCopy', consumes: true },
  { words: 'ban sao', key: 'answer.gloss.copy' },
  { words: 'ban chinh', key: 'answer.gloss.original' },
  { words: 'trich do dia chinh', key: 'answer.gloss.cadastralSurvey' },
];

/** The plain glosses for the kinds of document the names mention, each once, in a fixed order. */
export function documentGlosses(documentNames: readonly string[]): GlossKey[] {
  const found = new Set<GlossKey>();
  for (const name of documentNames) {
    const folded = ` ${foldVietnamese(name).toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
    let rest = folded;
    for (const gloss of GLOSSES) {
      if (!rest.includes(` ${gloss.words} `)) continue;
      found.add(gloss.key);
      // "bản sao có chứng thực" is explained on its own, not also as a plain "bản sao".
      if (gloss.consumes) rest = rest.replaceAll(` ${gloss.words} `, ' ');
    }
  }
  return GLOSSES.map((g) => g.key).filter((key) => found.has(key));
}
