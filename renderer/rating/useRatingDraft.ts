import { useCallback, useRef, useState } from 'react';
import type { RatingReason, RatingValue } from '../../shared/contract/index.ts';
import type { SaveRating } from './save-rating.ts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

interface Draft {
  rating: RatingValue | null;
  reasons: RatingReason[];
}

/**
 * One citizen's rating of one lookup. The first tap saves it; each later tap (another choice,
 * a reason) saves it again under the same idempotency key, so it stays one rating. Saves go one
 * at a time and always carry the latest choice, whatever order the taps' answers arrive in.
 */
export function useRatingDraft(dossierCode: string, save: SaveRating) {
  const [id] = useState(() => crypto.randomUUID());
  const [draft, setDraft] = useState<Draft>({ rating: null, reasons: [] });
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const latest = useRef<Draft>(draft);
  const inFlight = useRef(false);
  const pending = useRef(false);

  const flush = useCallback(async () => {
    if (inFlight.current) {
      pending.current = true;
      return;
    }
    inFlight.current = true;
    setSaveState('saving');
    let failed = false;
    do {
      pending.current = false;
      const { rating, reasons } = latest.current;
      if (rating === null) break;
      try {
        await save({ id, dossierCode, rating, reasons });
        failed = false;
      } catch {
        failed = true;
      }
    } while (pending.current);
    inFlight.current = false;
    setSaveState(failed ? 'failed' : 'saved');
  }, [dossierCode, id, save]);

  const update = useCallback(
    (next: Draft) => {
      latest.current = next;
      setDraft(next);
      void flush();
    },
    [flush],
  );

  const choose = useCallback(
    (rating: RatingValue) => {
      const keep = latest.current.rating === rating ? latest.current.reasons : [];
      update({ rating, reasons: keep });
    },
    [update],
  );

  const toggleReason = useCallback(
    (reason: RatingReason) => {
      const { rating, reasons } = latest.current;
      if (rating === null) return;
      update({ rating, reasons: reasons.includes(reason) ? reasons.filter((r) => r !== reason) : [...reasons, reason] });
    },
    [update],
  );

  return { draft, saveState, choose, toggleReason, retry: () => void flush() };
}
