/**
 * Breaks a record the way a buggy server would, keeping its code so the kiosk can name the
 * record it quarantines: an impossible status, a wrong type, a missing required field, an
 * impossible date, a timeline that is not a list.
 */
const KIOSK_DAMAGE: ((r: Record<string, unknown>) => void)[] = [
  (r) => (r.status = 42),
  (r) => (r.version = String(r.version)),
  (r) => delete r.procedureName,
  (r) => (r.receivedAt = '31/02/2024 08:00'),
  (r) => (r.timeline = 'none'),
];

const NATIONAL_DAMAGE: ((r: Record<string, unknown>) => void)[] = [
  (r) => (r.TrangThaiHoSo = '42'),
  (r) => (r.HinhThuc = '7'),
  (r) => delete r.NgayTiepNhan,
  (r) => (r.NgayTiepNhan = '20240231080000'),
  (r) => (r.QuaTrinhXuLy = 'none'),
];

export function corruptRecord(record: Record<string, unknown>, format: 'kiosk' | 'national', variant: number): Record<string, unknown> {
  const damage = format === 'kiosk' ? KIOSK_DAMAGE : NATIONAL_DAMAGE;
  const broken = { ...record };
  (damage[variant % damage.length] as (r: Record<string, unknown>) => void)(broken);
  return broken;
}
