import type { RecordText } from './read-records-file.ts';

/** JSON lines: each non-blank line is one record, at its line number. */
export async function* splitJsonLines(chunks: AsyncIterable<string>, maxRecordChars: number): AsyncGenerator<RecordText> {
  let line = 1;
  let parts: string[] = [];
  let length = 0;
  let oversized = false;
  const finish = (): RecordText | null => {
    const text = parts.join('');
    const at = `line ${line}`;
    parts = [];
    length = 0;
    if (oversized) {
      oversized = false;
      return { position: at, error: `longer than ${maxRecordChars.toLocaleString('en')} characters: skipped` };
    }
    return text.trim() === '' ? null : { position: at, text };
  };
  const keep = (piece: string) => {
    if (oversized) return;
    length += piece.length;
    if (length > maxRecordChars) {
      oversized = true;
      parts = [];
    } else parts.push(piece);
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      keep(chunk.slice(from, nl));
      const record = finish();
      if (record) yield record;
      line += 1;
      from = nl + 1;
    }
    keep(chunk.slice(from));
  }
  const last = finish();
  if (last) yield last;
}
