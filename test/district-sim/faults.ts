import { z } from 'zod';
import { Random } from './random.ts';
import { ROUTE_NAMES } from './routes/route-table.ts';
import type { RouteName } from './routes/route-table.ts';

export const FAULT_KINDS = [
  'latency',
  'http-500',
  'http-503',
  'http-429',
  'wrong-token',
  'cursor-expired',
  'schema-invalid',
  'duplicate-page',
  'overlapping-page',
  'truncated-json',
  'connection-reset',
  'slow-drip',
  'catalogue-emptied',
  'catalogue-broken',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * A fault to inject. Without `count` or `probability` it fires once; with `count`, on that
 * many matching requests; with `probability`, on each matching request with that chance
 * (at most `count` times when both are given).
 */
export const FaultSpec = z.strictObject({
  kind: z.enum(FAULT_KINDS),
  route: z.enum(ROUTE_NAMES).optional(),
  count: z.number().int().positive().optional(),
  probability: z.number().min(0).max(1).optional(),
  /** latency: delay before answering (default 1000). */
  ms: z.number().int().nonnegative().max(600_000).optional(),
  /** http-429, http-503: the Retry-After header in seconds (default 1); up to 10 years, as a broken server may send. */
  retryAfterSeconds: z.number().int().nonnegative().max(315_360_000).optional(),
  /** http-429, http-503: Retry-After as delay-seconds (default) or as the HTTP date that far ahead. */
  retryAfterForm: z.enum(['seconds', 'http-date']).optional(),
  /** slow-drip: how long the body takes to trickle out (default 3000). */
  durationMs: z.number().int().positive().max(600_000).optional(),
  /**
   * schema-invalid: how many items are broken (default 3); overlapping-page: how many items are
   * repeated (default half the page); catalogue-broken: how many invalid records surround the one valid one (default 300).
   */
  items: z.number().int().positive().optional(),
  /** connection-reset: body bytes sent before the reset (default half the body). */
  afterBytes: z.number().int().nonnegative().optional(),
  /** Let this many matching requests through first (default 0). */
  afterRequests: z.number().int().nonnegative().optional(),
});
export type FaultSpec = z.infer<typeof FaultSpec>;

export interface ActiveFault {
  id: string;
  spec: FaultSpec;
  fired: number;
  /** Matching requests let through because of `afterRequests`. */
  passed: number;
}

/** What a fault does to a request; at most one fault of each effect fires per request (latency adds up). */
const EFFECT: Record<FaultKind, 'delay' | 'replace' | 'page' | 'delivery'> = {
  latency: 'delay',
  'http-500': 'replace',
  'http-503': 'replace',
  'http-429': 'replace',
  'wrong-token': 'replace',
  'cursor-expired': 'replace',
  'schema-invalid': 'page',
  'duplicate-page': 'page',
  'overlapping-page': 'page',
  'truncated-json': 'delivery',
  'connection-reset': 'delivery',
  'slow-drip': 'delivery',
  'catalogue-emptied': 'page',
  'catalogue-broken': 'page',
};

const CHANGES_ONLY: readonly FaultKind[] = ['duplicate-page', 'overlapping-page', 'cursor-expired'];
const CATALOGUE_ONLY: readonly FaultKind[] = ['catalogue-emptied', 'catalogue-broken'];

export interface RequestFacts {
  route: RouteName;
  hasCursor: boolean;
}

/** Faults injected by tests or through `POST /__sim/faults`, drawn on by each kiosk request. */
export class FaultControl {
  private readonly faults: ActiveFault[] = [];
  private nextId = 1;

  constructor(private readonly random: Random = new Random(0xfa17)) {}

  /** Adds a fault; returns its id. Throws on an invalid spec. */
  inject(spec: FaultSpec): string {
    const valid = FaultSpec.parse(spec);
    const id = `f${this.nextId++}`;
    this.faults.push({ id, spec: valid, fired: 0, passed: 0 });
    return id;
  }

  /** Removes one fault, or all of them. */
  clear(id?: string): void {
    if (id === undefined) {
      this.faults.length = 0;
      return;
    }
    const at = this.faults.findIndex((f) => f.id === id);
    if (at >= 0) this.faults.splice(at, 1);
  }

  active(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f, spec: { ...f.spec } }));
  }

  /** The faults that fire for this request, consuming their counts. */
  draw(request: RequestFacts): FaultSpec[] {
    const fired: FaultSpec[] = [];
    const effects = new Set<string>();
    for (const fault of [...this.faults]) {
      const { spec } = fault;
      const effect = EFFECT[spec.kind];
      if (effect !== 'delay' && effects.has(effect)) continue;
      if (!this.applies(spec, request)) continue;
      if (fault.passed < (spec.afterRequests ?? 0)) {
        fault.passed++;
        continue;
      }
      if (spec.probability !== undefined && !this.random.chance(spec.probability)) continue;
      fault.fired++;
      effects.add(effect);
      fired.push(spec);
      const limit = spec.count ?? (spec.probability === undefined ? 1 : Number.POSITIVE_INFINITY);
      if (fault.fired >= limit) this.faults.splice(this.faults.indexOf(fault), 1);
    }
    return fired;
  }

  private applies(spec: FaultSpec, { route, hasCursor }: RequestFacts): boolean {
    if (spec.route !== undefined && spec.route !== route) return false;
    if (CHANGES_ONLY.includes(spec.kind) && route !== 'changes') return false;
    if (CATALOGUE_ONLY.includes(spec.kind) && route !== 'procedures') return false;
    if (spec.kind === 'cursor-expired' && !hasCursor) return false;
    if (spec.kind === 'schema-invalid' && route !== 'changes' && route !== 'dossier') return false;
    return true;
  }
}
