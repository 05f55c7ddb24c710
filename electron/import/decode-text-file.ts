import fs from 'node:fs';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The file is not text the import can read: nothing of it is used. */
export class TextFileError extends Error {
  override readonly name = 'TextFileError';
}

/**
 * Which encoding a JSON export is in: its byte-order mark (UTF-8, UTF-16 LE or BE, as Excel
 * and Windows tools write them), else the NULs of UTF-16 around the first ASCII character
 * (JSON starts with one), else UTF-8.
 */
export function sniffEncoding(head: Buffer): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head.length >= 2 && head[0] === 0 && head[1] !== 0) return 'utf-16be';
  if (head.length >= 2 && head[0] !== 0 && head[1] === 0) return 'utf-16le';
  return 'utf-8';
}

/**
 * The file's text, chunk by chunk, decoded from its encoding with any byte-order mark
 * dropped. Bytes that are not valid in that encoding (a file saved in a legacy Vietnamese code
 * page, say) stop the read with a TextFileError: guessing would import garbled names.
 */
export async function* decodeTextFile(file: string): AsyncGenerator<string> {
  const handle = await fs.promises.open(file, 'r');
  let encoding: TextEncoding;
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    encoding = sniffEncoding(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  let offset = 0;
  const fail = (): never => {
    throw new TextFileError(
      `the file is not valid ${encoding.toUpperCase()} text (bad bytes within the first ${offset.toLocaleString('en')} bytes); save it as UTF-8 and import again`,
    );
  };
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 256 * 1024 })) {
    offset += (chunk as Buffer).length;
    let text: string;
    try {
      text = decoder.decode(chunk as Buffer, { stream: true });
    } catch {
      return fail();
    }
    if (text.length > 0) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    return fail();
  }
  if (rest.length > 0) yield rest;
}

/** A small file's whole text, decoded as decodeTextFile does (for files read at once, like a catalogue). */
export function readTextFileSync(file: string): string {
  const bytes = fs.readFileSync(file);
  const encoding = sniffEncoding(bytes.subarray(0, 4));
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new TextFileError(`the file is not valid ${encoding.toUpperCase()} text; save it as UTF-8 and import again`);
  }
}
