import { createHash } from 'node:crypto';
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

/** `GET /v1/procedures`, with ETag / If-None-Match. */
export function proceduresRoute(catalogue: ProcedureCatalogueState, request: KioskRequest): Reply {
  const headers = { ETag: catalogue.etag };
  if (matches(request.headers['if-none-match'], catalogue.etag)) return { status: 304, headers };
  if (catalogue.json.length === 0) return errorReply(500, 'internal', 'No catalogue.');
  return { status: 200, headers, body: catalogue.json };
}
