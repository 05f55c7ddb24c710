/**
 * A national-format export as a provincial one-stop system writes it (the portal's field names,
 * DongBoHoSoMC with the CapNhatTienDoHoSoMC steps merged in): four dossiers a citizen may scan
 * (waiting for documents, owing fees, ready at the counter, sent by post), then what real
 * exports also hold: other date formats, nested nulls, a repeated code, and records that
 * cannot be taken. Every personal field the portal carries is filled in, so tests can prove
 * none of it is kept. The agency, people and places are fictional.
 */
export const AGENCY = '000.22.12.H53';
export const SUPPLEMENT_CODE = `${AGENCY}-261116-0001`;
export const FEES_CODE = `${AGENCY}-261117-0002`;
export const COUNTER_CODE = `${AGENCY}-261118-0003`;
export const POSTED_CODE = `${AGENCY}-261119-0004`;
export const DAY_FIRST_CODE = `${AGENCY}-261120-0005`;
export const ISO_CODE = `${AGENCY}-261120-0006`;
export const NULLS_CODE = `${AGENCY}-261120-0007`;

/** Values that must never reach the kiosk's database, its log or its answers. */
export const PERSONAL_VALUES = [
  '0912345678',
  '0987000111',
  'maianh.nguyen@example.vn',
  '02433334444',
  'dvcqg-8812345',
  '036190001234',
  'Người nhận thay',
  'Lê Văn Hùng',
  'Trần Thị Lan',
  'Phó Chủ tịch',
  'Số 12 đường Bến Mây',
  'đăng ký kết hôn ở nước ngoài',
  'dvc.example.vn',
];

const personal = {
  LoaiDoiTuong: '1',
  MaDoiTuong: 'dvcqg-8812345',
  ThongTinKhac: 'Người nhận thay: chồng, 0987000111',
  Email: 'maianh.nguyen@example.vn',
  Fax: '02433334444',
  SoDienThoai: '0912345678',
  SoGiayToChuHoSo: '036190001234',
  TrichYeuHoSo: 'Xác nhận để đăng ký kết hôn ở nước ngoài',
  GhiChu: '',
};

function step(code: string, at: string, trangThai: string, department: string, action: string, officer = 'Lê Văn Hùng') {
  return { MaHoSo: code, NguoiXuLy: officer, ChucDanh: 'Phó Chủ tịch', ThoiDiemXuLy: at, PhongBanXuLy: department, NoiDungXuLy: action, TrangThai: trangThai, NgayBatDau: '', NgayKetThucTheoQuyDinh: '' };
}

function dossier(code: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    MaHoSo: code,
    MaTTHC: '1.004873',
    TenTTHC: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
    MaLinhVuc: 'ho-tich',
    TenLinhVuc: 'Hộ tịch',
    ChuHoSo: 'Nguyễn Thị Mai Anh',
    ...personal,
    HinhThuc: '0',
    ThongTinTra: '',
    NgayTra: '',
    NgayKetThucXuLy: '',
    DonViXuLy: 'Ủy ban nhân dân xã Suối Ngọc',
    DanhSachLePhi: [],
    DanhSachHoSoBoSung: [],
    DanhSachGiayToKetQua: [],
    ...fields,
  };
}

const received = (code: string, at: string) => step(code, at, '2', 'Bộ phận Một cửa', 'Tiếp nhận hồ sơ');

/** Waiting for documents: what to bring, in the officer's words and by name, and the new due date. */
export const supplementDossier = dossier(SUPPLEMENT_CODE, {
  MaTTHC: '1.001193',
  TenTTHC: 'Thủ tục đăng ký khai sinh',
  NgayTiepNhan: '20261116083000',
  NgayHenTra: '20261118163000',
  TrangThaiHoSo: '5',
  DanhSachHoSoBoSung: [
    {
      HoSoBoSungId: 1,
      NguoiYeuCauBoSung: 'Trần Thị Lan',
      NoiDungBoSung: 'Bổ sung giấy chứng sinh bản chính; tờ khai ký thiếu chữ ký của người đi đăng ký',
      NgayBoSung: '20261117100000',
      NguoiTiepNhanBoSung: '',
      ThongTinTiepNhan: '',
      NgayTiepNhanBoSung: '',
      TrangThaiBoSung: 'False',
      DanhSachGiayToBoSung: [{ TenGiayTo: 'Giấy chứng sinh (bản chính)' }, { TenGiayTo: 'Tờ khai đăng ký khai sinh' }],
      DanhSachLePhiBoSung: [],
      NgayHenTraTruoc: '20261118163000',
      NgayHenTraMoi: '20261125163000',
    },
  ],
  QuaTrinhXuLy: [
    step(SUPPLEMENT_CODE, '20261117100000', '5', 'Công chức Tư pháp - Hộ tịch', 'Yêu cầu bổ sung hồ sơ', 'Trần Thị Lan'),
    received(SUPPLEMENT_CODE, '20261116083000'),
  ],
});

/** Owing fees: one unpaid, one already paid, one to be paid at the counter. */
export const feesDossier = dossier(FEES_CODE, {
  MaTTHC: '1.003003',
  TenTTHC: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
  MaLinhVuc: 'dat-dai',
  TenLinhVuc: 'Đất đai',
  NgayTiepNhan: '20261117080000',
  NgayHenTra: '20261201163000',
  TrangThaiHoSo: '6',
  DanhSachLePhi: [
    { TenPhiLePhi: 'Lệ phí cấp Giấy chứng nhận', MaPhiLePhi: 'LP01', HinhThucThu: '1', Gia: '100.000', LoaiPhiLePhi: '2', TrangThai: 'Chưa thanh toán' },
    { TenPhiLePhi: 'Phí thẩm định hồ sơ', MaPhiLePhi: 'P02', HinhThucThu: '1', Gia: '50000', LoaiPhiLePhi: '1', TrangThai: 'Đã thanh toán' },
    { TenPhiLePhi: 'Phí đo đạc, lập bản đồ địa chính', MaPhiLePhi: 'P03', HinhThucThu: '2', Gia: 1250000, LoaiPhiLePhi: '1' },
  ],
  QuaTrinhXuLy: [
    received(FEES_CODE, '20261117080000'),
    step(FEES_CODE, '20261124090000', '6', 'Chi nhánh Văn phòng Đăng ký đất đai', 'Chuyển thông tin xác định nghĩa vụ tài chính'),
  ],
});

/** Done and waiting at the counter: where, and which result documents. */
export const counterDossier = dossier(COUNTER_CODE, {
  NgayTiepNhan: '20261118083000',
  NgayHenTra: '20261121163000',
  TrangThaiHoSo: '9',
  NgayKetThucXuLy: '20261120150000',
  HinhThuc: '0',
  ThongTinTra: 'Quầy số 3, Bộ phận Một cửa xã Suối Ngọc',
  DanhSachGiayToKetQua: [{ TenGiayTo: 'Giấy xác nhận tình trạng hôn nhân', MaGiayToKetQua: 'KQ.1004873', GiayToId: '7781', DuongDanTepTinKetQua: 'https://dvc.example.vn/ketqua/7781.pdf' }],
  QuaTrinhXuLy: [
    received(COUNTER_CODE, '20261118083000'),
    step(COUNTER_CODE, '20261120150000', '9', 'Công chức Tư pháp - Hộ tịch', 'Hoàn thành xử lý', 'Trần Thị Lan'),
  ],
});

/** Done and sent by post: the address in ThongTinTra is the applicant's and must go. */
export const postedDossier = dossier(POSTED_CODE, {
  NgayTiepNhan: '20261119083000',
  NgayHenTra: '20261124163000',
  TrangThaiHoSo: '9',
  NgayKetThucXuLy: '20261121100000',
  HinhThuc: '1',
  ThongTinTra: 'Gửi qua bưu điện về Số 12 đường Bến Mây, xã Suối Ngọc',
  DanhSachGiayToKetQua: [{ TenGiayTo: 'Giấy xác nhận tình trạng hôn nhân', DuongDanTepTinKetQua: 'https://dvc.example.vn/ketqua/7790.pdf' }],
  QuaTrinhXuLy: [
    step(POSTED_CODE, '20261121100000', '9', 'Công chức Tư pháp - Hộ tịch', 'Hoàn thành xử lý, chuyển bưu chính trả kết quả', 'Trần Thị Lan'),
    received(POSTED_CODE, '20261119083000'),
  ],
});

/** The four dossiers a district exported in the issue: 0 of 4 imported before. */
export const fourDossiers = [supplementDossier, feesDossier, counterDossier, postedDossier];

/** What a messy export adds, with where each lands in the file (`item N`) and what should happen. */
export const messyRecords: { record: unknown; outcome: 'kept' | 'duplicate' | string }[] = [
  {
    record: dossier(DAY_FIRST_CODE, { NgayTiepNhan: '20/11/2026 08:15:00', NgayHenTra: '25/11/2026 16:30', TrangThaiHoSo: '4', QuaTrinhXuLy: [received(DAY_FIRST_CODE, '20/11/2026 08:15:00')] }),
    outcome: 'kept',
  },
  {
    record: dossier(ISO_CODE, { NgayTiepNhan: '2026-11-20T09:00:00+07:00', NgayHenTra: '2026-11-25T16:30:00', TrangThaiHoSo: '4', QuaTrinhXuLy: [received(ISO_CODE, '2026-11-20T02:00:00Z')] }),
    outcome: 'kept',
  },
  {
    record: dossier(NULLS_CODE, { ChuHoSo: null, NgayTiepNhan: '20261120100000', NgayHenTra: null, TrangThaiHoSo: '2', DanhSachLePhi: null, DanhSachHoSoBoSung: [null], DanhSachGiayToKetQua: null, QuaTrinhXuLy: [null, received(NULLS_CODE, '20261120100000')] }),
    outcome: 'kept',
  },
  { record: dossier(`${AGENCY}-261120-0008`, { NgayTiepNhan: '20261120110000', TrangThaiHoSo: '11' }), outcome: 'TrangThaiHoSo: "11" is not a status from 1 to 10' },
  { record: dossier(`${AGENCY}-261120-0009`, { NgayTiepNhan: '', TrangThaiHoSo: '2' }), outcome: 'NgayTiepNhan: empty' },
  {
    record: dossier(`${AGENCY}-261120-0010`, { NgayTiepNhan: '20261120110000', NgayHenTra: '31/11/2026 16:30', TrangThaiHoSo: '4' }),
    outcome: 'NgayHenTra: "31/11/2026 16:30" is not a date (yyyyMMddHHmmss, dd/MM/yyyy HH:mm:ss or ISO 8601)',
  },
  // An older state of the first dossier, sent again after it: the newer one stays.
  { record: { ...supplementDossier, TrangThaiHoSo: '2', DanhSachHoSoBoSung: [], QuaTrinhXuLy: [received(SUPPLEMENT_CODE, '20261116083000')] }, outcome: 'duplicate' },
  { record: null, outcome: 'record: not an object' },
];

/** The whole export as the district sent it: a JSON array. */
export function nationalExport(): unknown[] {
  return [...fourDossiers, ...messyRecords.map((m) => m.record)];
}
