import type { Cursor } from './cursor.ts';
import type { DistrictData } from './district-data.ts';

/** One page of the feed: which dossiers, and where the reader continues. */
export interface FeedPage {
  indices: number[];
  /** For each item, the feed position just after it (see `cursorAt`). */
  positions: number[];
  next: Cursor;
  hasMore: boolean;
}

export type CursorCheck = 'valid' | 'expired' | 'invalid';

/**
 * The dossier change feed over cursors (see cursor.ts). Without a cursor it starts with a
 * snapshot of every live dossier at its latest version; then it follows the change log,
 * where each changed dossier appears once, at its latest change.
 */
export class ChangeFeed {
  private epoch = 0;
  /** Changes kept for readers; older changes cursors are expired (410). */
  retainChanges = Number.POSITIVE_INFINITY;

  constructor(
    private readonly data: DistrictData,
    private readonly instance: string,
  ) {}

  expireCursors(): void {
    this.epoch++;
  }

  start(): Cursor {
    return { kind: 'snapshot', instance: this.instance, epoch: this.epoch, nextIndex: 0, sinceChange: this.data.changes.head };
  }

  check(cursor: Cursor): CursorCheck {
    if (cursor.instance !== this.instance || cursor.epoch !== this.epoch) return 'expired';
    const head = this.data.changes.head;
    const oldestKept = head - this.retainChanges;
    const from = cursor.kind === 'snapshot' ? cursor.sinceChange : cursor.afterChange;
    if (from > head || (cursor.kind === 'snapshot' && cursor.nextIndex > this.data.count)) return 'invalid';
    return from < oldestKept ? 'expired' : 'valid';
  }

  /** The cursor of a position from the same page kind as `like`. */
  cursorAt(like: Cursor, position: number): Cursor {
    return like.kind === 'snapshot' ? { ...like, nextIndex: position } : { ...like, afterChange: position };
  }

  page(cursor: Cursor, limit: number): FeedPage {
    return cursor.kind === 'snapshot' ? this.snapshotPage(cursor, limit) : this.changesPage(cursor, limit);
  }

  private snapshotPage(cursor: Extract<Cursor, { kind: 'snapshot' }>, limit: number): FeedPage {
    const indices: number[] = [];
    const positions: number[] = [];
    let index = cursor.nextIndex;
    for (; index < this.data.count && indices.length < limit; index++) {
      if (this.data.isDeleted(index)) continue;
      indices.push(index);
      positions.push(index + 1);
    }
    if (index < this.data.count) return { indices, positions, next: { ...cursor, nextIndex: index }, hasMore: true };
    const next: Cursor = { kind: 'changes', instance: cursor.instance, epoch: cursor.epoch, afterChange: cursor.sinceChange };
    return { indices, positions, next, hasMore: cursor.sinceChange < this.data.changes.head };
  }

  private changesPage(cursor: Extract<Cursor, { kind: 'changes' }>, limit: number): FeedPage {
    const { changes } = this.data;
    const indices: number[] = [];
    const positions: number[] = [];
    let change = cursor.afterChange;
    while (change < changes.head && indices.length < limit) {
      change++;
      if (!changes.isLatest(change)) continue;
      indices.push(changes.indexAt(change));
      positions.push(change);
    }
    return { indices, positions, next: { ...cursor, afterChange: change }, hasMore: change < changes.head };
  }
}
