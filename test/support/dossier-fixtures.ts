import type { DossierRecordInput } from '../../shared/contract/index.ts';

export const AGENCY = '000.00.12.H53';

/** A valid dossier record; override what a test cares about. */
export function dossierRecord(overrides: Partial<DossierRecordInput> = {}): DossierRecordInput {
  return {
    code: `${AGENCY}-261115-0001`,
    version: 1,
    agencyCode: AGENCY,
    agencyName: 'UBND phường Sông Mây',
    procedureCode: '1.001193',
    procedureName: 'Đăng ký khai sinh',
    fieldName: 'Hộ tịch',
    applicantName: 'Trần Thị Bích Ngọc',
    status: 4,
    receivedAt: '2026-11-15T02:00:00.000Z',
    dueAt: '2026-11-20T10:00:00.000Z',
    timeline: [{ at: '2026-11-15T02:00:00.000Z', department: 'Bộ phận Một cửa', action: 'Tiếp nhận hồ sơ' }],
    ...overrides,
  };
}
