import type { RecordText } from './read-records-file.ts';
import { RecordBuffer } from './record-buffer.ts';

const enum Char {
  Newline = 10,
  Quote = 34,
  Comma = 44,
  Backslash = 92,
  OpenSquare = 91,
  CloseSquare = 93,
  OpenCurly = 123,
  CloseCurly = 125,
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The items of a top-level JSON array as separate texts, found by tracking strings and
 * nesting, so that only one item is held at a time however large the file. Each item's text
 * is parsed (and its errors reported) by the caller; problems with the array itself (an
 * empty item, a missing closing bracket, text after it) are reported here.
 */
export async function* splitJsonArray(chunks: AsyncIterable<string>, maxRecordChars: number): AsyncGenerator<RecordText> {
  let line = 1;
  let state: 'before' | 'between' | 'item' | 'after' = 'before';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let item = 0;
  let itemLine = 1;
  const record = new RecordBuffer(maxRecordChars);
  let expectingItem = false;
  let trailing = false;
  const position = () => `item ${item} (line ${itemLine})`;

  const finishItem = (): RecordText => ({ position: position(), ...record.take() });
  for await (const chunk of chunks) {
    let itemFrom = state === 'item' ? 0 : -1;
    for (let i = 0; i < chunk.length; i += 1) {
      const c = chunk.charCodeAt(i);
      if (c === Char.Newline) line += 1;
      if (state === 'item') {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === Char.Backslash) escaped = true;
          else if (c === Char.Quote) inString = false;
          continue;
        }
        if (c === Char.Quote) inString = true;
        else if (c === Char.OpenCurly || c === Char.OpenSquare) depth += 1;
        else if ((c === Char.CloseCurly || c === Char.CloseSquare) && depth > 0) depth -= 1;
        else if (depth === 0 && (c === Char.Comma || c === Char.CloseSquare)) {
          record.keep(chunk.slice(itemFrom, i));
          itemFrom = -1;
          yield finishItem();
          state = c === Char.Comma ? 'between' : 'after';
          expectingItem = c === Char.Comma;
        }
        continue;
      }
      if (isSpace(c)) continue;
      if (state === 'before') {
        // The caller saw '[' first.
        state = 'between';
        continue;
      }
      if (state === 'after') {
        if (!trailing) yield { position: `line ${line}`, error: 'text after the closing ] of the array: ignored' };
        trailing = true;
        break;
      }
      // Between items.
      if (c === Char.CloseSquare) {
        if (expectingItem) yield { position: `item ${item + 1} (line ${line})`, error: 'an empty item (two commas, or a comma before ])' };
        state = 'after';
      } else if (c === Char.Comma) {
        yield { position: `item ${item + 1} (line ${line})`, error: 'an empty item (two commas, or a comma before ])' };
        item += 1;
        expectingItem = true;
      } else {
        item += 1;
        itemLine = line;
        state = 'item';
        depth = 0;
        inString = c === Char.Quote;
        if (c === Char.OpenCurly || c === Char.OpenSquare) depth = 1;
        itemFrom = i;
      }
    }
    if (state === 'item' && itemFrom >= 0) record.keep(chunk.slice(itemFrom));
  }
  if (state === 'item') {
    record.take();
    yield { position: position(), error: 'the file ends inside this item (cut off?): skipped' };
  }
  if (state === 'item' || state === 'between' || state === 'before') {
    yield { position: `line ${line}`, error: 'the file ends before the closing ] of the array' };
  }
}
