import { SyncError } from '../../sync-error.ts';

/** Where a national-format server answers the portal's lookup by code, relative to its address. */
export const TRA_CUU_HO_SO_PATH = '/TraCuuHoSo';

/** The body the portal's adapters send (OpenCPS `searchDossier`, PASETO `DataGPLXChiTietInput`). */
export function traCuuHoSoBody(code: string): { service: 'TraCuuHoSo'; mahoso: string } {
  return { service: 'TraCuuHoSo', mahoso: code };
}

/**
 * The dossier a TraCuuHoSo answer holds, or null when it holds none. Adapters list matches in
 * `result` (OpenCPS reads `searchData.getJSONArray("result")`) or `data` (PASETO's
 * `DataGPLXChiTiet.data`), and PASETO's carry an `error_code` ("0" or empty when all is well).
 * Only a record whose MaHoSo is the code asked for is taken: a lookup that matches loosely
 * must not show another citizen's dossier.
 */
export function dossierOfAnswer(body: unknown, code: string): unknown | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new SyncError('bad-response', 'The district server sent a TraCuuHoSo answer of the wrong shape (not a JSON object).');
  }
  const answer = body as { result?: unknown; data?: unknown; error_code?: unknown };
  const errorCode = answer.error_code;
  if (errorCode !== undefined && errorCode !== null && errorCode !== '' && errorCode !== '0' && errorCode !== 0) {
    throw new SyncError('bad-response', `The district server answered TraCuuHoSo with error_code ${JSON.stringify(errorCode).slice(0, 40)}.`);
  }
  const list = answer.result ?? answer.data ?? [];
  if (!Array.isArray(list)) throw new SyncError('bad-response', 'The district server sent a TraCuuHoSo answer whose result is not a list.');
  const wanted = code.toUpperCase();
  return list.find((item) => typeof item === 'object' && item !== null && String((item as { MaHoSo?: unknown }).MaHoSo ?? '').toUpperCase() === wanted) ?? null;
}
