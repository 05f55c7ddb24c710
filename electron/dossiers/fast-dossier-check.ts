import type { DossierWrite } from './dossier-write.ts';
import { isoToUnixSeconds } from './dossier-write.ts';

/**
 * The sync's hot path: checks a feed item against the DossierRecord contract by hand and
 * builds its write in one pass, about ten times faster than the schema. It accepts only what
 * the schema accepts (a property test holds it to that); anything it is unsure of returns
 * null and goes through the schema, which also explains what is wrong.
 */
export function fastDossierWrite(item: unknown): DossierWrite | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  const r = item as Record<string, unknown>;
  if (r.supplementNote !== undefined || r.feesOwed !== undefined || r.resultDelivery !== undefined || r.resultDocuments !== undefined) return null;
  const { code, version, agencyCode, procedureName, status, receivedAt } = r;
  if (!str(code, 1, 64) || !int(version, 0) || !str(agencyCode, 0, 32) || !str(procedureName, 1, 500)) return null;
  if (!int(status, 1) || status > 10 || typeof receivedAt !== 'string') return null;
  const received = isoToUnixSeconds(receivedAt);
  if (received === null) return null;
  const agencyName = optStr(r.agencyName, 300);
  const procedureCode = optStr(r.procedureCode, 32);
  const fieldName = optStr(r.fieldName, 300);
  const applicantName = optStr(r.applicantName, 200);
  const resultCounter = optStr(r.resultCounter, 200);
  const dueAt = optIso(r.dueAt);
  const finishedAt = optIso(r.finishedAt);
  const returnedAt = optIso(r.returnedAt);
  if (agencyName === BAD || procedureCode === BAD || fieldName === BAD || applicantName === BAD || resultCounter === BAD) return null;
  if (dueAt === BAD || finishedAt === BAD || returnedAt === BAD) return null;
  const feeVnd = r.feeVnd;
  if (feeVnd !== undefined && feeVnd !== null && !int(feeVnd, 0)) return null;
  const deleted = r.deleted;
  if (deleted !== undefined && typeof deleted !== 'boolean') return null;
  const missing = r.missingDocuments;
  if (missing !== undefined && !(Array.isArray(missing) && missing.length <= 50 && missing.every((d) => str(d, 0, 300)))) return null;
  const timeline = r.timeline;
  if (timeline !== undefined && !(Array.isArray(timeline) && timeline.length <= 200)) return null;
  const entries: [number, string, string][] = [];
  for (const t of (timeline ?? []) as unknown[]) {
    if (typeof t !== 'object' || t === null || Array.isArray(t)) return null;
    const { at, department, action } = t as Record<string, unknown>;
    if (typeof at !== 'string' || !str(department, 0, 200) || !str(action, 0, 500)) return null;
    const when = isoToUnixSeconds(at);
    if (when === null) return null;
    entries.push([when, department, action]);
  }
  return {
    code: code.toUpperCase(),
    version,
    deleted: deleted === true,
    agencyCode: agencyCode.toUpperCase(),
    agencyName,
    procedureCode,
    procedureName,
    fieldName,
    applicantName,
    status,
    receivedAt: received,
    dueAt,
    finishedAt,
    returnedAt,
    missingDocuments: (missing as string[] | undefined) ?? [],
    feeVnd: (feeVnd as number | null | undefined) ?? null,
    resultCounter,
    timeline: entries,
  };
}

const BAD = Symbol('bad');

function str(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function int(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

function optStr(value: unknown, max: number): string | null | typeof BAD {
  if (value === undefined || value === null) return null;
  return str(value, 0, max) ? value : BAD;
}

function optIso(value: unknown): number | null | typeof BAD {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return BAD;
  return isoToUnixSeconds(value) ?? BAD;
}
