import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * The answer inflates into one Buffer of about its size where it can, not zlib's chunks of 16 KB:
 * a change-feed page inflates to megabytes, and each chunk was a Buffer of its own that the page
 * reader's thread allocated, handed a callback and collected, and whose memory brought V8's next
 * full collection closer. A gzip answer says its size (mod 4 GiB) in its last four bytes; others
 * are guessed from their compressed size. Either way never more than the answer may hold.
 */
const MIN_CHUNK_BYTES = 64 * 1024;
const GUESSED_RATIO = 8;

function outputChunkBytes(body: Buffer, gzip: boolean, maxBytes: number): number {
  const claimed = gzip && body.length >= 18 ? body.readUInt32LE(body.length - 4) : 0;
  const expected = claimed > 0 ? claimed + 1 : body.length * GUESSED_RATIO;
  return Math.max(MIN_CHUNK_BYTES, Math.min(expected, maxBytes + 1));
}

/** As axios inflates: a stream cut short gives what arrived (then the JSON is broken) rather than an error. */
const TOLERANT = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const BROTLI_TOLERANT = { flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH };

const unzip = promisify(zlib.unzip);
const inflateRaw = promisify(zlib.inflateRaw);
const brotliDecompress = promisify(zlib.brotliDecompress);

/** The answer would pass the size the kiosk accepts once decompressed. */
export class AnswerTooLarge extends Error {}

/** The answer's compression is damaged; `code` is zlib's (Z_DATA_ERROR, …). */
export class AnswerNotDecompressible extends Error {
  constructor(readonly code: string) {
    super(`not decompressible (${code})`);
  }
}

/**
 * A district server's answer as its bytes, decompressed as its Content-Encoding says (gzip,
 * x-gzip, compress, deflate with or without its zlib header, br), into at most `maxBytes`: the
 * encodings and the tolerance of the HTTP client's own decompression, which the kiosk turns off
 * so that a page inflates in large chunks. Any other encoding is left as it came, as the client
 * left it.
 */
export async function decompressAnswer(body: Buffer, contentEncoding: unknown, maxBytes: number): Promise<Buffer> {
  const encoding = typeof contentEncoding === 'string' ? contentEncoding.trim().toLowerCase() : '';
  const gzip = encoding === 'gzip' || encoding === 'x-gzip';
  const limits = { chunkSize: outputChunkBytes(body, gzip, maxBytes), maxOutputLength: Math.max(1, maxBytes) };
  try {
    switch (encoding) {
      case 'gzip':
      case 'x-gzip':
      case 'compress':
      case 'x-compress':
        return await unzip(body, { ...TOLERANT, ...limits });
      case 'deflate':
        // A deflate answer should carry zlib's header; some servers send raw deflate.
        return (body[0]! & 0x0f) === 8 ? await unzip(body, { ...TOLERANT, ...limits }) : await inflateRaw(body, { ...TOLERANT, ...limits });
      case 'br':
        return await brotliDecompress(body, { ...BROTLI_TOLERANT, ...limits });
      default:
        return body;
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new AnswerTooLarge();
    throw new AnswerNotDecompressible(typeof code === 'string' ? code : 'unknown');
  }
}
