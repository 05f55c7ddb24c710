import { portalProcedureUrl } from '../../shared/contract/portal-link.ts';
import type { Channel, ProcedureRecord } from '../../shared/contract/procedure.ts';
import { formatDateTime } from '../../shared/i18n/format.ts';
import type { SlipBlock } from './slip-layout.ts';
import { siteFooter, type SlipSite } from './slip-site.ts';

const CHANNEL_LABEL: Record<Channel, string> = {
  'in-person': 'Nộp trực tiếp',
  online: 'Nộp trực tuyến',
  post: 'Nộp qua bưu chính',
  other: 'Cách khác',
};

function documentLine(originals: number | null, copies: number | null): string | null {
  const counts = [originals ? `${originals} bản chính` : null, copies ? `${copies} bản sao` : null].filter(Boolean);
  return counts.length ? counts.join(', ') : null;
}

/** The document checklist of a procedure ("In danh sách giấy tờ"). */
export function procedureSlip(procedure: ProcedureRecord, site: SlipSite, printedAt: Date): SlipBlock[] {
  const blocks: SlipBlock[] = [
    { kind: 'heading', text: 'DANH SÁCH GIẤY TỜ' },
    { kind: 'text', text: procedure.name, bold: true },
    { kind: 'text', text: `Mã thủ tục: ${procedure.code}` },
    { kind: 'rule' },
    { kind: 'text', text: 'Thành phần hồ sơ:', bold: true },
  ];
  let section: string | null = null;
  procedure.documents.forEach((document, index) => {
    if (document.section && document.section !== section) blocks.push({ kind: 'text', text: document.section, bold: true });
    section = document.section;
    const counts = documentLine(document.originals, document.copies);
    blocks.push({ kind: 'text', text: `${index + 1}. ${document.name}${counts ? ` (${counts})` : ''}`, indent: true });
  });
  if (procedure.documents.length === 0) blocks.push({ kind: 'text', text: 'Vui lòng hỏi cán bộ tại Bộ phận Một cửa.', indent: true });
  const timed = procedure.channels.filter((channel) => channel.processingTime);
  if (timed.length) {
    blocks.push({ kind: 'text', text: 'Thời hạn giải quyết:', bold: true });
    for (const channel of timed) blocks.push({ kind: 'text', text: `${CHANNEL_LABEL[channel.channel]}: ${channel.processingTime}`, indent: true });
  }
  const charged = procedure.channels.filter((channel) => channel.fees);
  if (charged.length) {
    blocks.push({ kind: 'text', text: 'Phí, lệ phí:', bold: true });
    for (const channel of charged) blocks.push({ kind: 'text', text: `${CHANNEL_LABEL[channel.channel]}: ${channel.fees}`, indent: true });
  }
  blocks.push({ kind: 'text', text: 'Nơi nộp hồ sơ:', bold: true }, { kind: 'text', text: procedure.agency ?? site.siteName, indent: true });
  blocks.push(...siteFooter(site), { kind: 'text', text: `In lúc ${formatDateTime(printedAt)}` });
  blocks.push({ kind: 'qr', data: portalProcedureUrl(procedure.code), caption: 'Quét mã để xem thủ tục trên Cổng Dịch vụ công quốc gia' });
  return blocks;
}
