import { FEED_REQUESTS_BASE, MAX_PAGES_WITHOUT_PROGRESS, MIN_NEW_RECORDS_PER_PAGE } from './district-limits.ts';
import { SyncError } from './sync-error.ts';

export interface PageProgress {
  /** The cursor the page was asked for, and the one it gave. */
  from: string | null;
  next: string;
  hasMore: boolean;
  /** Records the page applied or deleted: not re-deliveries, not quarantined ones. */
  newRecords: number;
}

/**
 * Ends a feed run that is not getting anywhere: a cursor that does not move, pages that keep
 * saying `hasMore` with nothing new, or many requests for few new records. Every page written
 * before it stops is kept, so a long but honest feed goes on from there at the next run.
 */
export class FeedProgressGuard {
  private requests = 0;
  private newRecords = 0;
  private pagesWithoutProgress = 0;

  /** Call after each page is written; throws the SyncError that stops the run. */
  afterPage(page: PageProgress): void {
    this.requests += 1;
    this.newRecords += page.newRecords;
    if (!page.hasMore) return;
    const stuck = page.next === page.from;
    this.pagesWithoutProgress = stuck || page.newRecords === 0 ? this.pagesWithoutProgress + 1 : 0;
    if (this.pagesWithoutProgress >= MAX_PAGES_WITHOUT_PROGRESS) {
      throw new SyncError(
        'bad-response',
        `The district server's change feed is not progressing: ${this.pagesWithoutProgress} pages in a row brought nothing new` +
          `${stuck ? ' (the cursor did not advance)' : ''} yet said more was coming. The sync stopped and will be tried again later; ` +
          'if this repeats, ask the district IT to check the change feed.',
      );
    }
    const allowed = FEED_REQUESTS_BASE + Math.floor(this.newRecords / MIN_NEW_RECORDS_PER_PAGE);
    if (this.requests >= allowed) {
      throw new SyncError(
        'bad-response',
        `The district server's change feed took ${this.requests} requests for ${this.newRecords} new records ` +
          `(the kiosk allows ${FEED_REQUESTS_BASE} plus one per ${MIN_NEW_RECORDS_PER_PAGE} new records). The sync stopped and will go on from there later.`,
      );
    }
  }
}
