import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * Output chunks of 256 KB instead of zlib's 16 KB: a change-feed page inflates to megabytes, and
 * each chunk is a Buffer of its own that the page reader's thread allocates, hands a callback and
 * collects, which cost the items-only sync about a tenth of the kiosk's CPU.
 */
const CHUNK_BYTES = 256 * 1024;

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
  const limits = { chunkSize: CHUNK_BYTES, maxOutputLength: Math.max(1, maxBytes) };
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
