import type { SimProcedure } from './procedures.ts';

export interface StepWording {
  department: string;
  action: string;
}

const DESK = 'Bộ phận Một cửa';
const PORTAL = 'Cổng Dịch vụ công';

/**
 * What the processing history says when a dossier reaches `status` from `previous`: short,
 * like the entries of real one-stop systems (a million dossiers carry four of these each).
 */
export function stepWording(status: number, previous: number | null, online: boolean, procedure: SimProcedure): StepWording {
  const office = procedure.department;
  switch (status) {
    case 1: return { department: PORTAL, action: 'Nộp hồ sơ trực tuyến' };
    case 2: return { department: DESK, action: online ? 'Tiếp nhận hồ sơ trực tuyến' : 'Tiếp nhận hồ sơ' };
    case 3: return { department: DESK, action: 'Không tiếp nhận: sai thẩm quyền' };
    case 4: return { department: office, action: previous === 5 ? 'Đã bổ sung, tiếp tục xử lý' : 'Thẩm định hồ sơ' };
    case 5: return { department: office, action: 'Yêu cầu bổ sung giấy tờ' };
    case 6: return { department: office, action: 'Thông báo nghĩa vụ tài chính' };
    case 7: return { department: DESK, action: 'Công dân rút hồ sơ' };
    case 8: return { department: office, action: 'Dừng xử lý' };
    case 9: return { department: office, action: 'Hoàn thành xử lý' };
    default: return { department: DESK, action: 'Trả kết quả' };
  }
}
