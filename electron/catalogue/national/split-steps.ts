import { textOrNull } from './source-text.ts';

// A line that starts a step or an item: "Bước 2", "- ", "+ ", "* ", "a) ", "1. ", "(ii) ".
const STARTS_ITEM = /^(?:Bước\s|[-+*•\u2022\uf000-\uf8ff]|\(?[\p{L}\d]{1,4}[.)]\s)/iu;
const ENDS_SENTENCE = /[.;:!?)]$/;

/**
 * The steps (trình tự thực hiện), one per line; a line that neither starts an item nor
 * follows a finished sentence was wrapped by the source and joins the line before.
 */
export function splitSteps(raw: string): string[] {
  if (textOrNull(raw) === null) return [];
  const steps: string[] = [];
  for (const line of raw.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
    const previous = steps.at(-1);
    if (previous !== undefined && !STARTS_ITEM.test(line) && !ENDS_SENTENCE.test(previous)) {
      steps[steps.length - 1] = `${previous} ${line}`;
    } else {
      steps.push(line);
    }
  }
  return steps;
}
