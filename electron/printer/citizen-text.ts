import type { PrintAnswerResult } from '../../shared/contract/print.ts';

/** What the citizen reads under the print button when nothing, or only part, was printed. */
export const CITIZEN_PRINT_MESSAGE: Partial<Record<PrintAnswerResult['outcome'], string>> = {
  'no-printer': 'Máy này không có máy in phiếu.',
  'not-available': 'Máy in phiếu chưa sẵn sàng. Vui lòng báo cán bộ tại Bộ phận Một cửa.',
  'paper-out': 'Máy in đã hết giấy. Vui lòng báo cán bộ tại Bộ phận Một cửa.',
  'cover-open': 'Nắp máy in đang mở. Vui lòng báo cán bộ tại Bộ phận Một cửa.',
  busy: 'Máy in đang in phiếu khác. Vui lòng chờ một chút rồi bấm lại.',
  'not-found': 'Không tìm thấy thông tin để in.',
  failed: 'Không in được phiếu. Vui lòng báo cán bộ tại Bộ phận Một cửa; thông tin vẫn hiển thị trên màn hình.',
};
