import { z } from 'zod';
import { errorReply, jsonReply } from '../http/reply.ts';
import type { Reply } from '../http/reply.ts';
import { parseJsonBody } from './json-body.ts';
import type { KioskRequest } from './kiosk-request.ts';

const Rating = z.strictObject({
  id: z.uuid(),
  dossierCode: z.string().min(1).max(64).nullable(),
  rating: z.enum(['very-satisfied', 'satisfied', 'not-satisfied']),
  reasons: z.array(z.string().max(200)).max(20),
  at: z.iso.datetime(),
});
const RatingsUpload = z.strictObject({ ratings: z.array(Rating).min(1).max(1000) });
export type Rating = z.infer<typeof Rating>;

export interface ReceivedRating extends Rating {
  kioskId: string;
  receivedAt: string;
}

/** Ratings by idempotency key: a retried id is a duplicate and is never counted twice. */
export class RatingStore {
  private readonly byId = new Map<string, ReceivedRating>();

  list(): ReceivedRating[] {
    return [...this.byId.values()];
  }

  accept(ratings: Rating[], kioskId: string): { accepted: string[]; duplicates: string[] } {
    const accepted: string[] = [];
    const duplicates: string[] = [];
    for (const rating of ratings) {
      if (this.byId.has(rating.id)) {
        duplicates.push(rating.id);
        continue;
      }
      this.byId.set(rating.id, { ...rating, kioskId, receivedAt: new Date().toISOString() });
      accepted.push(rating.id);
    }
    return { accepted, duplicates };
  }
}

/** `POST /v1/ratings` */
export function ratingsRoute(store: RatingStore, request: KioskRequest): Reply {
  const parsed = parseJsonBody(request.body, RatingsUpload);
  if (!parsed.ok) return errorReply(400, 'invalid-request', parsed.message);
  return jsonReply(200, store.accept(parsed.value.ratings, request.kioskId));
}
