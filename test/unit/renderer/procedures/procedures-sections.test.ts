import { describe, expect, it } from 'vitest';
import { ProcedureRecord } from '../../../../shared/contract/index.ts';
import type { ProcedureDocument } from '../../../../shared/contract/index.ts';
import {
  documentCounts,
  groupDocuments,
  otherUnparsed,
  sectionHasContent,
  sortChannels,
  unparsedFor,
} from '../../../../renderer/procedures/procedure-sections.ts';

const doc = (name: string, section: string | null = null, originals: number | null = 1, copies: number | null = 0): ProcedureDocument => ({
  name,
  originals,
  copies,
  formTemplate: null,
  section,
});

const procedure = (overrides: Partial<ProcedureRecord> = {}) =>
  ProcedureRecord.parse({ code: '9.000001', name: 'Đăng ký thử nghiệm', fieldName: 'Thử nghiệm', ...overrides });

describe('the document checklist', () => {
  it('keeps the source’s order and puts each run of lines under its heading', () => {
    const groups = groupDocuments([doc('Tờ khai'), doc('Giấy chứng sinh'), doc('Căn cước', 'Giấy tờ phải xuất trình'), doc('Hộ chiếu', 'Giấy tờ phải xuất trình'), doc('Ảnh')]);
    expect(groups.map((g) => [g.heading, g.documents.map((d) => d.name)])).toEqual([
      [null, ['Tờ khai', 'Giấy chứng sinh']],
      ['Giấy tờ phải xuất trình', ['Căn cước', 'Hộ chiếu']],
      [null, ['Ảnh']],
    ]);
  });

  it('treats a blank heading as none', () => {
    expect(groupDocuments([doc('A', '  '), doc('B', null)])).toHaveLength(1);
  });

  it('states the counts the source states, zero included, and nothing it does not', () => {
    expect(documentCounts(doc('A', null, 1, 0))).toEqual([
      { kind: 'original', count: 1 },
      { kind: 'copy', count: 0 },
    ]);
    expect(documentCounts(doc('A', null, null, 2))).toEqual([{ kind: 'copy', count: 2 }]);
    expect(documentCounts(doc('A', null, null, null))).toEqual([]);
  });
});

describe('channels', () => {
  it('come in person first, then online, by post, other', () => {
    const channel = (c: 'in-person' | 'online' | 'post' | 'other') => ({ channel: c, processingTime: null, fees: null, description: null });
    expect(sortChannels([channel('other'), channel('post'), channel('online'), channel('in-person')]).map((c) => c.channel)).toEqual([
      'in-person',
      'online',
      'post',
      'other',
    ]);
  });
});

describe('text the catalogue could not read', () => {
  const p = procedure({
    documents: [],
    unparsed: { documents: '  Đơn đề nghị | 1 | 0 (bảng bị lỗi)  ', legalBasis: 'Luật Hộ tịch 60/2014/QH13', mystery: 'Phần không rõ', empty: '   ' },
  });

  it('is shown in its section, as it is (trimmed)', () => {
    expect(unparsedFor(p, 'documents')).toBe('Đơn đề nghị | 1 | 0 (bảng bị lỗi)');
    expect(unparsedFor(p, 'channels')).toBeNull();
  });

  it('makes a section worth showing even when nothing structured was read', () => {
    expect(sectionHasContent(p, 'documents')).toBe(true);
    expect(sectionHasContent(p, 'legalBasis')).toBe(true);
    expect(sectionHasContent(p, 'conditions')).toBe(false);
  });

  it('under a name no section shows is still listed, blank text left out', () => {
    expect(otherUnparsed(p)).toEqual([{ key: 'mystery', text: 'Phần không rõ' }]);
  });
});
