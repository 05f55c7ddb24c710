/**
 * Change-feed positions. A snapshot cursor walks the dossiers by index and remembers the
 * change number at which the snapshot began, to continue from there once the walk is done;
 * a changes cursor is a change number. Both carry the server instance and its cursor epoch,
 * so cursors from another run, or from before `expireCursors`, are recognised as expired.
 * The kiosk sees only an opaque base64url string.
 */
export type Cursor =
  | { kind: 'snapshot'; instance: string; epoch: number; nextIndex: number; sinceChange: number }
  | { kind: 'changes'; instance: string; epoch: number; afterChange: number };

const FORMAT = /^(s|c)\.([0-9a-f]{8})\.(\d{1,9})\.(\d{1,10})(?:\.(\d{1,10}))?$/;

export function encodeCursor(cursor: Cursor): string {
  const text =
    cursor.kind === 'snapshot'
      ? `s.${cursor.instance}.${cursor.epoch}.${cursor.nextIndex}.${cursor.sinceChange}`
      : `c.${cursor.instance}.${cursor.epoch}.${cursor.afterChange}`;
  return Buffer.from(text).toString('base64url');
}

/** The cursor, or null when the text is not one this simulator could have issued. */
export function decodeCursor(opaque: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,120}$/.test(opaque)) return null;
  const parts = FORMAT.exec(Buffer.from(opaque, 'base64url').toString('latin1'));
  if (!parts) return null;
  const [, kind, instance = '', epoch, first, second] = parts;
  if (kind === 's') {
    if (second === undefined) return null;
    return { kind: 'snapshot', instance, epoch: Number(epoch), nextIndex: Number(first), sinceChange: Number(second) };
  }
  if (second !== undefined) return null;
  return { kind: 'changes', instance, epoch: Number(epoch), afterChange: Number(first) };
}
