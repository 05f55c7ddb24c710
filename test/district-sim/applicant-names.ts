import { cumulativeWeights } from './random.ts';
import type { Random } from './random.ts';

/** Family names with their approximate shares of the population. */
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Lương', 'Trịnh', 'Mai'];
const FAMILY_WEIGHTS = cumulativeWeights([38, 11, 9.5, 7, 3, 2, 4.5, 2, 2, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5, 0.7, 0.6, 0.6, 0.5]);
const FAMILY_INDICES = FAMILY.map((_, i) => i);

const MIDDLE = [
  ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thanh', 'Xuân', 'Ngọc', 'Đình', 'Tiến', 'Gia'],
  ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Kim', 'Phương', 'Hồng', 'Bảo', 'Diệu'],
] as const;
const GIVEN = [
  ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Long', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Việt', 'Vinh'],
  ['Anh', 'Châu', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Loan', 'Mai', 'My', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Trang', 'Tuyết', 'Uyên', 'Vy', 'Yến'],
] as const;
/** A second middle name some parents give (Nguyễn Thị Mai Anh, Lê Hoàng Bảo Ngọc); 0 is none. */
const SECOND_MIDDLE = ['', 'Mai', 'Bảo', 'Gia', 'Hoàng', 'Khánh', 'Ngọc', 'Thiên', 'Tuệ'];

const MIDDLES = 12;
const GIVENS = 26;
/** How many different names `drawApplicantName` can give (numbered 0 to this minus one). */
export const APPLICANT_NAME_COUNT = 2 * FAMILY.length * MIDDLES * SECOND_MIDDLE.length * GIVENS;
const names: (string | undefined)[] = new Array<string | undefined>(APPLICANT_NAME_COUNT).fill(undefined);

/**
 * Draws a fictional Vietnamese full name from common family, middle and given names, as a
 * number: there are about a hundred thousand combinations, each spelt once.
 */
export function drawApplicantName(random: Random): number {
  const female = random.chance(0.5) ? 1 : 0;
  const family = random.pickWeighted(FAMILY_INDICES, FAMILY_WEIGHTS);
  const middle = random.int(0, MIDDLES - 1);
  const second = random.chance(0.15) ? random.int(1, SECOND_MIDDLE.length - 1) : 0;
  const given = random.int(0, GIVENS - 1);
  return (((female * FAMILY.length + family) * MIDDLES + middle) * SECOND_MIDDLE.length + second) * GIVENS + given;
}

export function applicantName(name: number): string {
  let spelt = names[name];
  if (spelt === undefined) {
    const given = name % GIVENS;
    const second = Math.floor(name / GIVENS) % SECOND_MIDDLE.length;
    const middle = Math.floor(name / (GIVENS * SECOND_MIDDLE.length)) % MIDDLES;
    const family = Math.floor(name / (GIVENS * SECOND_MIDDLE.length * MIDDLES)) % FAMILY.length;
    const female = Math.floor(name / (GIVENS * SECOND_MIDDLE.length * MIDDLES * FAMILY.length));
    const middleName = MIDDLE[female as 0 | 1][middle] as string;
    const secondName = SECOND_MIDDLE[second] as string;
    const parts = [FAMILY[family], middleName, secondName === middleName ? '' : secondName, GIVEN[female as 0 | 1][given]];
    spelt = names[name] = parts.filter(Boolean).join(' ');
  }
  return spelt;
}
