import type { RecordText } from './read-records-file.ts';
import { RecordBuffer } from './record-buffer.ts';

/** JSON lines: each non-blank line is one record, at its line number. */
export async function* splitJsonLines(chunks: AsyncIterable<string>, maxRecordChars: number): AsyncGenerator<RecordText> {
  let line = 1;
  const record = new RecordBuffer(maxRecordChars);
  const finish = (): RecordText | null => {
    const taken = record.take();
    const at = `line ${line}`;
    if ('error' in taken) return { position: at, error: taken.error };
    return taken.text.trim() === '' ? null : { position: at, text: taken.text };
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      record.keep(chunk.slice(from, nl));
      const finished = finish();
      if (finished) yield finished;
      line += 1;
      from = nl + 1;
    }
    record.keep(chunk.slice(from));
  }
  const last = finish();
  if (last) yield last;
}
