import { gzipFast } from '../http/gzip-fast.ts';
import type { Reply } from '../http/reply.ts';

const KEPT_PAGES = 4;

export interface BuiltPage<Next> {
  reply: Reply;
  next: Next;
  hasMore: boolean;
}

interface Prefetched<Next> {
  page: BuiltPage<Next>;
  /** The change-log head when the page was built: any change since makes it stale. */
  head: number;
}

/**
 * Builds the page a kiosk will ask for next while it is still busy with the current one, so
 * on a machine shared with the kiosk the simulator's work overlaps the kiosk's instead of
 * adding to it. Pages are keyed by cursor and limit and dropped as soon as any dossier changes.
 */
export class PagePrefetch<Next> {
  private readonly pages = new Map<string, Prefetched<Next>>();

  take(key: string, head: number): BuiltPage<Next> | undefined {
    const prefetched = this.pages.get(key);
    this.pages.delete(key);
    return prefetched && prefetched.head === head ? prefetched.page : undefined;
  }

  schedule(key: string, head: number, compress: boolean, build: () => BuiltPage<Next>): void {
    setImmediate(() => {
      const page = build();
      const { body } = page.reply;
      if (compress && body) {
        page.reply.gzipped = gzipFast(body);
        page.reply.gzipped.catch(() => undefined);
      }
      this.pages.set(key, { page, head });
      while (this.pages.size > KEPT_PAGES) this.pages.delete(this.pages.keys().next().value as string);
    });
  }
}
