import type { SaveRatingInput } from '../../shared/contract/index.ts';

/** Keeps a rating in the kiosk's outbox (KioskApi.saveRating). */
export type SaveRating = (input: SaveRatingInput) => Promise<unknown>;
