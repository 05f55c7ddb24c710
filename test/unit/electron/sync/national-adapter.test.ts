import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../../shared/contract/index.ts';
import { fromNationalDossier, vietnamTimestampToIso } from '../../../../electron/sync/national-adapter.ts';

/**
 * A dossier as a provincial one-stop system sends it to the national portal (DongBoHoSoMC with
 * the CapNhatTienDoHoSoMC steps merged in): no version, the agency by name, "" for no date.
 */
function nationalDossier(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    MaHoSo: '000.22.12.H53-230915-0003',
    MaTTHC: '1.004873',
    TenTTHC: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
    MaLinhVuc: 'ho-tich',
    TenLinhVuc: 'Hộ tịch',
    ChuHoSo: 'Nguyễn Thị Mai Anh',
    LoaiDoiTuong: '1',
    MaDoiTuong: 'dvcqg-8812345',
    ThongTinKhac: 'Người nhận thay: chồng, 0987000111',
    Email: 'maianh@example.vn',
    Fax: '02433334444',
    SoDienThoai: '0912345678',
    SoGiayToChuHoSo: '036190001234',
    TrichYeuHoSo: 'Xác nhận tình trạng hôn nhân để đăng ký kết hôn',
    NgayTiepNhan: '20230915083000',
    NgayHenTra: '20230918163000',
    TrangThaiHoSo: '10',
    NgayTra: '20230918101500',
    ThongTinTra: 'Quầy số 2, Bộ phận Một cửa',
    HinhThuc: '0',
    NgayKetThucXuLy: '20230918100000',
    DonViXuLy: 'Ủy ban nhân dân xã Suối Ngọc',
    GhiChu: '',
    DanhSachLePhi: [],
    DanhSachHoSoBoSung: [],
    DanhSachGiayToKetQua: [{ TenGiayTo: 'Giấy xác nhận tình trạng hôn nhân', MaGiayToKetQua: 'KQ.1004873', GiayToId: '77', DuongDanTepTinKetQua: 'https://dvc.example.vn/kq/77.pdf' }],
    QuaTrinhXuLy: [
      { MaHoSo: '000.22.12.H53-230915-0003', NguoiXuLy: 'Lê Văn Hùng', ChucDanh: 'Công chức Một cửa', PhongBanXuLy: 'Bộ phận Một cửa', NoiDungXuLy: 'Trả kết quả', ThoiDiemXuLy: '20230918101500', TrangThai: '10', NgayBatDau: '', NgayKetThucTheoQuyDinh: '' },
      { MaHoSo: '000.22.12.H53-230915-0003', NguoiXuLy: 'Lê Văn Hùng', ChucDanh: 'Công chức Một cửa', PhongBanXuLy: 'Bộ phận Một cửa', NoiDungXuLy: 'Tiếp nhận hồ sơ', ThoiDiemXuLy: '20230915083000', TrangThai: '2', NgayBatDau: '20230915083000', NgayKetThucTheoQuyDinh: '20230915170000' },
      { MaHoSo: '000.22.12.H53-230915-0003', NguoiXuLy: 'Trần Thị Lan', ChucDanh: 'Công chức Tư pháp - Hộ tịch', PhongBanXuLy: 'Công chức Tư pháp - Hộ tịch', NoiDungXuLy: 'Hoàn thành xử lý', ThoiDiemXuLy: '20230918100000', TrangThai: '9', NgayBatDau: '', NgayKetThucTheoQuyDinh: '' },
    ],
    ...overrides,
  };
}

function adapt(input: unknown) {
  const result = fromNationalDossier(input);
  if (!result.ok) throw new Error(`expected a record, got: ${result.error}`);
  return result.record;
}

const errorOf = (input: unknown): string => {
  const result = fromNationalDossier(input);
  if (result.ok) throw new Error('expected an error');
  return result.error;
};

const omit = (record: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));

const PERSONAL = ['0912345678', '036190001234', 'maianh@', '02433334444', 'dvcqg-8812345', '0987000111', 'Lê Văn Hùng', 'Trần Thị Lan', 'Công chức Một cửa', 'đăng ký kết hôn', 'dvc.example.vn'];

describe('fromNationalDossier', () => {
  it('maps a returned dossier to a valid DossierRecord', () => {
    const record = adapt(nationalDossier());
    expect(omit(record, 'version')).toEqual({
      code: '000.22.12.H53-230915-0003',
      agencyCode: '000.22.12.H53',
      agencyName: 'Ủy ban nhân dân xã Suối Ngọc',
      procedureCode: '1.004873',
      procedureName: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
      fieldName: 'Hộ tịch',
      applicantName: 'Nguyễn Thị Mai Anh',
      status: 10,
      receivedAt: '2023-09-15T01:30:00Z',
      dueAt: '2023-09-18T09:30:00Z',
      finishedAt: '2023-09-18T03:00:00Z',
      returnedAt: '2023-09-18T03:15:00Z',
      feesOwed: [],
      feeVnd: null,
      resultDelivery: 'counter',
      resultCounter: 'Quầy số 2, Bộ phận Một cửa',
      resultDocuments: ['Giấy xác nhận tình trạng hôn nhân'],
      timeline: [
        { at: '2023-09-15T01:30:00Z', department: 'Bộ phận Một cửa', action: 'Tiếp nhận hồ sơ' },
        { at: '2023-09-18T03:00:00Z', department: 'Công chức Tư pháp - Hộ tịch', action: 'Hoàn thành xử lý' },
        { at: '2023-09-18T03:15:00Z', department: 'Bộ phận Một cửa', action: 'Trả kết quả' },
      ],
    });
    expect(DossierRecord.safeParse(record).success).toBe(true);
  });

  it('never carries phone, e-mail, fax, ID numbers, portal ids, notes, officers’ names or titles, or links', () => {
    const text = JSON.stringify(adapt(nationalDossier()));
    for (const personal of PERSONAL) expect(text).not.toContain(personal);
  });

  it('reads an applicant given as an object, keeping only the name', () => {
    const record = adapt(nationalDossier({ ChuHoSo: { HoTen: 'Phạm Quang Huy', SoDienThoai: '0987654321', DiaChi: 'Số 12 đường Bến Mây' } }));
    expect(record.applicantName).toBe('Phạm Quang Huy');
    expect(JSON.stringify(record)).not.toMatch(/0987654321|Bến Mây/);
  });

  describe('the supplement request (DanhSachHoSoBoSung)', () => {
    const request = {
      HoSoBoSungId: 3,
      NguoiYeuCauBoSung: 'Trần Thị Lan',
      NoiDungBoSung: 'Bổ sung giấy chứng sinh bản chính',
      NgayBoSung: '20230916090000',
      NguoiTiepNhanBoSung: '',
      ThongTinTiepNhan: '',
      NgayTiepNhanBoSung: '',
      TrangThaiBoSung: false,
      DanhSachGiayToBoSung: [{ TenGiayTo: 'Giấy chứng sinh (bản chính)' }, { TenTepDinhKem: 'Tờ khai đăng ký khai sinh' }, null],
      DanhSachLePhiBoSung: [{ TenPhiLePhi: 'Phí sao lục', Gia: '8.000' }],
      NgayHenTraTruoc: '20230918163000',
      NgayHenTraMoi: '20230925163000',
    };
    const waiting = (overrides: Record<string, unknown> = {}) =>
      nationalDossier({ TrangThaiHoSo: '5', NgayTra: '', NgayKetThucXuLy: '', DanhSachGiayToKetQua: [], DanhSachHoSoBoSung: [{ ...request, ...overrides }] });

    it('says what to bring, in the officer’s words and by document, and the new due date', () => {
      const record = adapt(waiting());
      expect(record).toMatchObject({
        status: 5,
        missingDocuments: ['Giấy chứng sinh (bản chính)', 'Tờ khai đăng ký khai sinh'],
        supplementNote: 'Bổ sung giấy chứng sinh bản chính',
        dueAt: '2023-09-25T09:30:00Z',
        feesOwed: [{ name: 'Phí sao lục', amountVnd: 8000 }],
        feeVnd: 8000,
      });
      expect(JSON.stringify(record)).not.toContain('Trần Thị Lan');
    });

    it('holds no due date while documents are awaited and no new one is set: the old one no longer applies', () => {
      expect(adapt(waiting({ NgayHenTraMoi: '' })).dueAt).toBeNull();
    });

    it('keeps the new due date once the documents came in, and asks for nothing more', () => {
      const record = adapt({ ...waiting({ TrangThaiBoSung: true, NgayTiepNhanBoSung: '20230919080000' }), TrangThaiHoSo: '4' });
      expect(record.dueAt).toBe('2023-09-25T09:30:00Z');
      expect(record.missingDocuments).toBeUndefined();
      expect(record.feesOwed).toEqual([]);
    });

    it('answers the latest request, whatever order the requests come in', () => {
      const older = { ...request, NoiDungBoSung: 'Lần 1', NgayBoSung: '20230915100000', TrangThaiBoSung: 'True', NgayHenTraMoi: '20230920163000' };
      const record = adapt(nationalDossier({ TrangThaiHoSo: '5', DanhSachHoSoBoSung: [request, older] }));
      expect(record).toMatchObject({ supplementNote: 'Bổ sung giấy chứng sinh bản chính', dueAt: '2023-09-25T09:30:00Z' });
    });

    it('names a bad date inside a request', () => {
      expect(errorOf(waiting({ NgayHenTraMoi: '2023-09-31' }))).toBe('DanhSachHoSoBoSung[0].NgayHenTraMoi: "2023-09-31" is not a date (yyyyMMddHHmmss, dd/MM/yyyy HH:mm:ss or ISO 8601)');
    });
  });

  describe('fees (DanhSachLePhi)', () => {
    it('lists the fees still owed with their names and amounts, and their total', () => {
      const record = adapt(
        nationalDossier({
          TrangThaiHoSo: 6,
          DanhSachLePhi: [
            { TenPhiLePhi: 'Lệ phí cấp giấy chứng nhận', MaPhiLePhi: 'LP01', HinhThucThu: '1', Gia: '100000', LoaiPhiLePhi: '2' },
            { TenPhiLePhi: 'Phí thẩm định', Gia: 1250000, TrangThai: 'Chưa thanh toán' },
            { TenPhiLePhi: 'Phí đã nộp', Gia: '50.000', TrangThai: 'Đã thanh toán' },
            { TenPhiLePhi: '', Gia: '' },
            null,
          ],
        }),
      );
      expect(record.feesOwed).toEqual([
        { name: 'Lệ phí cấp giấy chứng nhận', amountVnd: 100000 },
        { name: 'Phí thẩm định', amountVnd: 1250000 },
        { name: 'Phí, lệ phí', amountVnd: null },
      ]);
      expect(record.feeVnd).toBe(1350000);
    });

    it.each([
      [50000, 50000],
      ['50000', 50000],
      ['50.000', 50000],
      ['1,250,000', 1250000],
    ])('reads the amount %j as %j', (value, amount) => {
      expect(adapt(nationalDossier({ DanhSachLePhi: [{ TenPhiLePhi: 'Lệ phí', Gia: value }] })).feeVnd).toBe(amount);
    });

    it.each([['50k'], [-1000], [12.5], ['5.00']])('rejects the amount %j', (value) => {
      expect(errorOf(nationalDossier({ DanhSachLePhi: [{ TenPhiLePhi: 'Lệ phí', Gia: value }] }))).toMatch(/^DanhSachLePhi\[0\]\.Gia: .* is not an amount in đồng$/);
    });

    it('says nothing of fees when the list is absent', () => {
      const record = adapt(omit(nationalDossier(), 'DanhSachLePhi'));
      expect('feesOwed' in record || 'feeVnd' in record).toBe(false);
    });
  });

  describe('the result (HinhThuc, ThongTinTra, DanhSachGiayToKetQua)', () => {
    it('reads a result sent by post, and never the postal address in ThongTinTra', () => {
      const record = adapt(nationalDossier({ TrangThaiHoSo: '9', HinhThuc: '1', ThongTinTra: 'Gửi về số 12 đường Bến Mây' }));
      expect(record.resultDelivery).toBe('post');
      expect(record.resultCounter).toBeUndefined();
      expect(JSON.stringify(record)).not.toContain('Bến Mây');
    });

    it.each([
      [0, 'counter'],
      ['1', 'post'],
      ['', null],
    ])('reads HinhThuc %j as %j', (value, delivery) => {
      expect(adapt(nationalDossier({ HinhThuc: value })).resultDelivery).toBe(delivery);
    });

    it('refuses a HinhThuc it does not know', () => {
      expect(errorOf(nationalDossier({ HinhThuc: '3' }))).toBe('HinhThuc: "3" is not 0 (at the counter) or 1 (by post)');
    });
  });

  describe('dates in Vietnam time', () => {
    it.each([
      ['midnight local is 17:00 UTC the day before', '20230916000000', '2023-09-15T17:00:00Z'],
      ['the last second before 07:00 local is still the previous UTC day', '20230916065959', '2023-09-15T23:59:59Z'],
      ['07:00 local is UTC midnight', '20230916070000', '2023-09-16T00:00:00Z'],
      ['the first half hour of the year is still last year in UTC', '20240101003000', '2023-12-31T17:30:00Z'],
      ['a leap day', '20240229235959', '2024-02-29T16:59:59Z'],
      ['the end of a 31-day month', '20230731235959', '2023-07-31T16:59:59Z'],
      ['dd/MM/yyyy HH:mm:ss, day first', '05/09/2023 16:30:00', '2023-09-05T09:30:00Z'],
      ['dd/MM/yyyy HH:mm', '18/09/2023 16:30', '2023-09-18T09:30:00Z'],
      ['dd/MM/yyyy alone is the start of that day', '18/09/2023', '2023-09-17T17:00:00Z'],
      ['ISO with Z', '2023-09-18T09:30:00Z', '2023-09-18T09:30:00Z'],
      ['ISO with an offset', '2023-09-18T16:30:00+07:00', '2023-09-18T09:30:00Z'],
      ['ISO with fractions', '2023-09-18T09:30:00.123Z', '2023-09-18T09:30:00Z'],
      ['ISO without an offset is Vietnam time', '2023-09-18T16:30:00', '2023-09-18T09:30:00Z'],
    ])('%s', (_, local, utc) => {
      expect(adapt(nationalDossier({ NgayHenTra: local })).dueAt).toBe(utc);
    });

    it('takes a 14-digit number as well as a string', () => {
      expect(adapt(nationalDossier({ NgayTiepNhan: 20230915083000 })).receivedAt).toBe('2023-09-15T01:30:00Z');
    });

    it.each([
      ['too short', '20231345'],
      ['month 13', '20231315083000'],
      ['31 April', '20230431083000'],
      ['29 February in a common year', '20230229083000'],
      ['29 February in a century year', '21000229083000'],
      ['hour 24', '20230915240000'],
      ['minute 60', '20230915086000'],
      ['second 60', '20230915083060'],
      ['day zero', '20230900083000'],
      ['month first', '09/15/2023 08:30'],
      ['31 September, day first', '31/09/2023'],
      ['an impossible offset', '2023-09-15T08:30:00+25:00'],
      ['before 1970', '19691231235959'],
      ['letters', '2023O915083000'],
    ])('rejects %s', (_, text) => {
      expect(errorOf(nationalDossier({ NgayHenTra: text }))).toBe(`NgayHenTra: ${JSON.stringify(text)} is not a date (yyyyMMddHHmmss, dd/MM/yyyy HH:mm:ss or ISO 8601)`);
    });

    it('reads an empty or null date as no date, and an absent one as absent', () => {
      const record = adapt(nationalDossier({ NgayHenTra: '', NgayKetThucXuLy: null, NgayTra: undefined }));
      expect(record.dueAt).toBeNull();
      expect(record.finishedAt).toBeNull();
      expect('returnedAt' in record).toBe(false);
    });

    it('requires the date received', () => {
      expect(errorOf(omit(nationalDossier(), 'NgayTiepNhan'))).toBe('NgayTiepNhan: missing');
      expect(errorOf(nationalDossier({ NgayTiepNhan: '' }))).toBe('NgayTiepNhan: empty');
    });

    it('converts every real local date and time to the instant seven hours earlier', () => {
      fc.assert(
        fc.property(fc.date({ min: new Date('1970-01-02T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
          const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + 7 * 3600 * 1000);
          const text = local.toISOString().slice(0, 19).replace(/\D/g, '');
          expect(vietnamTimestampToIso(text)).toBe(new Date(local.getTime() - 7 * 3600 * 1000).toISOString().replace('.000Z', 'Z'));
        }),
      );
    });
  });

  describe('status', () => {
    it.each([
      [4, 4],
      ['4', 4],
      [' 10 ', 10],
      ['01', 1],
    ])('reads %j as %i', (value, status) => {
      expect(adapt(nationalDossier({ TrangThaiHoSo: value })).status).toBe(status);
    });

    it.each([[42], ['42'], [0], ['0'], [4.5], ['bốn'], [''], [null]])('rejects %j', (value) => {
      expect(errorOf(nationalDossier({ TrangThaiHoSo: value }))).toMatch(/^TrangThaiHoSo: /);
    });
  });

  describe('optional fields', () => {
    const minimal = { MaHoSo: '000.00.12.H53-261119-0018', TenTTHC: 'Đăng ký thành lập hộ kinh doanh', TrangThaiHoSo: 1, NgayTiepNhan: '20261119164000' };

    it('needs only code, procedure name, status and date received', () => {
      expect(omit(adapt(minimal), 'version')).toEqual({
        code: '000.00.12.H53-261119-0018',
        agencyCode: '000.00.12.H53',
        procedureName: 'Đăng ký thành lập hộ kinh doanh',
        status: 1,
        receivedAt: '2026-11-19T09:40:00Z',
        timeline: [],
      });
    });

    it('names the procedure by its code when TenTTHC is blank, as VietOpenCPS sends it when its lookup failed', () => {
      expect(adapt({ ...minimal, TenTTHC: '', MaTTHC: '1.001612' }).procedureName).toBe('Thủ tục hành chính mã 1.001612');
      expect(errorOf({ ...minimal, TenTTHC: '' })).toBe('TenTTHC: empty');
    });

    it('takes the agency code from the dossier code, or from MaDonVi where a server adds it', () => {
      expect(adapt({ ...minimal, MaHoSo: '000.21.12.H53-240102-10234' }).agencyCode).toBe('000.21.12.H53');
      expect(adapt({ ...minimal, MaDonVi: '000.12.12.H53' }).agencyCode).toBe('000.12.12.H53');
      expect(errorOf({ ...minimal, MaHoSo: 'HS-0001' })).toBe('MaDonVi: missing, and MaHoSo "HS-0001" has no agency prefix');
    });

    it('reads the agency from DonViXuLy as a name or as an object', () => {
      expect(adapt({ ...minimal, DonViXuLy: 'UBND phường Sông Mây' }).agencyName).toBe('UBND phường Sông Mây');
      const record = adapt({ ...minimal, DonViXuLy: { MaDonVi: '000.12.12.H53', TenDonVi: 'Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Mây' } });
      expect(record).toMatchObject({ agencyCode: '000.12.12.H53', agencyName: 'Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Mây' });
    });

    it('skips null entries and reads null lists as none', () => {
      const record = adapt({ ...minimal, QuaTrinhXuLy: [null, { ThoiDiemXuLy: '20261119164000', NoiDungXuLy: null, PhongBanXuLy: null, TrangThai: '2' }], DanhSachLePhi: null, DanhSachHoSoBoSung: null, DanhSachGiayToKetQua: [null] });
      expect(record.timeline).toEqual([{ at: '2026-11-19T09:40:00Z', department: '', action: 'Đã tiếp nhận' }]);
      expect(record.resultDocuments).toBeUndefined();
    });
  });

  describe('version', () => {
    it('takes Version or PhienBan where a server sends one', () => {
      expect(adapt(nationalDossier({ Version: 7, PhienBan: 3 })).version).toBe(7);
      expect(adapt(nationalDossier({ PhienBan: '12' })).version).toBe(12);
      expect(errorOf(nationalDossier({ PhienBan: 'v2' }))).toBe('PhienBan: "v2" is not a version number');
    });

    it('derives one from the latest event and the progress made when none is sent', () => {
      const base = adapt(nationalDossier()).version;
      expect(Number.isSafeInteger(base)).toBe(true);
      // Latest event 2023-09-18 10:15:00 Vietnam time; 3 steps, 1 result document, finished, returned.
      expect(base).toBe((Date.UTC(2023, 8, 18, 3, 15) / 1000) * 2 ** 20 + 3 + 1 + 1 + 1);
    });

    it('grows with NgayCapNhat where a server sends it', () => {
      const earlier = adapt(nationalDossier({ NgayCapNhat: '20231001000000' })).version;
      expect(adapt(nationalDossier({ NgayCapNhat: '20231001000001' })).version).toBeGreaterThan(earlier);
    });
  });

  describe('processing history', () => {
    it('sorts steps by time, keeping the order of steps at the same time', () => {
      const record = adapt(
        nationalDossier({
          QuaTrinhXuLy: [
            { PhongBanXuLy: 'B', NoiDungXuLy: 'second', ThoiDiemXuLy: '20230915090000' },
            { PhongBanXuLy: 'C', NoiDungXuLy: 'third', ThoiDiemXuLy: '20230915090000' },
            { PhongBanXuLy: 'A', NoiDungXuLy: 'first', ThoiDiemXuLy: '20230914235959' },
          ],
        }),
      );
      expect(record.timeline?.map((e) => e.action)).toEqual(['first', 'second', 'third']);
    });

    it('sorts across the UTC day boundary by instant, not by local text', () => {
      const record = adapt(nationalDossier({ QuaTrinhXuLy: [{ NoiDungXuLy: 'morning', ThoiDiemXuLy: '20230916063000' }, { NoiDungXuLy: 'evening before', ThoiDiemXuLy: '20230915230000' }] }));
      expect(record.timeline).toEqual([
        { at: '2023-09-15T16:00:00Z', department: '', action: 'evening before' },
        { at: '2023-09-15T23:30:00Z', department: '', action: 'morning' },
      ]);
    });

    it('names the step with a bad time', () => {
      const steps = [{ ThoiDiemXuLy: '20230915083000' }, { NoiDungXuLy: 'x', ThoiDiemXuLy: '20230915253000' }];
      expect(errorOf(nationalDossier({ QuaTrinhXuLy: steps }))).toMatch(/^QuaTrinhXuLy\[1\]\.ThoiDiemXuLy: "20230915253000" is not a date/);
      expect(errorOf(nationalDossier({ QuaTrinhXuLy: [{ NoiDungXuLy: 'x' }] }))).toBe('QuaTrinhXuLy[0].ThoiDiemXuLy: missing');
      expect(errorOf(nationalDossier({ QuaTrinhXuLy: 'none' }))).toBe('QuaTrinhXuLy: not a list');
    });

    it('keeps the latest 200 steps of a very long history', () => {
      const steps = Array.from({ length: 250 }, (_, i) => ({
        NoiDungXuLy: `step ${i}`,
        ThoiDiemXuLy: `2023091508${String(Math.floor(i / 60)).padStart(2, '0')}${String(i % 60).padStart(2, '0')}`,
      }));
      const record = adapt(nationalDossier({ QuaTrinhXuLy: steps }));
      expect(record.timeline).toHaveLength(200);
      expect(record.timeline?.[0]?.action).toBe('step 50');
      expect(DossierRecord.safeParse(record).success).toBe(true);
    });
  });

  it('marks a tombstone as deleted, newer than the dossier it removes', () => {
    const tombstone = { MaHoSo: '000.22.12.H53-230915-0003', TenTTHC: 'Thủ tục đăng ký khai sinh', TrangThaiHoSo: '10', NgayTiepNhan: '20230915083000', DaXoa: true, NgayXoa: '20230918101501' };
    expect(adapt(tombstone)).toMatchObject({ code: '000.22.12.H53-230915-0003', deleted: true, timeline: [] });
    expect(adapt(tombstone).version).toBeGreaterThan(adapt(nationalDossier()).version);
  });

  it('names missing and mistyped required fields', () => {
    expect(errorOf(omit(nationalDossier(), 'MaHoSo'))).toBe('MaHoSo: missing');
    expect(errorOf(nationalDossier({ MaHoSo: '  ' }))).toBe('MaHoSo: empty');
    expect(errorOf(omit(nationalDossier(), 'TenTTHC', 'MaTTHC'))).toBe('TenTTHC: missing');
    expect(errorOf(nationalDossier({ TenTTHC: 17 }))).toBe('TenTTHC: 17 is not text');
    expect(errorOf(nationalDossier({ MaTTHC: 1.004873 }))).toBe('MaTTHC: 1.004873 is not text');
    expect(errorOf(nationalDossier({ MaHoSo: `${'0'.repeat(60)}-261120-0001` }))).toBe('MaHoSo: longer than 64 characters');
    expect(errorOf(nationalDossier({ MaTTHC: '1.'.padEnd(33, '0') }))).toBe('MaTTHC: longer than 32 characters');
    expect(errorOf('not a dossier')).toBe('record: not an object');
    expect(errorOf([nationalDossier()])).toBe('record: not an object');
  });

  it('never throws, whatever it is given, and what it accepts the contract accepts', () => {
    const fields = ['MaHoSo', 'TenTTHC', 'TrangThaiHoSo', 'NgayTiepNhan', 'QuaTrinhXuLy', 'ChuHoSo', 'DanhSachLePhi', 'DanhSachHoSoBoSung', 'DanhSachGiayToKetQua', 'HinhThuc', 'ThongTinTra', 'NgayHenTra'];
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...fields), fc.anything()), fc.dictionary(fc.constantFrom(...fields), fc.anything()).map((o) => nationalDossier(o))), (input) => {
        const result = fromNationalDossier(input);
        if (result.ok) expect(DossierRecord.safeParse(result.record).success).toBe(true);
      }),
    );
  });
});
