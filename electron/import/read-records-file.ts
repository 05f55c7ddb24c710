import { decodeTextFile } from './decode-text-file.ts';
import { splitJsonArray } from './split-json-array.ts';
import { splitJsonLines } from './split-json-lines.ts';

export type FileRecord = { position: string; value: unknown } | { position: string; error: string };

/** A record larger than this is reported and skipped, so one runaway record cannot fill memory. */
export const MAX_RECORD_CHARS = 1_000_000;

/** A piece of the file's text that should hold one record, or why it cannot. */
export type RecordText = { position: string; text: string } | { position: string; error: string };

/**
 * Yields the records of an export file as it streams in, never the whole file at once: a JSON
 * array (position = item number and line) or JSON lines (position = line number), in UTF-8 or
 * UTF-16, with or without a byte-order mark. A broken record is reported and the rest still
 * read; a file that is not text throws TextFileError.
 */
export async function* readRecordsFile(file: string, maxRecordChars = MAX_RECORD_CHARS): AsyncGenerator<FileRecord> {
  const chunks = decodeTextFile(file);
  const first = await firstChunkWithText(chunks);
  if (first === null) {
    yield { position: 'file', error: 'the file holds no records' };
    return;
  }
  const all = prepend(first, chunks);
  const pieces = first.trimStart().startsWith('[') ? splitJsonArray(all, maxRecordChars) : splitJsonLines(all, maxRecordChars);
  for await (const piece of pieces) {
    if ('error' in piece) {
      yield piece;
      continue;
    }
    try {
      yield { position: piece.position, value: JSON.parse(piece.text) };
    } catch (error) {
      yield { position: piece.position, error: `not valid JSON (${(error as Error).message})` };
    }
  }
}

async function firstChunkWithText(chunks: AsyncGenerator<string>): Promise<string | null> {
  // next() rather than for-await: leaving a for-await loop would close the generator.
  let skipped = '';
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    skipped += next.value;
    if (skipped.trim() !== '') return skipped;
  }
  return null;
}

async function* prepend(first: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  yield first;
  yield* rest;
}
