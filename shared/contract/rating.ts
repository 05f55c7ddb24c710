import { z } from 'zod';

/** Đánh giá mức độ hài lòng: Rất hài lòng / Hài lòng / Không hài lòng. */
export const RatingValue = z.enum(['very-satisfied', 'satisfied', 'not-satisfied']);
export type RatingValue = z.infer<typeof RatingValue>;

/**
 * Optional reasons, as fixed codes (the words are in the i18n catalogue): a citizen never types
 * free text, so a rating cannot carry personal data.
 */
export const POSITIVE_REASONS = ['on-time', 'clear-guidance', 'helpful-staff', 'short-wait'] as const;
export const NEGATIVE_REASONS = ['late', 'unclear-guidance', 'repeated-requests', 'staff-attitude', 'long-wait', 'unclear-fees'] as const;
export const RatingReason = z.enum([...POSITIVE_REASONS, ...NEGATIVE_REASONS]);
export type RatingReason = z.infer<typeof RatingReason>;

/** The reasons offered with a rating. */
export function reasonsFor(rating: RatingValue): readonly RatingReason[] {
  return rating === 'not-satisfied' ? NEGATIVE_REASONS : POSITIVE_REASONS;
}

/**
 * A rating as the UI saves it. `id` is the idempotency key (a UUID made when the citizen first
 * taps): saving again with the same id changes that rating (another choice, reasons added)
 * instead of adding one, and the district server counts each id once however often the
 * upload is retried.
 */
export const SaveRatingInput = z
  .object({
    id: z.uuid(),
    /** The dossier just looked up, or null for the service in general. */
    dossierCode: z.string().trim().min(1).max(64).nullable(),
    rating: RatingValue,
    reasons: z.array(RatingReason).max(NEGATIVE_REASONS.length).default([]),
  })
  .strict()
  .refine((r) => r.reasons.every((reason) => reasonsFor(r.rating).includes(reason)), {
    message: 'a reason does not go with this rating',
    path: ['reasons'],
  })
  .refine((r) => new Set(r.reasons).size === r.reasons.length, { message: 'a reason is repeated', path: ['reasons'] });
export type SaveRatingInput = z.input<typeof SaveRatingInput>;

export const SaveRatingResult = z.object({ saved: z.literal(true) });

export const ratingMethods = {
  saveRating: { input: SaveRatingInput, output: SaveRatingResult },
} as const;
