import { z } from 'zod';
import { errorReply, jsonReply } from '../http/reply.ts';
import type { Reply } from '../http/reply.ts';
import { parseJsonBody } from './json-body.ts';
import type { KioskRequest } from './kiosk-request.ts';

const Heartbeat = z.object({
  kioskId: z.string().min(1).max(100),
  version: z.string().min(1).max(50),
  lastSyncAt: z.iso.datetime().nullable(),
  scanner: z.record(z.string(), z.unknown()),
  disk: z.object({ freeBytes: z.number().int().nonnegative() }),
  /** The kiosk's updater: installed version, what it saw published, versions that failed there. */
  update: z.record(z.string(), z.unknown()).nullable().optional(),
  /** The receipt printer's paper and cover state (PrinterReport in docs/sync-protocol.openapi.yaml). */
  printer: z
    .object({
      state: z.enum(['ok', 'paper-out', 'cover-open', 'unknown', 'unreachable', 'not-configured']),
      uri: z.string().nullable(),
      paperDots: z.union([z.literal(384), z.literal(576)]),
      checkedAt: z.iso.datetime(),
      detail: z.string().nullable(),
    })
    .nullable()
    .optional(),
});
export type Heartbeat = z.infer<typeof Heartbeat>;

export interface ReceivedHeartbeat extends Heartbeat {
  receivedAt: string;
}

/** Heartbeats received, and the configuration the server hands back (null: no change). */
export class HeartbeatStore {
  private readonly received: ReceivedHeartbeat[] = [];
  config: Record<string, unknown> | null = null;

  list(): ReceivedHeartbeat[] {
    return [...this.received];
  }

  add(heartbeat: Heartbeat): void {
    this.received.push({ ...heartbeat, receivedAt: new Date().toISOString() });
  }
}

/** `POST /v1/heartbeat` */
export function heartbeatRoute(store: HeartbeatStore, request: KioskRequest): Reply {
  const parsed = parseJsonBody(request.body, Heartbeat);
  if (!parsed.ok) return errorReply(400, 'invalid-request', parsed.message);
  store.add(parsed.value);
  return jsonReply(200, { serverTime: new Date().toISOString(), config: store.config });
}
