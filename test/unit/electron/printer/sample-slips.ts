import type { DossierView } from '../../../../shared/contract/dossier.ts';
import { ProcedureRecord } from '../../../../shared/contract/procedure.ts';
import { dossierSlip } from '../../../../electron/printer/dossier-slip.ts';
import { procedureSlip } from '../../../../electron/printer/procedure-slip.ts';
import type { SlipSite } from '../../../../electron/printer/slip-site.ts';
import { testSlip } from '../../../../electron/printer/test-slip.ts';

export const PRINTED_AT = new Date('2026-11-20T02:35:00Z');

export const SITE: SlipSite = {
  siteName: 'Bộ phận Một cửa UBND phường Bến Nghé',
  openingHours: 'Thứ Hai – Thứ Sáu, 7:30–11:30 và 13:30–17:00',
  hotline: '028 3823 6789',
};

export const PROCEDURE = ProcedureRecord.parse({
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  fieldName: 'Hộ tịch',
  agency: 'Ủy ban nhân dân cấp xã',
  channels: [
    { channel: 'in-person', processingTime: 'Ngay trong ngày làm việc', fees: 'Miễn lệ phí', description: null },
    { channel: 'online', processingTime: 'Ngay trong ngày làm việc', fees: 'Miễn lệ phí', description: null },
  ],
  documents: [
    { name: 'Tờ khai đăng ký khai sinh theo mẫu', originals: 1, copies: 0, formTemplate: null, section: 'Giấy tờ phải nộp' },
    { name: 'Giấy chứng sinh', originals: 1, copies: null, formTemplate: null, section: 'Giấy tờ phải nộp' },
    { name: 'Căn cước của người đi đăng ký', originals: 1, copies: 1, formTemplate: null, section: 'Giấy tờ phải xuất trình' },
  ],
});

export const DOSSIER: DossierView = {
  code: '000.00.12.H53-261120-0009',
  procedureCode: '1.001193',
  procedureName: 'Thủ tục đăng ký khai sinh',
  fieldName: 'Hộ tịch',
  agencyName: 'UBND phường Bến Nghé',
  applicantMasked: 'N*** V** A*',
  status: 5,
  receivedAt: '2026-11-18T02:00:00.000Z',
  dueAt: '2026-11-25T10:00:00.000Z',
  finishedAt: null,
  returnedAt: null,
  timing: 'in-progress',
  timeline: [],
  nextStep: { kind: 'supplement', documents: ['Bản sao giấy đăng ký kết hôn của cha mẹ', 'Giấy ủy quyền có chứng thực'] },
  updatedAt: '2026-11-19T02:00:00.000Z',
};

export const LOOKUP_URL = 'https://dichvucong.tphcm.gov.vn/tra-cuu?ma=000.00.12.H53-261120-0009';

export const SAMPLE_SLIPS = {
  test: testSlip(SITE.siteName, 576, PRINTED_AT),
  procedure: procedureSlip(PROCEDURE, SITE, PRINTED_AT),
  dossier: dossierSlip(DOSSIER, SITE, LOOKUP_URL, PRINTED_AT),
};
