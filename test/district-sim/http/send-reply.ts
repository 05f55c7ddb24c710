import type { ServerResponse } from 'node:http';
import type { FaultSpec } from '../faults.ts';
import { gzipFast } from './gzip-fast.ts';
import type { Reply } from './reply.ts';

/** Small bodies are not worth compressing. */
const GZIP_FROM_BYTES = 1024;
const DRIP_CHUNKS = 20;

export interface Delivered {
  bytes: number;
  gzip: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends a reply, gzipped when the client accepts it, and damaged in delivery when a fault says
 * so: truncated JSON (half the body, status 200), a connection reset mid-body, or a slow drip.
 */
export async function sendReply(res: ServerResponse, reply: Reply, acceptsGzip: boolean, fault?: FaultSpec): Promise<Delivered> {
  let body = reply.body;
  const truncated = fault?.kind === 'truncated-json';
  if (body && truncated) body = body.subarray(0, Math.floor(body.length / 2));
  const compressed = Boolean(body && acceptsGzip && body.length >= GZIP_FROM_BYTES);
  if (body && compressed) body = reply.gzipped && !truncated ? await reply.gzipped : await gzipFast(body);

  const headers: Record<string, string | number> = {
    ...(reply.portalStyle ? {} : { 'X-Kiosk-Protocol': '1' }),
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
    ...reply.headers,
  };
  if (body) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Content-Length'] = body.length;
    if (compressed) headers['Content-Encoding'] = 'gzip';
  }
  res.writeHead(reply.status, headers);

  if (fault?.kind === 'connection-reset') return resetMidBody(res, body ?? Buffer.alloc(0), fault.afterBytes, compressed);
  if (body && fault?.kind === 'slow-drip') return drip(res, body, fault.durationMs ?? 3000, compressed);
  res.end(body);
  return { bytes: body?.length ?? 0, gzip: compressed };
}

function resetMidBody(res: ServerResponse, body: Buffer, afterBytes: number | undefined, compressed: boolean): Promise<Delivered> {
  const sent = Math.min(afterBytes ?? Math.floor(body.length / 2), Math.max(0, body.length - 1));
  return new Promise((resolve) => {
    res.write(body.subarray(0, sent), () => {
      res.socket?.destroy();
      resolve({ bytes: sent, gzip: compressed });
    });
  });
}

async function drip(res: ServerResponse, body: Buffer, durationMs: number, compressed: boolean): Promise<Delivered> {
  const chunk = Math.ceil(body.length / DRIP_CHUNKS);
  let sent = 0;
  while (sent < body.length && !res.destroyed) {
    res.write(body.subarray(sent, sent + chunk));
    sent = Math.min(body.length, sent + chunk);
    if (sent < body.length) await sleep(durationMs / DRIP_CHUNKS);
  }
  res.end();
  return { bytes: sent, gzip: compressed };
}

/** Whether an Accept-Encoding header admits gzip. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
