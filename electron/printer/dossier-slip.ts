import type { DossierView, NextStep } from '../../shared/contract/dossier.ts';
import { formatDate, formatDateTime, formatVnd } from '../../shared/i18n/format.ts';
import { statusSentence } from '../../shared/i18n/index.ts';
import { isClosedWithoutResult, resultDeliveryOf } from '../../shared/status/index.ts';
import type { SlipBlock } from './slip-layout.ts';
import { siteFooter, type SlipSite } from './slip-site.ts';

const TIMING: Record<DossierView['timing'], string> = {
  early: 'Trước hạn',
  'on-time': 'Đúng hạn',
  overdue: 'Quá hạn',
  'in-progress': 'Còn trong hạn',
  'not-applicable': 'Không có hạn trả',
};

/** A refused, withdrawn or stopped dossier (3, 7, 8) will have no result: its old date is not printed. */
function dueLine(dossier: DossierView): string {
  if (isClosedWithoutResult(dossier.status)) return 'Ngày hẹn trả: không còn áp dụng';
  return `Ngày hẹn trả: ${dossier.dueAt ? formatDate(dossier.dueAt) : 'chưa có'} (${TIMING[dossier.timing]})`;
}

function nextStepBlocks(step: NextStep): SlipBlock[] {
  const line = (text: string): SlipBlock => ({ kind: 'text', text, indent: true });
  switch (step.kind) {
    case 'supplement':
      return [
        line('Mang đến Bộ phận Một cửa các giấy tờ sau:'),
        ...step.documents.map((document, index) => line(`${index + 1}. ${document}`)),
        ...(step.documents.length === 0 ? [line('Vui lòng hỏi cán bộ về các giấy tờ cần bổ sung.')] : []),
      ];
    case 'pay': {
      const fees = (step.fees ?? []).map((fee) => line(`${fee.name}: ${fee.amountVnd === null ? 'chưa ghi số tiền' : formatVnd(fee.amountVnd)}`));
      return [...fees, line(step.amountVnd === null ? 'Vui lòng hỏi cán bộ về số tiền cần nộp.' : `Tổng cộng: ${formatVnd(step.amountVnd)}`)];
    }
    case 'collect':
      return [
        ...(step.delivery === 'post'
          ? [line('Kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ đã đăng ký; không cần đến nhận.')]
          : [line(`Nhận kết quả tại: ${step.counter ?? 'Quầy trả kết quả'}`), line('Mang theo: Giấy tiếp nhận hồ sơ và giấy tờ tùy thân.')]),
        ...(step.documents ?? []).map((document) => line(`Kết quả: ${document}`)),
      ];
    case 'returned':
      return step.delivery === 'post' ? [line('Chưa nhận được kết quả qua bưu điện? Vui lòng hỏi tại Bộ phận Một cửa.')] : [];
    case 'wait':
      return [line('Chưa cần làm gì thêm. Vui lòng chờ đến ngày hẹn trả kết quả.')];
    case 'contact-desk':
      return [line('Vui lòng liên hệ cán bộ tại Bộ phận Một cửa để được hướng dẫn.')];
    case 'none':
      return [];
  }
}

/** The answer of a lookup ("In kết quả tra cứu"). The applicant's name is never printed, not even masked. */
export function dossierSlip(dossier: DossierView, site: SlipSite, lookupUrl: string | null, printedAt: Date): SlipBlock[] {
  const next = nextStepBlocks(dossier.nextStep);
  return [
    { kind: 'heading', text: 'KẾT QUẢ TRA CỨU HỒ SƠ' },
    { kind: 'text', text: `Mã hồ sơ: ${dossier.code}`, bold: true },
    { kind: 'text', text: `Thủ tục: ${dossier.procedureName}` },
    { kind: 'rule' },
    { kind: 'text', text: statusSentence('vi', dossier.status, resultDeliveryOf(dossier.nextStep)), bold: true },
    { kind: 'text', text: dueLine(dossier) },
    ...(next.length ? [{ kind: 'text' as const, text: 'Việc cần làm tiếp theo:', bold: true }, ...next] : []),
    ...siteFooter(site),
    { kind: 'text', text: `In lúc ${formatDateTime(printedAt)}` },
    ...(lookupUrl ? [{ kind: 'qr' as const, data: lookupUrl, caption: 'Quét mã để tra cứu hồ sơ trên điện thoại' }] : []),
  ];
}
