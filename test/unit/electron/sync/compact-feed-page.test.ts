import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../../shared/contract/index.ts';
import { BATCH_FIELDS, BatchField, batchOf } from '../../../../electron/dossiers/dossier-batch.ts';
import type { DossierBatch } from '../../../../electron/dossiers/dossier-batch.ts';
import { fromDossierRecord } from '../../../../electron/dossiers/dossier-write.ts';
import { decodeCompactPage } from '../../../../electron/sync/compact-feed-page.ts';
import { ByteWriter } from '../../../district-sim/byte-writer.ts';
import { CompactPageWriter } from '../../../district-sim/compact-json.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { arbitraryDossierFields } from '../../../support/dossier-record-arbitrary.ts';

/** Records as a server would send them in the compact shape, through JSON: `{ texts, rows }`. */
function compactPage(records: DossierRecord[], damage: (row: unknown[], i: number) => unknown = (row) => row): { texts: unknown; rows: unknown[] } {
  const writer = new CompactPageWriter(new ByteWriter());
  const rows = records.map((r, i) => damage(writer.recordRow(r), i));
  return JSON.parse(JSON.stringify({ texts: writer.textList(), rows })) as { texts: unknown; rows: unknown[] };
}

/** A batch with every text resolved, row by row: what the store would write. */
function expand(batch: DossierBatch) {
  const text = (i: number) => (i < 0 ? null : batch.texts[i]);
  const time = (v: number) => (Number.isNaN(v) ? null : v);
  return Array.from({ length: batch.count }, (_, row) => {
    const n = batch.numbers.subarray(row * BATCH_FIELDS, (row + 1) * BATCH_FIELDS);
    const timeline = [];
    for (let e = n[BatchField.timelineStart]!; e < n[BatchField.timelineStart]! + n[BatchField.timelineCount]!; e++) {
      timeline.push([batch.timeline[e * 3], text(batch.timeline[e * 3 + 1]!), text(batch.timeline[e * 3 + 2]!)]);
    }
    return {
      code: batch.codes[row],
      applicant: batch.applicantsMasked[row],
      version: n[BatchField.version],
      deleted: n[BatchField.deleted],
      agencyCode: text(n[BatchField.agencyCode]!),
      agencyName: text(n[BatchField.agencyName]!),
      procedureCode: text(n[BatchField.procedureCode]!),
      procedureName: text(n[BatchField.procedureName]!),
      fieldName: text(n[BatchField.fieldName]!),
      status: n[BatchField.status],
      times: [n[BatchField.receivedAt], time(n[BatchField.dueAt]!), time(n[BatchField.finishedAt]!), time(n[BatchField.returnedAt]!)],
      fee: time(n[BatchField.feeVnd]!),
      counter: text(n[BatchField.resultCounter]!),
      missing: Array.from(batch.missing.subarray(n[BatchField.missingStart]!, n[BatchField.missingStart]! + n[BatchField.missingCount]!), text),
      timeline,
    };
  });
}

const record = arbitraryDossierFields({ precision: 'seconds' }).map((r) => DossierRecord.parse(r));

describe('compact change-feed pages', () => {
  it('decode to exactly what the same records sent as items would write', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (records) => {
        const { texts, rows } = compactPage(records);
        const { batch, quarantined } = decodeCompactPage(texts, rows);
        expect(quarantined).toEqual([]);
        expect(expand(batch)).toEqual(expand(batchOf(records.map(fromDossierRecord))));
      }),
      { numRuns: 500 },
    );
  });

  const good = DossierRecord.parse(dossierRecord());
  const broken: { name: string; damage: (row: unknown[]) => unknown; reason: RegExp }[] = [
    { name: 'an impossible status', damage: (r) => Object.assign([...r], { 9: 42 }), reason: /^status: / },
    { name: 'a version as text', damage: (r) => Object.assign([...r], { 1: '3' }), reason: /^version: / },
    { name: 'a negative version', damage: (r) => Object.assign([...r], { 1: -1 }), reason: /^version: / },
    { name: 'a text index past the list', damage: (r) => Object.assign([...r], { 6: 10_000 }), reason: /^procedureName: not an index/ },
    { name: 'a date as text', damage: (r) => Object.assign([...r], { 10: '31/02/2024 08:00' }), reason: /^receivedAt: / },
    { name: 'a fractional time', damage: (r) => Object.assign([...r], { 11: 1.5 }), reason: /^dueAt: / },
    { name: 'a timeline that is not a list', damage: (r) => Object.assign([...r], { 17: 'none' }), reason: /^timeline: / },
    { name: 'a timeline entry of two values', damage: (r) => Object.assign([...r], { 17: [[1, 0]] }), reason: /^timeline: / },
    { name: 'a row that is an object', damage: () => ({ code: 'X' }), reason: /^row: / },
    { name: 'a row one value short', damage: (r) => r.slice(0, 17), reason: /^row: / },
    { name: 'deleted as 0', damage: (r) => Object.assign([...r], { 2: 0 }), reason: /^deleted: / },
    { name: 'a fee below zero', damage: (r) => Object.assign([...r], { 14: -5 }), reason: /^feeVnd: / },
    { name: 'an applicant name past 200 characters', damage: (r) => Object.assign([...r], { 8: 'A'.repeat(201) }), reason: /^applicantName: / },
    { name: 'an empty code', damage: (r) => Object.assign([...r], { 0: '' }), reason: /^code: / },
  ];

  it.each(broken)('quarantines $name with the column it broke, and keeps the rows around it', ({ damage, reason }) => {
    const records = [0, 1, 2].map((i) => DossierRecord.parse(dossierRecord({ code: `${good.code.slice(0, -1)}${i}` })));
    const { texts, rows } = compactPage(records, (row, i) => (i === 1 ? damage(row) : row));
    const { batch, quarantined } = decodeCompactPage(texts, rows);
    expect(batch.codes).toEqual([records[0]!.code, records[2]!.code]);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]!.reason).toMatch(reason);
    expect(expand(batch).map((r) => r.timeline)).toEqual([expand(batchOf([fromDossierRecord(records[0]!)]))[0]!.timeline, expand(batchOf([fromDossierRecord(records[2]!)]))[0]!.timeline]);
  });

  it('refuses texts that are too long for their column, or not text at all', () => {
    const { rows } = compactPage([good]);
    const texts = ['X'.repeat(33), 'Y'.repeat(501), 42];
    const row = (agencyCode: number, procedureName: number) => Object.assign([...(rows[0] as unknown[])], { 3: agencyCode, 6: procedureName, 4: null, 5: null, 7: null, 15: null, 16: [], 17: [] });
    const { batch, quarantined } = decodeCompactPage(texts, [row(0, 0), row(1, 1), row(2, 2)]);
    expect(batch.count).toBe(0);
    expect(quarantined.map((q) => q.reason)).toEqual([
      'agencyCode: must be 0–32 characters',
      'agencyCode: not an index into texts',
      'agencyCode: not an index into texts',
    ]);
  });

  it('a page whose texts are not a list quarantines every row that needs them, naming the row', () => {
    const { rows } = compactPage([good]);
    const { batch, quarantined } = decodeCompactPage('oops', rows);
    expect(batch.count).toBe(0);
    expect(quarantined).toEqual([{ code: good.code, reason: 'agencyCode: not an index into texts' }]);
  });

  it('masks applicant names as it decodes: the full name is never in a batch', () => {
    const { texts, rows } = compactPage([good]);
    const { batch } = decodeCompactPage(texts, rows);
    expect(batch.applicantsMasked).toEqual(['Trần T. B. N***']);
    expect(JSON.stringify(batch.texts)).not.toContain('Bích');
  });
});
