// The streaming splitters find the same records however the text is cut into chunks, and a
// runaway record is skipped without being held.
import { describe, expect, it } from 'vitest';
import type { RecordText } from '../../../../electron/import/read-records-file.ts';
import { splitJsonArray } from '../../../../electron/import/split-json-array.ts';
import { splitJsonLines } from '../../../../electron/import/split-json-lines.ts';

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(pieces: AsyncGenerator<RecordText>): Promise<RecordText[]> {
  const all: RecordText[] = [];
  for await (const piece of pieces) all.push('text' in piece ? { position: piece.position, text: piece.text.trim() } : piece);
  return all;
}

const tricky = [
  { code: 'A', note: 'commas, brackets ] } [ { and "quotes"' },
  { code: 'B', note: 'a backslash \\ then a quote \\" and a newline\nin a string' },
  'a bare string, with a comma]',
  12.5e3,
  [1, [2, [3]]],
  { nested: { deeper: [{ x: '}' }] } },
  null,
];

describe('splitJsonArray', () => {
  it('finds the same items for every chunk size, with their item number and line', async () => {
    const text = `[\n${tricky.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]\n`;
    const expected = tricky.map((item, i) => ({ position: `item ${i + 1} (line ${i + 2})`, text: JSON.stringify(item) }));
    for (const size of [1, 2, 3, 7, 64, text.length]) {
      expect(await collect(splitJsonArray(chunksOf(text, size), 1000))).toEqual(expected);
    }
  });

  it('reports empty items, text after the array and a missing closing bracket', async () => {
    expect(await collect(splitJsonArray(chunksOf('[1,,2,]', 3), 1000))).toEqual([
      { position: 'item 1 (line 1)', text: '1' },
      { position: 'item 2 (line 1)', error: 'an empty item (two commas, or a comma before ])' },
      { position: 'item 3 (line 1)', text: '2' },
      { position: 'item 4 (line 1)', error: 'an empty item (two commas, or a comma before ])' },
    ]);
    expect(await collect(splitJsonArray(chunksOf('[1]\n[2]', 2), 1000))).toEqual([
      { position: 'item 1 (line 1)', text: '1' },
      { position: 'line 2', error: 'text after the closing ] of the array: ignored' },
    ]);
    expect(await collect(splitJsonArray(chunksOf('[1,\n', 2), 1000))).toEqual([
      { position: 'item 1 (line 1)', text: '1' },
      { position: 'line 2', error: 'the file ends before the closing ] of the array' },
    ]);
  });

  it('skips an item longer than the limit, and reads on', async () => {
    const text = JSON.stringify([{ a: 'x'.repeat(5000) }, { b: 1 }]);
    expect(await collect(splitJsonArray(chunksOf(text, 100), 1000))).toEqual([
      { position: 'item 1 (line 1)', error: 'longer than 1,000 characters: skipped' },
      { position: 'item 2 (line 1)', text: '{"b":1}' },
    ]);
  });
});

describe('splitJsonLines', () => {
  it('finds the same lines for every chunk size, skipping blank ones and keeping line numbers', async () => {
    const text = `{"a":1}\r\n\n  \n{"b":"x\\ny"}\n{"c":3}`;
    for (const size of [1, 2, 5, text.length]) {
      expect(await collect(splitJsonLines(chunksOf(text, size), 1000))).toEqual([
        { position: 'line 1', text: '{"a":1}' },
        { position: 'line 4', text: '{"b":"x\\ny"}' },
        { position: 'line 5', text: '{"c":3}' },
      ]);
    }
  });

  it('skips a line longer than the limit, and reads on', async () => {
    const text = `${'x'.repeat(3000)}\n{"b":1}\n`;
    expect(await collect(splitJsonLines(chunksOf(text, 100), 1000))).toEqual([
      { position: 'line 1', error: 'longer than 1,000 characters: skipped' },
      { position: 'line 2', text: '{"b":1}' },
    ]);
  });
});
