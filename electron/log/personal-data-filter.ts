/**
 * What the logger removes before a line is written: values under keys that name personal data
 * or secrets, and personal data found inside any string (phone numbers, ID card numbers,
 * e-mail addresses, Vietnamese personal names). Callers never have to think about it.
 */
export const REDACTED = '[redacted]';

/** Words that, in a field name (camelCase, snake_case or kebab-case), mark personal data or a secret. */
const SENSITIVE_WORDS = new Set([
  // personal
  'name',
  'names',
  'fullname',
  'applicant',
  'citizen',
  'phone',
  'mobile',
  'tel',
  'telephone',
  'email',
  'mail',
  'cmnd',
  'cccd',
  'identity',
  'idnumber',
  'idcard',
  'passport',
  'address',
  'birth',
  'birthday',
  'dob',
  'raw',
  // secrets
  'token',
  'secret',
  'password',
  'passwd',
  'pin',
  'authorization',
  'cookie',
  'apikey',
  'session',
]);

/** The scan or dossier code itself is only ever logged by its kind, never its text. */
const SENSITIVE_KEYS = new Set(['code', 'raw', 'dossiercode', 'receiptcode', 'mahoso', 'hoten', 'sodienthoai', 'socccd', 'socmnd', 'diachi', 'chuhoso']);

export function isSensitiveKey(key: string): boolean {
  const lower = key.toLowerCase();
  if (SENSITIVE_KEYS.has(lower)) return true;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((w) => SENSITIVE_WORDS.has(w))) return true;
  // "idNumber", "id_card": two words that together mean an ID document.
  return words.some((w, i) => w === 'id' && ['number', 'no', 'card', 'so'].includes(words[i + 1] ?? ''));
}

/** Common Vietnamese family names, with and without diacritics. */
const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Lâm', 'Phùng', 'Mai', 'Tô', 'Hà', 'Tạ', 'Quách', 'Lương', 'Đinh', 'Cao',
  'Chu', 'Lưu', 'Thái', 'Triệu', 'Tôn', 'Kiều', 'Châu', 'Diệp', 'La', 'Âu', 'Khúc', 'Khổng', 'Lục', 'Mạc', 'Nông', 'Thân',
  'Tăng', 'Từ', 'Viên', 'Doãn', 'Giang', 'Hứa', 'Kim', 'Lã', 'Lạc', 'Mã', 'Ninh', 'Phó', 'Quan', 'Tiêu', 'Ông', 'Bạch',
  'Cù', 'Đàm', 'Hầu', 'Nghiêm', 'Phí', 'Văn', 'Lò', 'Hoa', 'Sầm', 'Thạch', 'Danh', 'Lãnh', 'Vi', 'Khương', 'Yên', 'Trang',
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const surnameAlternatives = [...new Set(SURNAMES.flatMap((s) => [s.normalize('NFC'), fold(s)]))]
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * A family name followed by one to five given-name words, each capitalised (or in capitals, as
 * on a receipt), also masked ("Nguyễn V. A***"). Over-matching a place name is acceptable: a
 * log loses a word, a citizen's name never reaches a file.
 */
const NAME = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${surnameAlternatives}|${surnameAlternatives.toUpperCase()})(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}]*\\.?\\**){1,5}(?![\\p{L}\\p{M}])`,
  'gu',
);
/** Vietnamese phone numbers: 0 or +84 / 84, then 9 or 10 digits, spaces, dots or dashes allowed. */
const PHONE = /(?<![\d+])(?:\+?84|0)(?:[ .-]?\d){8,10}(?!\d)/g;
/** CCCD (12 digits), old CMND (9 digits), passport-like numbers are covered by the letter+digits rule. */
const ID_NUMBER = /(?<!\d)(?:\d{12}|\d{9})(?!\d)/g;
const PASSPORT = /(?<![\p{L}\d])[A-Z]\d{7,8}(?![\p{L}\d])/gu;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/gu;

/** Personal data found inside a string, replaced. */
export function scrubText(text: string): string {
  return text
    .normalize('NFC')
    .replace(EMAIL, REDACTED)
    .replace(PHONE, REDACTED)
    .replace(ID_NUMBER, REDACTED)
    .replace(PASSPORT, REDACTED)
    .replace(NAME, REDACTED);
}

const MAX_DEPTH = 6;
const MAX_STRING = 2000;

/** A copy of `value` safe to write: sensitive keys blanked, strings scrubbed, errors reduced. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value);
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  if (depth >= MAX_DEPTH) return '[deep]';
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Error) {
    const code = (value as NodeJS.ErrnoException).code;
    const stack = value.stack?.split('\n').slice(1, 8).join('\n');
    return { type: value.name, message: scrubText(value.message), ...(code ? { code } : {}), ...(stack ? { stack: scrubText(stack) } : {}) };
  }
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  if (Array.isArray(value)) return value.slice(0, 100).map((item) => scrubValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = isSensitiveKey(key) ? REDACTED : scrubValue(inner, depth + 1);
  return out;
}
