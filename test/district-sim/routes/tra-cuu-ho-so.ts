import { z } from 'zod';
import { errorReply } from '../http/reply.ts';
import type { Reply } from '../http/reply.ts';
import { parseJsonBody } from './json-body.ts';
import type { KioskRequest, SimState } from './kiosk-request.ts';

const LookupBody = z.object({ service: z.literal('TraCuuHoSo'), mahoso: z.string().min(1).max(100) });

/**
 * `POST /TraCuuHoSo`: the national portal's lookup by code, as its adapters call it
 * (`{"service":"TraCuuHoSo","mahoso":"…"}`, OpenCPS `searchDossier`) and answered with the
 * matches in `result` (an empty list for an unknown code). National format only.
 */
export function traCuuHoSoRoute(state: SimState, request: KioskRequest): Reply {
  if (state.output.format !== 'national') return errorReply(404, 'not-found', 'This server speaks the kiosk format: use GET /v1/dossiers/{code}.');
  const parsed = parseJsonBody(request.body, LookupBody);
  if (!parsed.ok) return errorReply(400, 'bad-request', parsed.message);
  const index = state.data.layout.indexOf(parsed.value.mahoso);
  const found = index !== null && !state.data.isDeleted(index);
  const damage = request.pageFault?.kind === 'schema-invalid' ? 0 : undefined;
  const records = found ? [state.output.json(index, damage)] : [];
  return { status: 200, body: Buffer.concat([Buffer.from('{"error_code":"0","result":['), ...records, Buffer.from(']}')]) };
}
