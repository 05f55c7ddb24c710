import { formatDateTime } from '../../shared/i18n/format.ts';
import type { PaperDots, SlipBlock } from './slip-layout.ts';

/** The technician's test page: every Vietnamese tone mark and the paper width, to check the print head and the font. */
export function testSlip(siteName: string, width: PaperDots, printedAt: Date): SlipBlock[] {
  return [
    { kind: 'heading', text: 'TRANG IN THỬ' },
    { kind: 'text', text: siteName, bold: true },
    { kind: 'text', text: `Khổ giấy: ${width} điểm (${width === 576 ? '80' : '58'} mm)` },
    { kind: 'rule' },
    { kind: 'text', text: 'a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ đ' },
    { kind: 'text', text: 'e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị' },
    { kind: 'text', text: 'o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ' },
    { kind: 'text', text: 'u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ' },
    { kind: 'text', text: 'ĐƯỜNG DÂY NÓNG – GIẤY TỜ BẢN CHÍNH', bold: true },
    { kind: 'text', text: `In lúc ${formatDateTime(printedAt)}` },
    { kind: 'qr', data: 'https://dichvucong.gov.vn/', caption: 'Cổng Dịch vụ công quốc gia' },
  ];
}
