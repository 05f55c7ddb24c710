import { APPLICANT_NAME_COUNT, applicantName } from './applicant-names.ts';
import { ByteWriter, fragment } from './byte-writer.ts';
import type { DossierNow } from './district-data.ts';
import { AGENCIES, RESULT_COUNTERS_PER_AGENCY, resultCounterName } from './fictional-district.ts';
import { PROCEDURES } from './procedures.ts';
import type { SimProcedure } from './procedures.ts';
import { stepWording } from './timeline-wording.ts';

// Every recurring piece of text is encoded once, looked up by number while writing.
const quote = (text: string): string => JSON.stringify(text);
const agencyFields = AGENCIES.map((a) => fragment(`,"agencyCode":"${a.code}","agencyName":${quote(a.name)}`));
const procedureFields = PROCEDURES.map((p) =>
  fragment(`,"procedureCode":"${p.code}","procedureName":${quote(p.name)},"fieldName":${quote(p.fieldName)}`),
);
const resultCounterFields = Array.from({ length: RESULT_COUNTERS_PER_AGENCY + 1 }, (_, counter) =>
  fragment(`,"resultCounter":${quote(resultCounterName(counter))}`),
);
const applicantFields = new Array<Buffer | undefined>(APPLICANT_NAME_COUNT).fill(undefined);
const missingDocumentFields = new Map<readonly string[], Buffer>();
/** `,"department":…,"action":…}` of timeline entries, by procedure, then by step kind. */
const timelineTails = PROCEDURES.map(() => new Array<Buffer | undefined>(11 * 11 * 2).fill(undefined));

function applicantField(name: number): Buffer {
  return (applicantFields[name] ??= fragment(`,"applicantName":${quote(applicantName(name))}`));
}

function missingDocumentsField(names: readonly string[]): Buffer {
  let field = missingDocumentFields.get(names);
  if (!field) missingDocumentFields.set(names, (field = fragment(`,"missingDocuments":${JSON.stringify(names)}`)));
  return field;
}

function timelineTail(procedureIndex: number, status: number, previous: number, online: boolean): Buffer {
  const tails = timelineTails[procedureIndex] as (Buffer | undefined)[];
  const slot = (status * 11 + previous) * 2 + (online ? 1 : 0);
  let tail = tails[slot];
  if (tail === undefined) {
    const { department, action } = stepWording(status, previous || null, online, PROCEDURES[procedureIndex] as SimProcedure);
    tail = tails[slot] = fragment(`,"department":${quote(department)},"action":${quote(action)}}`);
  }
  return tail;
}

const F = {
  code: fragment('{"code":"'),
  version: fragment('","version":'),
  status: fragment(',"status":'),
  receivedAt: fragment(',"receivedAt":'),
  dueAt: fragment(',"dueAt":'),
  finishedAt: fragment(',"finishedAt":'),
  returnedAt: fragment(',"returnedAt":'),
  feeVnd: fragment(',"feeVnd":'),
  timeline: fragment(',"timeline":['),
  firstEntryAt: fragment('{"at":'),
  nextEntryAt: fragment(',{"at":'),
  emptyTimeline: fragment(',"timeline":[]}'),
  end: fragment(']}'),
  dueAtNull: fragment(',"dueAt":null'),
  finishedAtNull: fragment(',"finishedAt":null'),
  returnedAtNull: fragment(',"returnedAt":null'),
};

/** When the dossier reached `status`, if it has. */
export function reachedAt(d: DossierNow, status: number): number | undefined {
  const at = d.plan.path.indexOf(status);
  return at >= 0 && at <= d.step ? d.times[at] : undefined;
}

function timeOrNull(w: ByteWriter, label: Buffer, nullField: Buffer, seconds: number | undefined): void {
  if (seconds === undefined) w.bytes(nullField);
  else w.isoUtc(seconds, label);
}

/**
 * Writes the dossier as DossierRecord JSON. A tombstone keeps the required fields of the
 * last version, so it is a valid DossierRecord too.
 */
export function writeKioskDossier(w: ByteWriter, d: DossierNow): void {
  const { plan } = d;
  const status = plan.path[d.step] as number;
  w.bytes(F.code).ascii(plan.code).bytes(F.version).uint(d.version);
  if (d.deleted) {
    w.ascii(`,"deleted":true,"agencyCode":"${plan.agency.code}","procedureName":`).text(plan.procedure.name);
    w.bytes(F.status).uint(status).isoUtc(plan.times[0] as number, F.receivedAt).bytes(F.emptyTimeline);
    return;
  }
  w.bytes(agencyFields[plan.agencyIndex] as Buffer).bytes(procedureFields[plan.procedureIndex] as Buffer).bytes(applicantField(plan.applicantName));
  w.bytes(F.status).uint(status).isoUtc(plan.times[0] as number, F.receivedAt);
  timeOrNull(w, F.dueAt, F.dueAtNull, reachedAt(d, 2) === undefined ? undefined : plan.dueAt);
  timeOrNull(w, F.finishedAt, F.finishedAtNull, reachedAt(d, 9));
  timeOrNull(w, F.returnedAt, F.returnedAtNull, reachedAt(d, 10));
  if (status === 5) w.bytes(missingDocumentsField(plan.missingDocuments));
  if (status === 6) w.bytes(F.feeVnd).uint(plan.obligationVnd);
  if (status === 9 || status === 10) w.bytes(resultCounterFields[plan.resultCounter] as Buffer);
  w.bytes(F.timeline);
  for (let step = 0; step <= d.step; step++) {
    w.isoUtc(d.times[step] as number, step === 0 ? F.firstEntryAt : F.nextEntryAt);
    w.bytes(timelineTail(plan.procedureIndex, plan.path[step] as number, step > 0 ? (plan.path[step - 1] as number) : 0, plan.online));
  }
  w.bytes(F.end);
}

/** One dossier's DossierRecord JSON text. */
export function kioskDossierJson(d: DossierNow): string {
  const w = new ByteWriter(2048);
  writeKioskDossier(w, d);
  return w.toString();
}
