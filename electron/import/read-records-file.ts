import fs from 'node:fs';
import readline from 'node:readline';

export type FileRecord = { position: string; value: unknown } | { position: string; error: string };

/**
 * Yields the records of an export file: a JSON array (position = index) or JSON lines
 * (position = line number). A broken line is reported and the rest still read.
 */
export async function* readRecordsFile(file: string): AsyncGenerator<FileRecord> {
  const head = await firstNonSpaceChar(file);
  if (head === '[') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await fs.promises.readFile(file, 'utf8'));
    } catch (error) {
      yield { position: 'file', error: `not valid JSON: ${(error as Error).message}` };
      return;
    }
    const items = parsed as unknown[];
    for (let i = 0; i < items.length; i += 1) yield { position: `item ${i + 1}`, value: items[i] };
    return;
  }
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (line.trim() === '') continue;
    try {
      yield { position: `line ${n}`, value: JSON.parse(line) };
    } catch {
      yield { position: `line ${n}`, error: 'not valid JSON' };
    }
  }
}

async function firstNonSpaceChar(file: string): Promise<string | null> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
    return text.trimStart()[0] ?? null;
  } finally {
    await handle.close();
  }
}
