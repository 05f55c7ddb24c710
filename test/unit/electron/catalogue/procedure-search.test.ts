import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcedureSearch } from '../../../../electron/catalogue/procedure-search.ts';
import { ProcedureStore } from '../../../../electron/catalogue/procedure-store.ts';
import { openNationalCatalogue, readSearchQueries } from '../../../support/national-data.ts';
import { procedureRecord } from './procedure-fixture.ts';

describe('procedure search over the imported national catalogue', () => {
  let catalogue: ReturnType<typeof openNationalCatalogue>;
  let search: ProcedureSearch;
  const codes = (query: string, options = {}) => search.search(query, options).results.map((r) => r.code);
  const rankOf = (query: string, code: string) => codes(query).indexOf(code);

  beforeAll(() => {
    catalogue = openNationalCatalogue();
    search = new ProcedureSearch(catalogue.db);
  });
  afterAll(() => catalogue.close());

  it.each(readSearchQueries())('finds what "$q" should find within the first $k', ({ q, expect: expected, k }) => {
    expect(codes(q).slice(0, k)).toEqual(expect.arrayContaining([expect.toBeOneOf(expected)]));
  });

  it('gives the same results with or without diacritics, in any case', () => {
    const plain = codes('dang ky ket hon');
    expect(plain[0]).toBe('1.000894');
    expect(codes('Đăng ký kết hôn')).toEqual(plain);
    expect(codes('ĐĂNG KÝ KẾT HÔN')).toEqual(plain);
    expect(codes('Đăng ký kết hôn'.normalize('NFD'))).toEqual(plain);
  });

  it('folds đ to d in the index and in the query', () => {
    expect(rankOf('dang ky', '1.001193')).toBeGreaterThanOrEqual(0);
    expect(codes('đi chúc')).toEqual(codes('di chuc'));
    expect(codes('đăng ký giám hộ')[0]).toBe('1.004837');
  });

  it('matches the word being typed as a prefix, as the citizen types', () => {
    expect(codes('khai si').slice(0, 3)).toContain('1.001193');
    expect(codes('ket h').slice(0, 3)).toContain('1.000894');
    expect(codes('tam t').slice(0, 5)).toContain('1.004194');
    // A finished word (followed by a space) is no longer a prefix.
    expect(codes('khai si ')).not.toContain('1.001193');
  });

  it('prefers the name, the query as a phrase and the name it covers most', () => {
    const results = search.search('khai sinh').results;
    expect(results[0]).toMatchObject({ code: '1.001193', match: 'text' });
    expect(results.slice(0, 10).every((r) => r.name.toLowerCase().includes('khai sinh'))).toBe(true);
  });

  it('looks procedure codes up exactly, and by their beginning while typed', () => {
    expect(search.search('1.001193').results).toEqual([
      { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', fieldName: 'Hộ tịch', levels: ['Cấp xã'], match: 'code' },
    ]);
    expect(codes('1.00119')).toEqual(expect.arrayContaining(['1.001193', '1.001194']));
    expect(codes('9.999999')).toEqual([]);
  });

  it('finds misspelled and run-together words, saying what it searched', () => {
    const ketHn = search.search('ket hn');
    expect(ketHn.correctedQuery).toBe('ket hon');
    expect(ketHn.results[0]).toMatchObject({ code: '1.000894', match: 'corrected' });
    expect(search.search('tamtru').results.slice(0, 3).map((r) => r.code)).toContain('1.004194');
    expect(search.search('khaisinh').correctedQuery).toBe('khai sinh');
    expect(codes('khaisinh')[0]).toBe('1.001193');
    expect(codes('kethon')[0]).toBe('1.000894');
    expect(codes('khia sinh')[0]).toBe('1.001193');
    expect(codes('khai tuu')[0]).toBe('1.000656');
    expect(codes('giam hoo')[0]).toBe('1.004837');
  });

  it('leaves correct queries uncorrected', () => {
    expect(search.search('khai sinh').correctedQuery).toBeNull();
    expect(search.search('ket hon').results.every((r) => r.match === 'text')).toBe(true);
  });

  it('filters by field', () => {
    const inCivilStatus = search.search('khai sinh', { field: 'Hộ tịch' }).results;
    expect(inCivilStatus.length).toBeGreaterThan(5);
    expect(inCivilStatus.every((r) => r.fieldName === 'Hộ tịch')).toBe(true);
    expect(search.search('khai sinh', { field: 'Chứng thực' }).results.every((r) => r.fieldName === 'Chứng thực')).toBe(true);
    expect(codes('1.001193', { field: 'Chứng thực' })).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(codes('dang ky', { limit: 5 })).toHaveLength(5);
    expect(codes('dang ky')).toHaveLength(20);
  });

  it('answers an empty query with nothing and a hopeless one with fields to browse', () => {
    expect(search.search('   ')).toEqual({ results: [], correctedQuery: null, suggestedFields: [] });
    const hopeless = search.search('qqqq zzzz');
    expect(hopeless.results).toEqual([]);
    expect(hopeless.suggestedFields).toHaveLength(4);
    expect(search.search('ho tich zzzz').suggestedFields[0]?.name ?? 'Hộ tịch').toBe('Hộ tịch');
  });

  it('sees new procedures and their words as soon as they are written', () => {
    new ProcedureStore(catalogue.db).upsertMany([procedureRecord({ code: '9.000001', name: 'Đăng ký nuôi chim bồ câu đưa thư' })], new Date());
    expect(codes('bo cau dua thu')[0]).toBe('9.000001');
    expect(codes('bocau')[0]).toBe('9.000001');
  });
});
