import type { DossierRecord } from '../../shared/contract/dossier.ts';
import { applicantName } from './applicant-names.ts';
import type { ByteWriter } from './byte-writer.ts';
import type { DossierNow } from './district-data.ts';
import { AGENCIES, resultCounterName } from './fictional-district.ts';
import { PROCEDURES } from './procedures.ts';
import type { SimProcedure } from './procedures.ts';
import { reachedAt } from './kiosk-json.ts';
import { stepWording } from './timeline-wording.ts';

/**
 * The compact page of the change feed (`shape=compact`, docs/sync-protocol.openapi.yaml):
 * `{"rows":[…],"texts":[…],…}`. Each row is
 * [code, version, deleted, agencyCode, agencyName, procedureCode, procedureName, fieldName,
 *  applicantName, status, receivedAt, dueAt, finishedAt, returnedAt, feeVnd, resultCounter,
 *  missingDocuments, timeline], with every text but the code and the applicant's name as an
 * index into `texts`, times in unix seconds and timeline entries as [at, department, action].
 */
export class CompactPageWriter {
  private readonly textIds = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly agencyIds = new Int32Array(AGENCIES.length * 2).fill(-1);
  private readonly procedureIds = new Int32Array(PROCEDURES.length * 3).fill(-1);
  private readonly stepIds = new Map<number, number>();
  private rows = 0;

  constructor(private readonly w: ByteWriter) {
    w.ascii('{"rows":[');
  }

  private id(text: string): number {
    let id = this.textIds.get(text);
    if (id === undefined) {
      id = this.texts.push(text) - 1;
      this.textIds.set(text, id);
    }
    return id;
  }

  private cached(cache: Int32Array, slot: number, text: () => string): number {
    let id = cache[slot] as number;
    if (id < 0) id = cache[slot] = this.id(text());
    return id;
  }

  private separator(): void {
    if (this.rows++ > 0) this.w.ascii(',');
  }

  /** A dossier as the simulator holds it, written without building any object. */
  row(d: DossierNow): void {
    const { plan } = d;
    const w = this.w;
    const status = plan.path[d.step] as number;
    const agency = AGENCIES[plan.agencyIndex]!;
    const procedure = PROCEDURES[plan.procedureIndex]!;
    this.separator();
    w.ascii(`["${plan.code}",`).uint(d.version).ascii(d.deleted ? ',true,' : ',false,');
    w.uint(this.cached(this.agencyIds, plan.agencyIndex * 2, () => agency.code)).ascii(',');
    if (d.deleted) {
      w.ascii('null,null,').uint(this.cached(this.procedureIds, plan.procedureIndex * 3 + 1, () => procedure.name));
      w.ascii(',null,null,').uint(status).ascii(',').uint(plan.times[0] as number).ascii(',null,null,null,null,null,[],[]]');
      return;
    }
    w.uint(this.cached(this.agencyIds, plan.agencyIndex * 2 + 1, () => agency.name)).ascii(',');
    w.uint(this.cached(this.procedureIds, plan.procedureIndex * 3, () => procedure.code)).ascii(',');
    w.uint(this.cached(this.procedureIds, plan.procedureIndex * 3 + 1, () => procedure.name)).ascii(',');
    w.uint(this.cached(this.procedureIds, plan.procedureIndex * 3 + 2, () => procedure.fieldName)).ascii(',');
    w.text(applicantName(plan.applicantName)).ascii(',').uint(status).ascii(',').uint(plan.times[0] as number).ascii(',');
    this.timeOrNull(reachedAt(d, 2) === undefined ? undefined : plan.dueAt);
    this.timeOrNull(reachedAt(d, 9));
    this.timeOrNull(reachedAt(d, 10));
    w.ascii(status === 6 ? `${plan.obligationVnd},` : 'null,');
    if (status === 9 || status === 10) w.uint(this.id(resultCounterName(plan.resultCounter))).ascii(',');
    else w.ascii('null,');
    w.ascii('[');
    if (status === 5) plan.missingDocuments.forEach((name, i) => w.ascii(i ? ',' : '').uint(this.id(name)));
    w.ascii('],[');
    for (let step = 0; step <= d.step; step++) {
      const previous = step > 0 ? (plan.path[step - 1] as number) : 0;
      const [department, action] = this.step(plan.procedureIndex, plan.path[step] as number, previous, plan.online);
      w.ascii(step ? ',[' : '[').uint(d.times[step] as number).ascii(',').uint(department).ascii(',').uint(action).ascii(']');
    }
    w.ascii(']]');
  }

  private step(procedureIndex: number, status: number, previous: number, online: boolean): [number, number] {
    const slot = ((procedureIndex * 11 + status) * 11 + previous) * 2 + (online ? 1 : 0);
    let ids = this.stepIds.get(slot);
    if (ids === undefined) {
      const { department, action } = stepWording(status, previous || null, online, PROCEDURES[procedureIndex] as SimProcedure);
      ids = this.id(department) * 65_536 + this.id(action);
      this.stepIds.set(slot, ids);
    }
    return [Math.floor(ids / 65_536), ids % 65_536];
  }

  private timeOrNull(seconds: number | undefined): void {
    if (seconds === undefined) this.w.ascii('null,');
    else this.w.uint(seconds).ascii(',');
  }

  /** Any row, as JSON (a damaged one, say). */
  rawRow(row: unknown[]): void {
    this.separator();
    this.w.bytes(Buffer.from(JSON.stringify(row)));
  }

  /** The row of a DossierRecord (the slow path, for rows about to be damaged). */
  recordRow(r: DossierRecord): unknown[] {
    const opt = (text: string | null | undefined) => (text === null || text === undefined ? null : this.id(text));
    const seconds = (iso: string | null | undefined) => (iso ? Date.parse(iso) / 1000 : null);
    return [
      r.code,
      r.version,
      r.deleted === true,
      this.id(r.agencyCode),
      opt(r.agencyName),
      opt(r.procedureCode),
      this.id(r.procedureName),
      opt(r.fieldName),
      r.applicantName ?? null,
      r.status,
      seconds(r.receivedAt),
      seconds(r.dueAt),
      seconds(r.finishedAt),
      seconds(r.returnedAt),
      r.feeVnd ?? null,
      opt(r.resultCounter),
      (r.missingDocuments ?? []).map((name) => this.id(name)),
      r.timeline.map((t) => [seconds(t.at), this.id(t.department), this.id(t.action)]),
    ];
  }

  /** The texts the rows written so far refer to. */
  textList(): readonly string[] {
    return this.texts;
  }

  /** Closes the rows and writes the texts they use; the caller adds the cursor fields and `}`. */
  finishRows(): void {
    this.w.ascii('],"texts":[');
    this.texts.forEach((text, i) => {
      if (i > 0) this.w.ascii(',');
      this.w.text(text);
    });
    this.w.ascii(']');
  }
}

/** Breaks a compact row the way a buggy server would, keeping its code (see corrupt-record.ts). */
export function corruptRow(row: unknown[], variant: number): unknown[] {
  const broken = [...row];
  const damage: ((r: unknown[]) => void)[] = [
    (r) => (r[9] = 42),
    (r) => (r[1] = String(r[1])),
    (r) => (r[6] = 1_000_000),
    (r) => (r[10] = '31/02/2024 08:00'),
    (r) => (r[17] = 'none'),
  ];
  damage[variant % damage.length]!(broken);
  return broken;
}
