import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProcedureRecord } from '../../../../shared/contract/index.ts';
import type { Language } from '../../../../shared/contract/index.ts';
import { I18nProvider } from '../../../../renderer/i18n/I18nContext.tsx';
import { ProcedureDetail } from '../../../../renderer/procedures/ProcedureDetail.tsx';

const render = (procedure: ProcedureRecord, lang: Language = 'vi') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <ProcedureDetail procedure={procedure} />
    </I18nProvider>,
  );

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const base = ProcedureRecord.parse({
  code: '9.000001',
  name: 'Đăng ký thử nghiệm',
  fieldName: 'Thử nghiệm',
  channels: [
    { channel: 'post', processingTime: '5 ngày làm việc', fees: '20.000 đồng', description: null },
    { channel: 'in-person', processingTime: '3 ngày làm việc', fees: null, description: null },
  ],
  documents: [{ name: 'Tờ khai', originals: 1, copies: 2, formTemplate: 'Mẫu TK-01', section: null }],
  steps: ['Nộp hồ sơ.', 'Nhận kết quả.'],
  legalBasis: [{ title: 'Luật Hộ tịch', number: '60/2014/QH13' }],
  agency: 'Ủy ban nhân dân cấp xã',
});

describe('the procedure detail', () => {
  it('shows the checklist with originals, copies and the form', () => {
    const page = text(render(base));
    expect(page).toContain('Thành phần hồ sơ');
    expect(page).toContain('Tờ khai');
    expect(page).toContain('Bản chính: 1');
    expect(page).toContain('Bản sao: 2');
    expect(page).toContain('Mẫu đơn, tờ khai: Mẫu TK-01');
  });

  it('shows time and fees by channel, in person first, and says when a fee is not stated', () => {
    const page = text(render(base));
    expect(page.indexOf('Trực tiếp')).toBeLessThan(page.indexOf('Dịch vụ bưu chính'));
    expect(page).toContain('3 ngày làm việc');
    expect(page).toContain('20.000 đồng');
    expect(page).toContain('Chưa có thông tin');
  });

  it('shows steps, agency and legal basis with the document number', () => {
    const page = text(render(base));
    expect(page).toContain('Trình tự thực hiện');
    expect(page).toContain('Cơ quan thực hiện');
    expect(page).toContain('60/2014/QH13: Luật Hộ tịch');
  });

  it('shows text kept as unparsed as plain text instead of dropping it', () => {
    const procedure = ProcedureRecord.parse({
      ...base,
      documents: [],
      channels: [],
      unparsed: {
        documents: 'Đơn đề nghị <b>(mẫu 01)</b> | Bản chính: 01',
        channels: 'Trực tiếp | 15 ngày | Lệ phí: 100.000 đồng',
        somethingNew: 'Ghi chú của cơ quan',
      },
    });
    const html = render(procedure);
    const page = text(html);
    expect(page).toContain('Đơn đề nghị');
    expect(page).toContain('Trực tiếp | 15 ngày | Lệ phí: 100.000 đồng');
    expect(page).toContain('Thông tin khác');
    expect(page).toContain('Ghi chú của cơ quan');
    // As text: the source's markup is escaped, never rendered.
    expect(html).toContain('&lt;b&gt;(mẫu 01)&lt;/b&gt;');
    expect(page).not.toContain('Không có thông tin về thành phần hồ sơ');
  });

  it('says so when there is no checklist at all', () => {
    expect(text(render(ProcedureRecord.parse({ ...base, documents: [] })))).toContain('Không có thông tin về thành phần hồ sơ');
  });

  it('reads in English', () => {
    const page = text(render(base, 'en'));
    expect(page).toContain('Required documents');
    expect(page).toContain('Originals: 1');
    expect(page).toContain('In person');
    expect(page).toContain('By post');
  });
});
