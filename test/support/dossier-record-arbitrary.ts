import fc from 'fast-check';

/** Any text of at most `max` graphemes (any script, combining marks and all). */
export const arbitraryText = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });

/** An instant the feed can carry, as ISO text: with milliseconds, or whole seconds as compact rows hold them. */
export const arbitraryIsoTime = (precision: 'milliseconds' | 'seconds') =>
  fc
    .date({ min: new Date('1999-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
    .map((d) => (precision === 'seconds' ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : d.toISOString()));

/** Names whose masking has a fast path and a slow one: plain letters, doubled and trailing spaces, NFD, a no-break space. */
export const applicantNamesToMask = fc.constantFrom('Nguyễn Thị Mai Anh', 'Trần  Văn Bình ', 'Lê Hoàng Phúc Sơn'.normalize('NFD'), 'Ngô\u00a0Bảo');

/**
 * The fields of a DossierRecord within the contract's bounds (not yet parsed by it), for
 * property tests of the change feed's readers.
 */
export function arbitraryDossierFields(options: { precision: 'milliseconds' | 'seconds'; applicantName?: fc.Arbitrary<string> }) {
  const iso = arbitraryIsoTime(options.precision);
  const text = arbitraryText;
  return fc.record({
    code: fc.stringMatching(/^[0-9a-zA-Z.-]{1,30}$/),
    version: fc.nat(),
    agencyCode: fc.stringMatching(/^[0-9a-zA-Z.]{0,13}$/),
    agencyName: fc.option(text(30)),
    procedureCode: fc.option(text(10)),
    procedureName: text(40).filter((s) => s.length >= 1),
    fieldName: fc.option(text(20)),
    applicantName: fc.option(options.applicantName ?? text(30)),
    status: fc.integer({ min: 1, max: 10 }),
    receivedAt: iso,
    dueAt: fc.option(iso),
    finishedAt: fc.option(iso),
    returnedAt: fc.option(iso),
    missingDocuments: fc.array(text(20), { maxLength: 3 }),
    feeVnd: fc.option(fc.nat()),
    resultCounter: fc.option(text(20)),
    timeline: fc.array(fc.record({ at: iso, department: text(20), action: text(20) }), { maxLength: 4 }),
    deleted: fc.boolean(),
  });
}
