import { z } from 'zod';
import { CallError } from '../../shared/contract/index.ts';
import type { CallResponse } from '../../shared/contract/index.ts';

/** The envelope both transports carry (shared/contract/wire.ts), checked before it is trusted. */
export const CallResponseSchema: z.ZodType<CallResponse> = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: CallError }),
]) as z.ZodType<CallResponse>;
