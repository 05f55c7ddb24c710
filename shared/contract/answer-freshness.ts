import { z } from 'zod';
import { DossierView } from './dossier.ts';

/** Why a scan's answer could not be checked with the district server just now. */
export const UnconfirmedReason = z.enum([
  /** The last sync or the last live request failed: the kiosk does not ask until it works again. */
  'server-down',
  /** The kiosk's budget of live requests is spent for now. */
  'rate-limited',
  /** The request failed, timed out, or the server does not know a dossier the kiosk has. */
  'failed',
]);
export type UnconfirmedReason = z.infer<typeof UnconfirmedReason>;

/**
 * How fresh a lookup's answer is. The answer always comes from the cache at once; `checking`
 * means the server is being asked in the background and a `dossierFreshness` event with the
 * same `checkId` follows. Absent when no district server is configured (demo, import only).
 */
export const AnswerFreshness = z.discriminatedUnion('state', [
  z.object({ state: z.literal('checking'), checkId: z.number().int().positive() }),
  /** The server was asked at `at` and the answer on screen is what it has. */
  z.object({ state: z.literal('confirmed'), at: z.iso.datetime() }),
  z.object({ state: z.literal('unconfirmed'), reason: UnconfirmedReason }),
]);
export type AnswerFreshness = z.infer<typeof AnswerFreshness>;

/**
 * The outcome of a background check: the answer as the cache has it now (a newer version the
 * server had is already stored), null when the dossier is still not there.
 */
export const DossierFreshness = z.object({
  checkId: z.number().int().positive(),
  code: z.string(),
  freshness: z.discriminatedUnion('state', [AnswerFreshness.options[1], AnswerFreshness.options[2]]),
  dossier: DossierView.nullable(),
  dataAsOf: z.iso.datetime().nullable(),
});
export type DossierFreshness = z.infer<typeof DossierFreshness>;
