/** A response before delivery: status, extra headers and a JSON body (none for 304). */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer;
  /** The body already gzipped (level 1), when it was prepared ahead. */
  gzipped?: Promise<Buffer>;
  /** Answered as a portal-style system (TraCuuHoSo, a lookup-only server): without the X-Kiosk-Protocol header. */
  portalStyle?: boolean;
}

export const jsonReply = (status: number, value: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body: Buffer.from(JSON.stringify(value)),
  ...(headers ? { headers } : {}),
});

/** The protocol's error body: `{ "error": "<code>", "message": "<text>" }`. */
export const errorReply = (status: number, error: string, message: string, headers?: Record<string, string>): Reply =>
  jsonReply(status, { error, message }, headers);
