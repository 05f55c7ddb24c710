import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../shared/contract/index.ts';
import { fromNationalDossier, vietnamTimestampToIso } from '../../../electron/sync/national-adapter.ts';

/** A dossier as a provincial one-stop system publishes it for the national portal. */
function nationalDossier(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    MaHoSo: '000.22.12.H53-230915-0003',
    MaTTHC: '1.004873',
    TenTTHC: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
    MaLinhVuc: 'ho-tich',
    TenLinhVuc: 'Hộ tịch',
    MaDonVi: '000.22.12.H53',
    TenDonVi: 'Ủy ban nhân dân xã Suối Ngọc',
    ChuHoSo: 'Nguyễn Thị Mai Anh',
    SoDienThoai: '0912345678',
    SoGiayTo: '036190001234',
    DiaChi: 'Thôn 3, xã Suối Ngọc, huyện Sông Mây, tỉnh Bình Lam',
    Email: 'maianh@example.vn',
    KenhNop: 'Trực tiếp',
    PhienBan: 4,
    NgayCapNhat: '20230918101500',
    TrangThaiHoSo: '10',
    NgayTiepNhan: '20230915083000',
    NgayHenTra: '20230918163000',
    NgayKetThucXuLy: '20230918100000',
    NgayTra: '20230918101500',
    NoiTraKetQua: 'Quầy số 2, Bộ phận Một cửa',
    QuaTrinhXuLy: [
      { PhongBanXuLy: 'Bộ phận Một cửa', NoiDungXuLy: 'Trả kết quả', ThoiDiemXuLy: '20230918101500', CanBoXuLy: 'Lê Văn Hùng' },
      { PhongBanXuLy: 'Bộ phận Một cửa', NoiDungXuLy: 'Tiếp nhận hồ sơ', ThoiDiemXuLy: '20230915083000', CanBoXuLy: 'Lê Văn Hùng' },
      { PhongBanXuLy: 'Công chức Tư pháp - Hộ tịch', NoiDungXuLy: 'Hoàn thành xử lý', ThoiDiemXuLy: '20230918100000', CanBoXuLy: 'Trần Thị Lan' },
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

describe('fromNationalDossier', () => {
  it('maps a returned dossier to a valid DossierRecord', () => {
    const record = adapt(nationalDossier());
    expect(record).toEqual({
      code: '000.22.12.H53-230915-0003',
      version: 4,
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
      resultCounter: 'Quầy số 2, Bộ phận Một cửa',
      timeline: [
        { at: '2023-09-15T01:30:00Z', department: 'Bộ phận Một cửa', action: 'Tiếp nhận hồ sơ' },
        { at: '2023-09-18T03:00:00Z', department: 'Công chức Tư pháp - Hộ tịch', action: 'Hoàn thành xử lý' },
        { at: '2023-09-18T03:15:00Z', department: 'Bộ phận Một cửa', action: 'Trả kết quả' },
      ],
    });
    expect(DossierRecord.safeParse(record).success).toBe(true);
  });

  it('never carries phone numbers, ID numbers, addresses, e-mail or officers’ names', () => {
    const record = adapt(
      nationalDossier({
        SoCMND: '012345678',
        CCCD: '001090012345',
        ChuHoSo: { HoTen: 'Phạm Quang Huy', SoDienThoai: '0987654321', DiaChi: 'Số 12 đường Bến Mây' },
      }),
    );
    const text = JSON.stringify(record);
    for (const personal of ['0912345678', '036190001234', 'Thôn 3', 'maianh@', 'Lê Văn Hùng', 'Trần Thị Lan', '012345678', '001090012345', '0987654321', 'Bến Mây']) {
      expect(text).not.toContain(personal);
    }
    expect(record.applicantName).toBe('Phạm Quang Huy');
    expect(Object.keys(record).sort()).toEqual(Object.keys(DossierRecord.shape).filter((k) => k !== 'missingDocuments' && k !== 'feeVnd' && k !== 'deleted').sort());
  });

  describe('dates in Vietnam time', () => {
    it.each([
      ['midnight local is 17:00 UTC the day before', '20230916000000', '2023-09-15T17:00:00Z'],
      ['the last second before 07:00 local is still the previous UTC day', '20230916065959', '2023-09-15T23:59:59Z'],
      ['07:00 local is UTC midnight', '20230916070000', '2023-09-16T00:00:00Z'],
      ['the first half hour of the year is still last year in UTC', '20240101003000', '2023-12-31T17:30:00Z'],
      ['a leap day', '20240229235959', '2024-02-29T16:59:59Z'],
      ['the end of a 31-day month', '20230731235959', '2023-07-31T16:59:59Z'],
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
      ['ISO instead', '2023-09-15T08:30:00'],
      ['dd/MM/yyyy instead', '15/09/2023 08:30'],
      ['letters', '2023O915083000'],
    ])('rejects %s, naming the field', (_, value) => {
      expect(errorOf(nationalDossier({ NgayHenTra: value }))).toBe(`NgayHenTra: ${JSON.stringify(value)} is not a yyyyMMddHHmmss date`);
    });

    it('gives the exact message for a short date', () => {
      expect(errorOf(nationalDossier({ NgayHenTra: '20231345' }))).toBe('NgayHenTra: "20231345" is not a yyyyMMddHHmmss date');
    });

    it('reads an empty or null date as no date, and an absent one as absent', () => {
      const record = adapt(nationalDossier({ NgayHenTra: '', NgayKetThucXuLy: null, NgayTra: undefined }));
      expect(record.dueAt).toBeNull();
      expect(record.finishedAt).toBeNull();
      expect('returnedAt' in record).toBe(false);
    });

    it('requires the date received', () => {
      expect(errorOf(omit(nationalDossier(), 'NgayTiepNhan'))).toBe('NgayTiepNhan: missing');
      expect(errorOf(nationalDossier({ NgayTiepNhan: '' }))).toBe('NgayTiepNhan: "" is not a yyyyMMddHHmmss date');
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
    const minimal = {
      MaHoSo: '000.00.12.H53-261119-0018',
      TenTTHC: 'Đăng ký thành lập hộ kinh doanh',
      TrangThaiHoSo: 1,
      NgayTiepNhan: '20261119164000',
      PhienBan: '1',
    };

    it('needs only code, procedure name, status, date received and a version', () => {
      const record = adapt(minimal);
      expect(record).toEqual({
        code: '000.00.12.H53-261119-0018',
        version: 1,
        agencyCode: '000.00.12.H53',
        procedureName: 'Đăng ký thành lập hộ kinh doanh',
        status: 1,
        receivedAt: '2026-11-19T09:40:00Z',
        timeline: [],
      });
      expect(DossierRecord.parse(record).timeline).toEqual([]);
    });

    it('takes the agency code from the dossier code when MaDonVi is absent', () => {
      expect(adapt({ ...minimal, MaHoSo: '000.21.12.H53-240102-10234' }).agencyCode).toBe('000.21.12.H53');
      expect(errorOf({ ...minimal, MaHoSo: 'HS-0001' })).toBe('MaDonVi: missing, and MaHoSo "HS-0001" has no agency prefix');
    });

    it('reads the agency from DonViXuLy as a name or as an object', () => {
      expect(adapt({ ...minimal, DonViXuLy: 'UBND huyện Sông Mây' }).agencyName).toBe('UBND huyện Sông Mây');
      const record = adapt({ ...minimal, DonViXuLy: { MaDonVi: '000.12.12.H53', TenDonVi: 'Chi nhánh Văn phòng Đăng ký đất đai' } });
      expect(record).toMatchObject({ agencyCode: '000.12.12.H53', agencyName: 'Chi nhánh Văn phòng Đăng ký đất đai' });
    });

    it('reads the applicant from HoTenChuHoSo too', () => {
      expect(adapt({ ...minimal, HoTenChuHoSo: 'Đặng Minh Khoa' }).applicantName).toBe('Đặng Minh Khoa');
      expect(errorOf({ ...minimal, ChuHoSo: 42 })).toBe('ChuHoSo: not a name');
    });

    it('reads documents to supplement and the fee under either name', () => {
      const supplement = adapt({ ...minimal, TrangThaiHoSo: '5', GiayToCanBoSung: ['Giấy chứng sinh (bản chính)'] });
      expect(supplement.missingDocuments).toEqual(['Giấy chứng sinh (bản chính)']);
      expect(adapt({ ...minimal, TaiLieuBoSung: ['Tờ khai'] }).missingDocuments).toEqual(['Tờ khai']);
      expect(errorOf({ ...minimal, TaiLieuBoSung: 'Tờ khai' })).toBe('TaiLieuBoSung: not a list');
    });

    it.each([
      [50000, 50000],
      ['50000', 50000],
      ['50.000', 50000],
      ['1,250,000', 1250000],
      ['', null],
      [null, null],
    ])('reads the fee %j as %j', (value, fee) => {
      expect(adapt({ ...minimal, TrangThaiHoSo: 6, SoTienPhaiNop: value }).feeVnd).toBe(fee);
    });

    it.each([['50k'], [-1000], [12.5], ['5.00']])('rejects the fee %j', (value) => {
      expect(errorOf({ ...minimal, PhiLePhi: value })).toMatch(/^PhiLePhi: .* is not an amount in đồng$/);
    });
  });

  describe('version', () => {
    const base = omit(nationalDossier(), 'PhienBan', 'NgayCapNhat');

    it('prefers Version, then PhienBan', () => {
      expect(adapt({ ...base, Version: 7, PhienBan: 3 }).version).toBe(7);
      expect(adapt({ ...base, PhienBan: '12' }).version).toBe(12);
    });

    it('derives a version that grows with NgayCapNhat when no version number is given', () => {
      const earlier = adapt({ ...base, NgayCapNhat: '20230918101500' }).version;
      const later = adapt({ ...base, NgayCapNhat: '20230918101501' }).version;
      const nextYear = adapt({ ...base, NgayCapNhat: '20240101000000' }).version;
      expect(Number.isSafeInteger(earlier)).toBe(true);
      expect(later).toBeGreaterThan(earlier);
      expect(nextYear).toBeGreaterThan(later);
    });

    it('needs one of them', () => {
      expect(errorOf(base)).toBe('Version: missing (and no PhienBan or NgayCapNhat)');
      expect(errorOf({ ...base, PhienBan: 'v2' })).toBe('PhienBan: "v2" is not a version number');
      expect(errorOf({ ...base, NgayCapNhat: '2023091810' })).toBe('NgayCapNhat: "2023091810" is not a yyyyMMddHHmmss date');
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
      const record = adapt(
        nationalDossier({
          QuaTrinhXuLy: [
            { NoiDungXuLy: 'morning', ThoiDiemXuLy: '20230916063000' },
            { NoiDungXuLy: 'evening before', ThoiDiemXuLy: '20230915230000' },
          ],
        }),
      );
      expect(record.timeline).toEqual([
        { at: '2023-09-15T16:00:00Z', department: '', action: 'evening before' },
        { at: '2023-09-15T23:30:00Z', department: '', action: 'morning' },
      ]);
    });

    it('names the step with a bad time', () => {
      const steps = [{ ThoiDiemXuLy: '20230915083000' }, { NoiDungXuLy: 'x', ThoiDiemXuLy: '20230915253000' }];
      expect(errorOf(nationalDossier({ QuaTrinhXuLy: steps }))).toBe('QuaTrinhXuLy[1].ThoiDiemXuLy: "20230915253000" is not a yyyyMMddHHmmss date');
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

  it('marks a tombstone as deleted', () => {
    const tombstone = { MaHoSo: '000.22.12.H53-230915-0003', PhienBan: 5, MaDonVi: '000.22.12.H53', TenTTHC: 'Thủ tục đăng ký khai sinh', TrangThaiHoSo: '2', NgayTiepNhan: '20230915083000', DaXoa: true };
    expect(adapt(tombstone)).toMatchObject({ code: '000.22.12.H53-230915-0003', version: 5, deleted: true, timeline: [] });
  });

  it('names missing and mistyped required fields', () => {
    expect(errorOf(omit(nationalDossier(), 'MaHoSo'))).toBe('MaHoSo: missing');
    expect(errorOf(nationalDossier({ MaHoSo: '  ' }))).toBe('MaHoSo: empty');
    expect(errorOf(omit(nationalDossier(), 'TenTTHC'))).toBe('TenTTHC: missing');
    expect(errorOf(nationalDossier({ TenTTHC: 17 }))).toBe('TenTTHC: 17 is not text');
    expect(errorOf(nationalDossier({ MaTTHC: 1.004873 }))).toBe('MaTTHC: 1.004873 is not text');
    expect(errorOf('not a dossier')).toBe('record: not an object');
    expect(errorOf([nationalDossier()])).toBe('record: not an object');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('MaHoSo', 'TenTTHC', 'TrangThaiHoSo', 'NgayTiepNhan', 'PhienBan', 'QuaTrinhXuLy', 'ChuHoSo', 'PhiLePhi'), fc.anything())), (input) => {
        const result = fromNationalDossier(input);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
