import type { ProcedureRecordInput } from '../../../../shared/contract/procedure.ts';

/** A valid procedure record written for these tests; override what a test cares about. */
export function procedureRecord(overrides: Partial<ProcedureRecordInput> = {}): ProcedureRecordInput {
  return {
    code: '9.000001',
    name: 'Đăng ký nuôi chim bồ câu đưa thư',
    fieldName: 'Thử nghiệm',
    levels: ['Cấp xã'],
    channels: [{ channel: 'in-person', processingTime: '2 ngày làm việc', fees: 'Miễn phí', description: null }],
    documents: [{ name: 'Tờ khai nuôi chim', originals: 1, copies: 0, formTemplate: 'Mẫu 01', section: null }],
    steps: ['Nộp tờ khai.', 'Nhận kết quả.'],
    result: 'Giấy xác nhận',
    ...overrides,
  };
}
