import { describe, expect, it } from 'vitest';
import { parseNationalProcedureLine } from '../../../../electron/catalogue/national-procedure-parser.ts';
import { ProcedureRecord } from '../../../../shared/contract/procedure.ts';
import { NATIONAL_PROCEDURE_COUNT, nationalLine, readNationalLines } from '../../../support/national-data.ts';

const parse = (code: string) => {
  const outcome = parseNationalProcedureLine(nationalLine(code));
  if (!outcome.ok) throw new Error(outcome.problems.join('; '));
  return outcome;
};

describe('national procedure parser over the whole national file', () => {
  const lines = readNationalLines();
  const outcomes = lines.map((line) => parseNationalProcedureLine(line));

  it('reads every line into a valid record, dropping none', () => {
    expect(lines).toHaveLength(NATIONAL_PROCEDURE_COUNT);
    const records = outcomes.flatMap((o) => (o.ok ? [o.record] : []));
    expect(records).toHaveLength(NATIONAL_PROCEDURE_COUNT);
    expect(new Set(records.map((r) => r.code)).size).toBe(NATIONAL_PROCEDURE_COUNT);
    for (const record of records) expect(ProcedureRecord.safeParse(record).success).toBe(true);
  });

  it('names a problem for every piece of text it kept unparsed', () => {
    for (const outcome of outcomes) {
      if (!outcome.ok) continue;
      for (const key of Object.keys(outcome.record.unparsed)) {
        const label = key === 'legalBasis' ? 'legal basis' : key;
        expect(outcome.problems.some((p) => p.startsWith(`${label}:`)), `${outcome.record.code} ${key}`).toBe(true);
      }
    }
  });

  it('reads most of the flattened tables', () => {
    const records = outcomes.flatMap((o) => (o.ok ? [o.record] : []));
    const share = (test: (r: ProcedureRecord) => boolean) => records.filter(test).length / records.length;
    expect(share((r) => r.channels.length > 0)).toBeGreaterThan(0.98);
    expect(share((r) => r.documents.length > 0)).toBeGreaterThan(0.97);
    expect(share((r) => r.legalBasis.length > 0)).toBeGreaterThan(0.95);
    expect(share((r) => Object.keys(r.unparsed).length === 0)).toBeGreaterThan(0.85);
  });

  it('never keeps the portal\'s "no information" as text', () => {
    const json = JSON.stringify(outcomes.flatMap((o) => (o.ok ? [o.record] : [])).map(({ unparsed: _, ...rest }) => rest));
    expect(json).not.toContain('Không có thông tin');
  });
});

describe('national procedure parser, record by record', () => {
  it('reads birth registration (1.001193): channels, document checklist with sections, legal basis, result', () => {
    const { record } = parse('1.001193');
    expect(record).toMatchObject({
      code: '1.001193',
      name: 'Thủ tục đăng ký khai sinh',
      fieldName: 'Hộ tịch',
      levels: ['Cấp xã'],
      applicants: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
      agency: null,
      conditions: null,
    });
    expect(record.channels.map((c) => c.channel)).toEqual(['online', 'post', 'in-person']);
    expect(record.channels.every((c) => c.fees === 'Miễn phí' && c.processingTime === '1')).toBe(true);
    const birthCertificate = record.documents.find((d) => d.name.startsWith('Giấy chứng sinh'));
    expect(birthCertificate).toMatchObject({ originals: 1, section: 'Giấy tờ phải nộp' });
    expect(record.documents.some((d) => d.section === 'Giấy tờ phải xuất trình')).toBe(true);
    expect(record.legalBasis.map((l) => l.number)).toEqual(expect.arrayContaining(['123/2015/NĐ-CP', '60/2014/QH13', '66.7/2025/NQ-CP']));
    expect(record.result).toBe('Giấy khai sinh');
    expect(record.steps.length).toBeGreaterThan(5);
  });

  it('reads time, fee in đồng and the fee note of each channel', () => {
    const { record } = parse('1.002626');
    expect(record.channels[0]).toMatchObject({
      channel: 'online',
      processingTime: '5 ngày làm việc',
      fees: '500.000 đồng',
    });
    expect(record.channels[0]!.description).toMatch(/^Phí: 500\.000 đồng\/hồ sơ/);
  });

  it('keeps a time glued to an unlabelled fee as unparsed text, with a problem', () => {
    const outcome = parse('1.000005');
    expect(outcome.record.channels).toEqual([{ channel: 'online', processingTime: null, fees: null, description: null }]);
    expect(outcome.record.unparsed.channels).toContain('Trực tuyến120,000 VNĐ');
    expect(outcome.problems[0]).toMatch(/^channels: processing time and fee run together/);
  });

  it('separates form files from document names and reads original and copy counts', () => {
    const { record } = parse('1.000045');
    const logbook = record.documents.find((d) => d.formTemplate === 'Mẫu số 29.docx');
    expect(logbook?.name).toMatch(/Thông tư số 85\/2025\/TT-BNNMT\.$/);
    expect(logbook?.originals).toBe(1);
    expect(record.documents.some((d) => d.originals === 0 && d.copies === 1)).toBe(true);
  });

  it('reads the results with several names', () => {
    const { record } = parse('1.000107');
    expect(record.result).toBe(
      'Giấy phép sửa đổi, bổ sung tạm nhập vàng nguyên liệu để tái xuất sản phẩm; Văn bản từ chối cấp Giấy phép tạm nhập vàng nguyên liệu để tái xuất sản phẩm',
    );
  });

  it('keeps a document text with no table as unparsed, never dropping the record', () => {
    const outcome = parse('1.001521');
    expect(outcome.record.documents).toEqual([]);
    expect(outcome.record.unparsed.documents).toBeTruthy();
    expect(outcome.problems).toContain('documents: no document table');
  });

  it('fails only a line that is not JSON or lacks a code, name or field', () => {
    expect(parseNationalProcedureLine('{not json')).toEqual({ ok: false, code: null, problems: ['not a JSON object'] });
    const noField = parseNationalProcedureLine(JSON.stringify({ ma_thu_tuc: '9.999999', ten_thu_tuc: 'X' }));
    expect(noField).toMatchObject({ ok: false, code: '9.999999' });
    const minimal = parseNationalProcedureLine(JSON.stringify({ ma_thu_tuc: '9.999999', ten_thu_tuc: 'X', linh_vuc: 'Y' }));
    expect(minimal).toMatchObject({ ok: true, problems: [], record: { code: '9.999999', channels: [], documents: [] } });
  });
});
