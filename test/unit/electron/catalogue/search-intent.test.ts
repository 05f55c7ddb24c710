import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCommand } from '../../../../electron/cli/commands/search-command.ts';
import { ProcedureSearch } from '../../../../electron/catalogue/procedure-search.ts';
import { SettingError, SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { expandAbbreviations } from '../../../../electron/catalogue/search/abbreviations.ts';
import { fieldNameForms } from '../../../../electron/catalogue/search/fields-named.ts';
import { parseQuery } from '../../../../electron/catalogue/search/query-slots.ts';
import type { QuerySlot } from '../../../../electron/catalogue/search/query-slots.ts';
import { openNationalCatalogue } from '../../../support/national-data.ts';
import { fakeIo } from '../cli/fake-io.ts';
import { ABBREVIATION_QUERIES, INTENT_QUERIES } from '../../../bench/search-intent-queries.ts';

const slotsOf = (query: string): QuerySlot[] => {
  const parsed = parseQuery(query);
  if (parsed.kind !== 'words') throw new Error(`not words: ${query}`);
  return parsed.slots;
};

describe('abbreviations citizens type', () => {
  it('makes an abbreviation one slot of what was typed and the phrases it stands for', () => {
    const [gcn, qsdd] = expandAbbreviations(slotsOf('gcn qsdđ'));
    expect(gcn!.terms.map((t) => t.term)).toEqual(['gcn', 'giay chung nhan']);
    expect(qsdd!.terms.map((t) => t.term)).toEqual(['qsdd', 'quyen su dung dat']);
  });

  it('reads a run of words ("sổ đỏ") as one, and leaves other words alone', () => {
    const slots = expandAbbreviations(slotsOf('cấp sổ đỏ'));
    expect(slots.map((s) => s.typed)).toEqual(['cap', 'so do']);
    expect(slots[1]!.terms.map((t) => t.term)).toContain('giay chung nhan quyen su dung dat');
    expect(expandAbbreviations(slotsOf('khai sinh'))).toEqual(slotsOf('khai sinh'));
  });
});

describe('field names in a query', () => {
  it('knows a field by its whole name, its parentheses and its last comma part, never by one word', () => {
    expect(fieldNameForms('Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)')).toEqual([
      ['thanh', 'lap', 'va', 'hoat', 'dong', 'doanh', 'nghiep'],
      ['ho', 'kinh', 'doanh'],
    ]);
    expect(fieldNameForms('Đăng ký, quản lý cư trú')).toEqual([
      ['dang', 'ky', 'quan', 'ly', 'cu', 'tru'],
      ['quan', 'ly', 'cu', 'tru'],
    ]);
    expect(fieldNameForms('Thuế')).toEqual([]);
  });
});

describe('search ranks what a citizen at a commune or ward centre means, over the national catalogue', () => {
  let catalogue: ReturnType<typeof openNationalCatalogue>;
  let level: 'commune' | 'province' = 'commune';
  let search: ProcedureSearch;
  const results = (query: string) => search.search(query).results;
  const codes = (query: string) => results(query).map((r) => r.code);

  beforeAll(() => {
    catalogue = openNationalCatalogue();
    search = new ProcedureSearch(catalogue.db, { siteLevel: () => level });
  });
  afterAll(() => catalogue.close());

  it.each(ABBREVIATION_QUERIES)('understands "$q" (one of its procedures within the first $k)', ({ q, expect: expected, k }) => {
    expect(codes(q).slice(0, k)).toEqual(expect.arrayContaining([expect.toBeOneOf(expected)]));
  });

  it.each(INTENT_QUERIES)('puts the site level and the named field first for "$q" (within the first $k)', ({ q, expect: expected, k }) => {
    expect(codes(q).slice(0, k)).toEqual(expect.arrayContaining([expect.toBeOneOf(expected)]));
  });

  it('finds the same with or without the đ of an abbreviation, and says nothing was corrected', () => {
    expect(codes('qsdđ')).toEqual(codes('qsdd'));
    expect(results('qsdđ').slice(0, 10).every((r) => r.name.toLowerCase().includes('quyền sử dụng đất'))).toBe(true);
    expect(search.search('cccd').correctedQuery).toBeNull();
  });

  it('still finds names that write the abbreviation itself', () => {
    expect(results('bhyt').slice(0, 10).some((r) => r.name.includes('BHYT'))).toBe(true);
    expect(results('bhyt').slice(0, 10).some((r) => r.name.toLowerCase().includes('bảo hiểm y tế'))).toBe(true);
  });

  it('lists the procedures of a field the query names before other fields that only share its words', () => {
    const top = results('ho tich giam ho').slice(0, 5);
    expect(top.every((r) => r.fieldName === 'Hộ tịch')).toBe(true);
    expect(results('hoat dong xay dung').slice(0, 5).every((r) => r.fieldName === 'Hoạt động xây dựng')).toBe(true);
  });

  it('puts the site’s own level first, and follows the level it is given', () => {
    level = 'commune';
    expect(results('cap lai the can cuoc')[0]).toMatchObject({ code: '1.014064', levels: ['Cấp xã'] });
    level = 'province';
    expect(results('cap lai the can cuoc')[0]).toMatchObject({ code: '2.001194', levels: ['Cấp tỉnh'] });
    level = 'commune';
  });

  it('takes the level from the siteLevel setting, validated, and applies a change at once', () => {
    const settings = new SettingsStore(catalogue.db);
    const kiosk = new ProcedureSearch(catalogue.db, { siteLevel: () => settings.get('siteLevel') });
    expect(settings.get('siteLevel')).toBe('commune');
    expect(kiosk.search('cap lai the can cuoc').results[0]?.code).toBe('1.014064');
    expect(() => settings.set('siteLevel', 'district')).toThrow(SettingError);
    settings.set('siteLevel', 'province');
    expect(kiosk.search('cap lai the can cuoc').results[0]?.code).toBe('2.001194');
  });

  it('`kiosk search` ranks and scopes as the kiosk does: by the siteLevel and unitFields settings of its database', () => {
    const settings = new SettingsStore(catalogue.db);
    const shellSearch = (query: string): { code: string; field: string }[] => {
      const io = fakeIo();
      searchCommand([query, '--db', catalogue.db.name, '--limit', '5', '--json'], io);
      return JSON.parse(io.out() || '[]') as { code: string; field: string }[];
    };
    settings.set('siteLevel', 'province');
    expect(shellSearch('cap lai the can cuoc')[0]?.code).toBe('2.001194');
    settings.set('siteLevel', 'commune');
    expect(shellSearch('cap lai the can cuoc')[0]?.code).toBe('1.014064');
    settings.set('unitFields', ['Hộ tịch']);
    expect(shellSearch('khai sinh').length).toBeGreaterThan(0);
    expect(shellSearch('khai sinh').every((r) => r.field === 'Hộ tịch')).toBe(true);
    expect(shellSearch('cap lai the can cuoc').every((r) => r.field === 'Hộ tịch')).toBe(true);
    settings.set('unitFields', []);
  });
});
