import { batchOf, DossierBatchBuilder } from '../dossiers/dossier-batch.ts';
import type { DossierBatch } from '../dossiers/dossier-batch.ts';
import type { ItemsChangesPage } from './district-server/district-server.ts';
import { WellFormedItemReader } from './feed-item-record-bytes.ts';
import { validateFeedItem, validateFeedItems } from './validate-feed-items.ts';
import type { FeedFormat, QuarantinedItem } from './validate-feed-items.ts';

/**
 * An items page's records (split from the answer's bytes by items-page-bytes.ts) parsed, checked
 * and added to the batch one at a time: only one record's objects are alive at once, where
 * JSON.parse-ing the whole page kept every record's until the page was converted (most of the
 * page reader's garbage collection). Each record gets the same checks, and the same quarantine
 * reason, as validateFeedItems gives it; a well-formed record of the kiosk's shape is read
 * straight from its bytes (feed-item-record-bytes.ts) into the same row. A record that is not
 * valid JSON makes the page read as text, which fails with the error a broken page always had.
 */
export function decodeFeedItemBytes(page: Pick<ItemsChangesPage, 'itemBytes' | 'asText'>, format: FeedFormat): { batch: DossierBatch; quarantined: QuarantinedItem[] } {
  const { body, spans, count } = page.itemBytes;
  const builder = new DossierBatchBuilder(count);
  const quarantined: QuarantinedItem[] = [];
  const reader = format === 'kiosk' ? new WellFormedItemReader(body, builder) : null;
  for (let r = 0; r < count; r += 1) {
    if (reader?.read(spans[2 * r]!, spans[2 * r + 1]!)) continue;
    let item: unknown;
    try {
      item = JSON.parse(body.toString('utf8', spans[2 * r]!, spans[2 * r + 1]!));
    } catch {
      return asTextPage(page, format);
    }
    const write = validateFeedItem(item, format, quarantined);
    if (write) builder.add(write);
  }
  return { batch: builder.build(), quarantined };
}

/** The text path's answer (its error, for a page that is not valid JSON). */
function asTextPage(page: Pick<ItemsChangesPage, 'asText'>, format: FeedFormat): { batch: DossierBatch; quarantined: QuarantinedItem[] } {
  const { valid, quarantined } = validateFeedItems(page.asText().items ?? [], format);
  return { batch: batchOf(valid), quarantined };
}
