import type { AgencyKind } from './fictional-district.ts';

export interface ProcedureDocument {
  name: string;
  originals: number;
  copies: number;
}

/**
 * A national administrative procedure as this district runs it. Codes, names and fields are
 * the national database's; processing times, fees and document lists are the fictional
 * province's own.
 */
export interface SimProcedure {
  code: string;
  name: string;
  fieldCode: string;
  fieldName: string;
  level: 'commune' | 'province' | 'ministry';
  agencyKind: AgencyKind;
  /** The agency in charge, as the catalogue names it. */
  agency: string;
  /** The department that processes the dossier (PhongBanXuLy). */
  department: string;
  workingDays: number;
  feeVnd: number;
  /** Whether dossiers may stop at status 6 for taxes or land-use fees. */
  financialObligation: boolean;
  /** Relative share of dossiers among the procedures of the same agency kind. */
  weight: number;
  documents: readonly ProcedureDocument[];
}

const CIVIL_STATUS = { fieldCode: 'ho-tich', fieldName: 'Hộ tịch' } as const;
const NOTARISATION = { fieldCode: 'chung-thuc', fieldName: 'Chứng thực' } as const;
const HOUSEHOLD_BUSINESS = { fieldCode: 'ho-kinh-doanh', fieldName: 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)' } as const;
const CONSTRUCTION = { fieldCode: 'xay-dung', fieldName: 'Hoạt động xây dựng' } as const;
const LAND = { fieldCode: 'dat-dai', fieldName: 'Đất đai' } as const;
const SECURED_TRANSACTIONS = { fieldCode: 'bien-phap-bao-dam', fieldName: 'Đăng ký biện pháp bảo đảm' } as const;

const commune = {
  level: 'commune',
  agencyKind: 'commune',
  agency: 'Ủy ban nhân dân cấp xã',
  department: 'Công chức Tư pháp - Hộ tịch',
  financialObligation: false,
} as const;
const ward = { level: 'commune', agencyKind: 'ward', agency: 'Ủy ban nhân dân cấp xã', financialObligation: false } as const;
const landOffice = {
  level: 'province',
  agencyKind: 'land-office',
  agency: 'Chi nhánh Văn phòng đăng ký đất đai',
  department: 'Tổ Đăng ký và Cấp giấy chứng nhận',
} as const;

const doc = (name: string, originals = 1, copies = 0): ProcedureDocument => ({ name, originals, copies });

export const PROCEDURES: readonly SimProcedure[] = [
  {
    ...commune, ...CIVIL_STATUS, code: '1.001193', name: 'Thủ tục đăng ký khai sinh', workingDays: 1, feeVnd: 0, weight: 10,
    documents: [doc('Tờ khai đăng ký khai sinh'), doc('Giấy chứng sinh'), doc('Văn bản ủy quyền (nếu nhờ người khác đi đăng ký)')],
  },
  {
    ...commune, ...CIVIL_STATUS, code: '1.000894', name: 'Thủ tục đăng ký kết hôn', workingDays: 1, feeVnd: 0, weight: 4,
    documents: [doc('Tờ khai đăng ký kết hôn'), doc('Giấy xác nhận tình trạng hôn nhân (nếu đăng ký ở nơi khác)')],
  },
  {
    ...commune, ...CIVIL_STATUS, code: '1.000656', name: 'Thủ tục đăng ký khai tử', workingDays: 1, feeVnd: 0, weight: 3,
    documents: [doc('Tờ khai đăng ký khai tử'), doc('Giấy báo tử hoặc giấy tờ thay Giấy báo tử')],
  },
  {
    ...commune, ...CIVIL_STATUS, code: '1.004873', name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân', workingDays: 3, feeVnd: 0, weight: 6,
    documents: [doc('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân'), doc('Giấy xác nhận tình trạng hôn nhân đã cấp trước đây (nếu có)')],
  },
  {
    ...commune, ...CIVIL_STATUS, code: '1.004859', name: 'Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', workingDays: 3, feeVnd: 15_000, weight: 2,
    documents: [doc('Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch'), doc('Giấy tờ làm căn cứ thay đổi, cải chính', 0, 1)],
  },
  {
    ...commune, ...CIVIL_STATUS, code: '2.000635', name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh', workingDays: 1, feeVnd: 8_000, weight: 6,
    documents: [doc('Tờ khai cấp bản sao Trích lục hộ tịch')],
  },
  {
    ...commune, ...CIVIL_STATUS, code: '1.004837', name: 'Thủ tục đăng ký giám hộ', workingDays: 3, feeVnd: 0, weight: 1,
    documents: [doc('Tờ khai đăng ký giám hộ'), doc('Văn bản cử người giám hộ')],
  },
  {
    ...commune, ...CIVIL_STATUS, code: '2.002516', name: 'Thủ tục xác nhận thông tin hộ tịch', workingDays: 3, feeVnd: 8_000, weight: 2,
    documents: [doc('Tờ khai đề nghị xác nhận thông tin hộ tịch')],
  },
  {
    ...commune, ...NOTARISATION, code: '2.001035', name: 'Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở', workingDays: 2, feeVnd: 50_000, weight: 8,
    documents: [doc('Dự thảo hợp đồng, giao dịch'), doc('Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở', 0, 1)],
  },
  {
    ...commune, ...NOTARISATION, code: '2.001406', name: 'Chứng thực văn bản phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở', workingDays: 2, feeVnd: 50_000, weight: 2,
    documents: [doc('Dự thảo văn bản phân chia di sản'), doc('Giấy chứng tử của người để lại di sản', 0, 1), doc('Giấy tờ chứng minh quan hệ thừa kế', 0, 1)],
  },
  {
    ...ward, ...HOUSEHOLD_BUSINESS, code: '1.001612', name: 'Đăng ký thành lập hộ kinh doanh', department: 'Phòng Kinh tế, Hạ tầng và Đô thị', workingDays: 3, feeVnd: 100_000, weight: 5,
    documents: [doc('Giấy đề nghị đăng ký hộ kinh doanh'), doc('Biên bản họp thành viên hộ gia đình (nếu có)', 0, 1)],
  },
  {
    ...ward, ...HOUSEHOLD_BUSINESS, code: '2.000720', name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', department: 'Phòng Kinh tế, Hạ tầng và Đô thị', workingDays: 3, feeVnd: 50_000, weight: 3,
    documents: [doc('Thông báo thay đổi nội dung đăng ký hộ kinh doanh'), doc('Giấy chứng nhận đăng ký hộ kinh doanh đã cấp')],
  },
  {
    ...ward, ...HOUSEHOLD_BUSINESS, code: '1.001266', name: 'Chấm dứt hoạt động hộ kinh doanh', department: 'Phòng Kinh tế, Hạ tầng và Đô thị', workingDays: 3, feeVnd: 0, weight: 2,
    documents: [doc('Thông báo chấm dứt hoạt động hộ kinh doanh'), doc('Giấy chứng nhận đăng ký hộ kinh doanh đã cấp')],
  },
  {
    ...ward, ...CONSTRUCTION, code: '1.013225', name: 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ', department: 'Phòng Kinh tế, Hạ tầng và Đô thị', workingDays: 15, feeVnd: 75_000, weight: 4,
    documents: [doc('Đơn đề nghị cấp giấy phép xây dựng'), doc('Giấy chứng nhận quyền sử dụng đất', 0, 1), doc('Bản vẽ thiết kế xây dựng', 2, 0)],
  },
  {
    ...landOffice, ...LAND, code: '1.012783', name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', workingDays: 5, feeVnd: 0, financialObligation: true, weight: 5,
    documents: [doc('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất'), doc('Bản gốc Giấy chứng nhận đã cấp')],
  },
  {
    ...landOffice, ...LAND, code: '1.013992', name: 'Đăng ký biến động chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm quyền', workingDays: 7, feeVnd: 0, financialObligation: true, weight: 3,
    documents: [doc('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất'), doc('Giấy chứng nhận đã cấp', 0, 1)],
  },
  {
    ...landOffice, ...SECURED_TRANSACTIONS, code: '1.011441', name: 'Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất', workingDays: 3, feeVnd: 80_000, financialObligation: false, weight: 6,
    documents: [doc('Phiếu yêu cầu đăng ký biện pháp bảo đảm'), doc('Hợp đồng bảo đảm', 0, 1)],
  },
];
