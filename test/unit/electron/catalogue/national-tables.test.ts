import { describe, expect, it } from 'vitest';
import { parseChannels } from '../../../../electron/catalogue/national/parse-channels.ts';
import { parseDocuments } from '../../../../electron/catalogue/national/parse-documents.ts';
import { parseLegalBasis } from '../../../../electron/catalogue/national/parse-legal-basis.ts';
import { parseResult } from '../../../../electron/catalogue/national/parse-result.ts';
import { splitFormTemplate } from '../../../../electron/catalogue/national/split-form-template.ts';
import { splitCategories } from '../../../../electron/catalogue/national/source-text.ts';
import { splitSteps } from '../../../../electron/catalogue/national/split-steps.ts';

// Short texts in the shape of the national export's flattened tables, written for these tests.
const CHANNELS_HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả';
const DOCUMENTS_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';

describe('flattened channel table', () => {
  it('reads channel, time, fee with its note, and description per row', () => {
    const parsed = parseChannels(
      `${CHANNELS_HEADER}Trực tiếp3 Ngày làm việc50,000 Việt Nam Đồng(mỗi hồ sơ)Nộp tại quầy số 2Trực tuyến2 NgàyMiễn phíDịch vụ bưu chínhKhông có thông tinKhông có thông tin`,
    );
    expect(parsed).toEqual({
      value: [
        { channel: 'in-person', processingTime: '3 ngày làm việc', fees: '50.000 đồng (mỗi hồ sơ)', description: 'Nộp tại quầy số 2' },
        { channel: 'online', processingTime: '2 ngày', fees: 'Miễn phí', description: null },
        { channel: 'post', processingTime: null, fees: null, description: null },
      ],
      unparsed: null,
      problems: [],
    });
  });

  it('does not take a channel named inside a description for a new row', () => {
    const parsed = parseChannels(`${CHANNELS_HEADER}Trực tiếp1 NgàyMiễn phíTrực tuyến: nộp qua Cổng Dịch vụ công`);
    expect(parsed.value).toHaveLength(1);
    expect(parsed.value[0]!.description).toBe('Trực tuyến: nộp qua Cổng Dịch vụ công');
  });

  it('keeps a text without the header as unparsed', () => {
    expect(parseChannels('Nộp tại Ủy ban')).toEqual({ value: [], unparsed: 'Nộp tại Ủy ban', problems: ['channels: the table header is missing'] });
    expect(parseChannels('Không có thông tin')).toEqual({ value: [], unparsed: null, problems: [] });
  });
});

describe('flattened document table', () => {
  it('reads sections, names, form files and original / copy counts', () => {
    const parsed = parseDocuments(
      `* Giấy tờ phải nộp:${DOCUMENTS_HEADER}- Đơn đề nghị theo mẫuMẫu số 02.docx1 bản chính- Sổ đỏ0 bản chính,1 bản sao* Giấy tờ phải xuất trình:${DOCUMENTS_HEADER}Căn cước, nộp 01 bản chính khi cần1 bản chính`,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual([
      { name: 'Đơn đề nghị theo mẫu', originals: 1, copies: null, formTemplate: 'Mẫu số 02.docx', section: 'Giấy tờ phải nộp' },
      { name: 'Sổ đỏ', originals: 0, copies: 1, formTemplate: null, section: 'Giấy tờ phải nộp' },
      { name: 'Căn cước, nộp 01 bản chính khi cần', originals: 1, copies: null, formTemplate: null, section: 'Giấy tờ phải xuất trình' },
    ]);
  });

  it('gives a count glued to a form number only its last digit', () => {
    const parsed = parseDocuments(`${DOCUMENTS_HEADER}Tờ khai theo Mẫu số 081 bản chính`);
    expect(parsed.value[0]).toMatchObject({ name: 'Tờ khai theo Mẫu số 08', originals: 1 });
  });

  it('keeps text after the last count as unparsed', () => {
    const parsed = parseDocuments(`${DOCUMENTS_HEADER}Đơn1 bản chínhGhi chú không có số lượng`);
    expect(parsed.unparsed).toBe('Ghi chú không có số lượng');
    expect(parsed.problems).toHaveLength(1);
  });
});

describe('form file glued to a document name', () => {
  it.each([
    ['Tờ khai theo mẫu quy địnhMẫu số 01.docx', 'Tờ khai theo mẫu quy định', 'Mẫu số 01.docx'],
    ['Tờ khai theo mẫu quy địnhmẫu tờ khai.docx', 'Tờ khai theo mẫu quy định', 'mẫu tờ khai.docx'],
    ['Đơn (Mẫu 02 Thông tư 01/2025/TT-BTP)Mẫu 02.doc', 'Đơn (Mẫu 02 Thông tư 01/2025/TT-BTP)', 'Mẫu 02.doc'],
    ['Đơn đề nghị;Mẫu I.1.8.a.docx', 'Đơn đề nghị;', 'Mẫu I.1.8.a.docx'],
    ['Đơn đề nghịMẫu 01.docxMẫu 02.docx', 'Đơn đề nghị', 'Mẫu 01.docx; Mẫu 02.docx'],
    ['Tờ khai.docx', 'Tờ khai', 'Tờ khai.docx'],
    ['Giấy đề nghị không có mẫu', 'Giấy đề nghị không có mẫu', null],
  ])('%s', (row, name, formTemplate) => {
    expect(splitFormTemplate(row)).toEqual({ name, formTemplate, separated: true });
  });
});

describe('flattened legal basis', () => {
  it('reads titles and numbers, also when a law number is glued to the same number', () => {
    const parsed = parseLegalBasis(
      'Tên văn bản pháp lýMã văn bảnLuật 60/2014/QH1360/2014/QH13Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 về hộ tịch123/2015/NĐ-CPQuyết định 01/2020/QĐ-TTg01/2020/QĐ-TTg',
    );
    expect(parsed).toEqual({
      value: [
        { title: 'Luật 60/2014/QH13', number: '60/2014/QH13' },
        { title: 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 về hộ tịch', number: '123/2015/NĐ-CP' },
        { title: 'Quyết định 01/2020/QĐ-TTg', number: '01/2020/QĐ-TTg' },
      ],
      unparsed: null,
      problems: [],
    });
  });
});

describe('flattened result and lists', () => {
  it('reads result names and drops the portal widget', () => {
    expect(parseResult('Giấy phépMã: KQ.G1.000001Văn bản từ chốiMã: G1-KQ0002Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiệnTỉnh').value).toBe(
      'Giấy phép; Văn bản từ chối',
    );
  });

  it('keeps categories with commas whole', () => {
    expect(splitCategories('Công dân Việt Nam, Cán bộ, công chức, viên chức, Tổ chức (không bao gồm doanh nghiệp, HTX)')).toEqual([
      'Công dân Việt Nam',
      'Cán bộ, công chức, viên chức',
      'Tổ chức (không bao gồm doanh nghiệp, HTX)',
    ]);
  });

  it('joins step lines the source wrapped mid-sentence', () => {
    expect(splitSteps('Bước 1: Nộp hồ sơ tại\nBộ phận Một cửa.\n- Cán bộ kiểm tra\nBước 2: Nhận kết quả')).toEqual([
      'Bước 1: Nộp hồ sơ tại Bộ phận Một cửa.',
      '- Cán bộ kiểm tra',
      'Bước 2: Nhận kết quả',
    ]);
  });
});
