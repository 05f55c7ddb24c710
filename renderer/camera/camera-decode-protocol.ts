/** One camera frame for the decoding worker; the bitmap is transferred, not copied. */
export interface DecodeRequest {
  id: number;
  frame: ImageBitmap;
}

/** What the worker found in a frame (one scan at most), or why it could not look. */
export type DecodeReply = { id: number; scan: string | null; decodeMs: number } | { id: number; failed: string };
