import { SyncError } from '../../sync-error.ts';
import type { ProbePlan } from '../probe-plan.ts';
import { commonVerdict } from '../probe-plan.ts';
import { dossierOfAnswer, TRA_CUU_HO_SO_PATH, traCuuHoSoBody } from './tra-cuu-ho-so.ts';

/**
 * The portal's TraCuuHoSo for a code no dossier has: a good token gets an answer with an empty
 * list. A 404 there means the address serves no TraCuuHoSo (not a national-format server).
 */
export const nationalProbePlan: ProbePlan = {
  method: 'POST',
  path: () => TRA_CUU_HO_SO_PATH,
  body: (code) => JSON.stringify(traCuuHoSoBody(code)),
  headers: { 'Content-Type': 'application/json' },
  judge({ status, body }, tokenGiven) {
    const common = commonVerdict(status, tokenGiven);
    if (common) return common;
    if (status === 404 || status === 405 || status === 501) return { kind: 'not-kiosk-server' };
    if (!tokenGiven) return { kind: 'no-token' };
    if (status !== 200) return { kind: 'bad-response' };
    try {
      dossierOfAnswer(body, 'kiosk-connection-test');
      return null;
    } catch (error) {
      if (error instanceof SyncError) return { kind: 'bad-response' };
      throw error;
    }
  },
};
