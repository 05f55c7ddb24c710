import { DossierBatchBuilder } from '../dossiers/dossier-batch.ts';
import type { DossierBatch } from '../dossiers/dossier-batch.ts';
import type { CompactRowBytes } from './compact-feed-page.ts';
import { validateFeedItem } from './validate-feed-items.ts';
import type { FeedFormat, QuarantinedItem } from './validate-feed-items.ts';

/**
 * An items page's records (split from the answer's bytes by items-page-bytes.ts) parsed, checked
 * and added to the batch one at a time: only one record's objects are alive at once, where
 * JSON.parse-ing the whole page kept every record's until the page was converted (most of the
 * page reader's garbage collection). Each record gets the same checks, and the same quarantine
 * reason, as validateFeedItems gives it.
 */
export function decodeFeedItemBytes(items: CompactRowBytes, format: FeedFormat): { batch: DossierBatch; quarantined: QuarantinedItem[] } {
  const builder = new DossierBatchBuilder(items.count);
  const quarantined: QuarantinedItem[] = [];
  const { body, spans } = items;
  for (let r = 0; r < items.count; r += 1) {
    // Each span is valid JSON (checked when the page was split).
    const item: unknown = JSON.parse(body.toString('utf8', spans[2 * r]!, spans[2 * r + 1]!));
    const write = validateFeedItem(item, format, quarantined);
    if (write) builder.add(write);
  }
  return { batch: builder.build(), quarantined };
}
