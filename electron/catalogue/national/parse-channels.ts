import type { Channel, ProcedureChannel } from '../../../shared/contract/procedure.ts';
import type { ParsedPart } from './parsed-part.ts';
import { endOfParenthesised, textOrNull } from './source-text.ts';

const HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả';
const CHANNEL_LABELS: Record<string, Channel> = {
  'Trực tuyến': 'online',
  'Trực tiếp': 'in-person',
  'Dịch vụ bưu chính': 'post',
};
// A label starts a table row only when a time, a fee or "no information" follows it at once;
// the same words inside a description are followed by a space or a colon.
const ROW_START = /(Trực tuyến|Trực tiếp|Dịch vụ bưu chính)(?=\d|Không có thông tin|Miễn phí|VNĐ|Việt Nam Đồng)/g;
const TIME_WITH_UNIT = /^(\d+(?:[.,]\d+)?)\s*(Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm|Tuần|Phút)/i;
const BARE_NUMBER = /^\d+(?:[.,]\d+)?/;
const AMOUNT = /^(\d[\d.,]*)\s*(VNĐ|Việt Nam Đồng|Đồng|đồng|USD)/;
const FREE = 'Miễn phí';
const NO_INFORMATION = 'Không có thông tin';

interface Cursor {
  text: string;
  at: number;
}

const rest = (c: Cursor) => c.text.slice(c.at);

function readTime(c: Cursor): { time: string | null; ambiguous: boolean } {
  const withUnit = TIME_WITH_UNIT.exec(rest(c));
  if (withUnit) {
    c.at += withUnit[0].length;
    return { time: withUnit[1] === '0' ? null : `${withUnit[1]} ${withUnit[2]!.toLowerCase()}`, ambiguous: false };
  }
  if (rest(c).startsWith(NO_INFORMATION)) {
    c.at += NO_INFORMATION.length;
    return { time: null, ambiguous: false };
  }
  const bare = BARE_NUMBER.exec(rest(c));
  if (!bare) return { time: null, ambiguous: false };
  // "Trực tuyến120,000 VNĐ": a unit-less time glued to an amount cannot be told apart.
  if (AMOUNT.test(rest(c))) return { time: null, ambiguous: true };
  c.at += bare[0].length;
  return { time: bare[0] === '0' ? null : bare[0], ambiguous: false };
}

/** "500,000 Việt Nam Đồng" → "500.000 đồng", as Vietnamese screens write money. */
function formatAmount(digits: string, currency: string): string {
  if (currency === 'USD') return `${digits} USD`;
  return `${digits.replace(/,/g, '.')} đồng`;
}

function readFees(c: Cursor): string | null {
  const items: string[] = [];
  for (;;) {
    let item: string | null = null;
    if (rest(c).startsWith(FREE)) {
      c.at += FREE.length;
      item = FREE;
    } else if (rest(c).startsWith(NO_INFORMATION)) {
      c.at += NO_INFORMATION.length;
    } else {
      const amount = AMOUNT.exec(rest(c));
      if (!amount) break;
      c.at += amount[0].length;
      item = formatAmount(amount[1]!, amount[2]!);
    }
    if (c.text[c.at] === '(') {
      const end = endOfParenthesised(c.text, c.at);
      if (end > 0) {
        const note = c.text.slice(c.at + 1, end - 1).trim();
        c.at = end;
        if (note) item = item ? `${item} (${note})` : note;
      }
    }
    if (item) items.push(item);
  }
  return items.length ? items.join('; ') : null;
}

/**
 * Reads the flattened "Cách thức thực hiện" table: rows of channel, processing time, fees
 * and description glued together, e.g. `Trực tuyến5 Ngày làm việcMiễn phíTrực tiếp…`.
 */
export function parseChannels(raw: string): ParsedPart<ProcedureChannel[]> {
  const text = raw.trim();
  if (textOrNull(text) === null) return { value: [], unparsed: null, problems: [] };
  if (!text.startsWith(HEADER)) {
    return { value: [], unparsed: text, problems: ['channels: the table header is missing'] };
  }
  const body = text.slice(HEADER.length);
  const starts = [...body.matchAll(ROW_START)];
  const problems: string[] = [];
  const leftovers: string[] = [];
  const before = body.slice(0, starts[0]?.index ?? body.length).trim();
  if (before) {
    leftovers.push(before);
    problems.push('channels: text outside any channel row');
  }
  const channels: ProcedureChannel[] = [];
  starts.forEach((start, i) => {
    const rowEnd = starts[i + 1]?.index ?? body.length;
    const c: Cursor = { text: body.slice(0, rowEnd), at: start.index + start[0].length };
    const channel = CHANNEL_LABELS[start[1]!]!;
    const { time, ambiguous } = readTime(c);
    if (ambiguous) {
      const row = body.slice(start.index, rowEnd);
      leftovers.push(row);
      problems.push(`channels: processing time and fee run together in "${row.slice(0, 60)}"`);
      channels.push({ channel, processingTime: null, fees: null, description: null });
      return;
    }
    const fees = readFees(c);
    channels.push({ channel, processingTime: time, fees, description: textOrNull(rest(c)) });
  });
  return { value: channels, unparsed: leftovers.length ? leftovers.join('\n') : null, problems };
}
