import { RatingOutbox } from '../../ratings/rating-outbox.ts';
import type { HostServices } from '../host-services.ts';
import type { HandlersFor } from './handler-types.ts';

export function ratingHandlers({ db, now }: HostServices): HandlersFor<'saveRating'> {
  const outbox = new RatingOutbox(db);
  return {
    saveRating: (rating) => {
      outbox.save(rating, now());
      return { saved: true };
    },
  };
}
