import { createHash } from 'node:crypto';
import type { FaultSpec } from '../faults.ts';
import { errorReply } from '../http/reply.ts';
import type { Reply } from '../http/reply.ts';
import { procedureCatalogue } from '../procedure-catalogue.ts';
import type { KioskRequest } from './kiosk-request.ts';

/** The published procedure catalogue and its ETag; `revise` publishes a changed one. */
export class ProcedureCatalogueState {
  private revision = 0;
  private body = Buffer.alloc(0);
  etag = '';

  constructor() {
    this.publish();
  }

  revise(): string {
    this.revision++;
    this.publish();
    return this.etag;
  }

  private publish(): void {
    this.body = Buffer.from(JSON.stringify({ items: procedureCatalogue(this.revision) }));
    this.etag = `"${createHash('sha256').update(this.body).digest('base64url').slice(0, 22)}"`;
  }

  get json(): Buffer {
    return this.body;
  }
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/**
 * What a broken publishing step serves under the catalogue's own ETag: nothing, or one valid
 * record among many invalid ones.
 */
function faultyCatalogue(fault: FaultSpec): Buffer {
  if (fault.kind === 'catalogue-emptied') return Buffer.from('{"items":[]}');
  const [valid] = procedureCatalogue(0);
  const broken = Array.from({ length: fault.items ?? 300 }, (_, i) => ({ code: `BROKEN-${i}`, name: '' }));
  return Buffer.from(JSON.stringify({ items: [valid, ...broken] }));
}

/** `GET /v1/procedures`, with ETag / If-None-Match. */
export function proceduresRoute(catalogue: ProcedureCatalogueState, request: KioskRequest, fault?: FaultSpec): Reply {
  const headers = { ETag: catalogue.etag };
  if (fault?.kind === 'catalogue-emptied' || fault?.kind === 'catalogue-broken') return { status: 200, headers, body: faultyCatalogue(fault) };
  if (matches(request.headers['if-none-match'], catalogue.etag)) return { status: 304, headers };
  if (catalogue.json.length === 0) return errorReply(500, 'internal', 'No catalogue.');
  return { status: 200, headers, body: catalogue.json };
}
