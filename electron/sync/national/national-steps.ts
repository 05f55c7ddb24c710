import { requiredDate } from './national-dates.ts';
import { clip, objectList, optionalText } from './national-fields.ts';
import { nationalStatusName } from './national-status.ts';

/**
 * QuaTrinhXuLy, the processing steps, as the portal's CapNhatTienDoHoSoMC carries them
 * (VietOpenCPS createSyncDossierStatusBodyRequest; HuanVu201 QuaTrinhXuLyDongBoDVC):
 * ThoiDiemXuLy (when), PhongBanXuLy (department), NoiDungXuLy (what was done), TrangThai (the
 * status it led to). NguoiXuLy and ChucDanh are the officer's name and title and are never
 * read; NgayBatDau and NgayKetThucTheoQuyDinh are a step's own deadlines, which the kiosk does
 * not show.
 */
export interface Step {
  at: number;
  department: string;
  action: string;
}

export const MAX_TIMELINE = 200;

/** Every step, oldest first (steps at the same time keep the portal's order). */
export function readSteps(value: unknown): Step[] {
  const steps = objectList('QuaTrinhXuLy', value).map(({ item, path }) => {
    const action = optionalText(`${path}.NoiDungXuLy`, item.NoiDungXuLy) ?? nationalStatusName(item.TrangThai) ?? '';
    return {
      at: requiredDate(`${path}.ThoiDiemXuLy`, item.ThoiDiemXuLy),
      department: clip(optionalText(`${path}.PhongBanXuLy`, item.PhongBanXuLy) ?? '', 200),
      action: clip(action, 500),
    };
  });
  return steps.map((step, order) => ({ step, order })).sort((a, b) => a.step.at - b.step.at || a.order - b.order).map(({ step }) => step);
}
