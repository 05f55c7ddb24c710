import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../../shared/contract/index.ts';
import { fastDossierWrite } from '../../../../electron/dossiers/fast-dossier-check.ts';
import { fromDossierRecord, isoToUnixSeconds } from '../../../../electron/dossiers/dossier-write.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';

const iso = fc
  .date({ min: new Date('1999-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().replace(/\.000Z$/, 'Z'));
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: -2, max: 12 }),
  fc.double(),
  fc.boolean(),
  fc.constantFrom('2024-02-30T00:00:00Z', '2023-13-01T00:00:00Z', '2024-12-30T00:32Z', '2024-12-30T00:32:06+07:00', '0000-01-01T00:00:00Z', ''),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.string({ minLength: 190, maxLength: 520 }),
);
const mostly = <T,>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: junk, weight: 1 });
const timelineEntry = fc.record({ at: mostly(iso), department: mostly(fc.string({ maxLength: 30 })), action: mostly(fc.string({ maxLength: 30 })) });
/** Mostly valid records with a few fields replaced by anything at all. */
const candidate = fc
  .record({
    base: fc.record({ receivedAt: iso, dueAt: fc.option(iso), status: fc.integer({ min: 1, max: 10 }), version: fc.nat() }),
    timeline: fc.oneof({ arbitrary: fc.array(timelineEntry, { maxLength: 4 }), weight: 4 }, { arbitrary: junk, weight: 1 }),
    overrides: fc.dictionary(
      fc.constantFrom('code', 'version', 'agencyCode', 'agencyName', 'procedureCode', 'procedureName', 'fieldName', 'applicantName', 'status', 'receivedAt', 'dueAt', 'finishedAt', 'returnedAt', 'missingDocuments', 'feeVnd', 'resultCounter', 'deleted'),
      junk,
      { maxKeys: 2 },
    ),
  })
  .map(({ base, timeline, overrides }) => ({ ...dossierRecord(base), timeline, ...overrides }) as Record<string, unknown>);

describe('fast dossier check', () => {
  it('accepts only what the contract accepts, and builds the same write', () => {
    fc.assert(
      fc.property(candidate, (item) => {
        const fast = fastDossierWrite(item);
        const schema = DossierRecord.safeParse(item);
        if (fast) {
          expect(schema.success).toBe(true);
          expect(fast).toEqual(fromDossierRecord(schema.data!));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the common record without falling back to the schema', () => {
    expect(fastDossierWrite(dossierRecord())).not.toBeNull();
    expect(fastDossierWrite({ ...dossierRecord(), finishedAt: '2026-11-19T10:00:00.123Z', missingDocuments: ['Tờ khai'] })).not.toBeNull();
  });

  it('reads times as unix seconds and refuses impossible dates', () => {
    expect(isoToUnixSeconds('2024-02-29T23:59:59Z')).toBe(Date.parse('2024-02-29T23:59:59Z') / 1000);
    expect(isoToUnixSeconds('0050-01-01T00:00:00Z')).toBe(Date.parse('0050-01-01T00:00:00Z') / 1000);
    expect(isoToUnixSeconds('2023-02-29T00:00:00Z')).toBeNull();
    expect(isoToUnixSeconds('2023-01-01T24:00:00Z')).toBeNull();
    expect(isoToUnixSeconds('2023-01-01 00:00:00Z')).toBeNull();
  });
});

describe('isoToUnixSeconds', () => {
  const zodIso = DossierRecord.shape.receivedAt;
  const candidates = fc.oneof(
    fc
      .tuple(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }), fc.string({ unit: fc.constantFrom('0', '5', '9'), maxLength: 11 }))
      .map(([d, fraction]) => d.toISOString().replace(/\.\d{3}Z$/, fraction ? `.${fraction}Z` : 'Z')),
    fc
      .tuple(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), fc.nat(24), fc.constantFrom('0', '9', ':', '-', 'Z', ' ', 'x', '3'))
      .map(([d, at, ch]) => {
        const s = d.toISOString();
        return s.slice(0, at) + ch + s.slice(at + 1);
      }),
  );

  it('agrees with the contract and with Date.parse on every string', () => {
    fc.assert(
      fc.property(candidates, (s) => {
        const mine = isoToUnixSeconds(s);
        expect(mine !== null).toBe(zodIso.safeParse(s).success);
        if (mine !== null) expect(mine).toBe(Math.floor(Date.parse(s) / 1000));
      }),
      { numRuns: 5000 },
    );
  });
});
