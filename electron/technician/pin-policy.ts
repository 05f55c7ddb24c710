import { PIN_MAX_LENGTH, PIN_MIN_LENGTH } from '../../shared/contract/index.ts';
import type { WeakPinReason } from '../../shared/contract/index.ts';

/**
 * Why a new PIN is refused, or null when it is acceptable: 6 to 12 digits, not one digit
 * repeated and not a run such as 123456 or 987654 (the first PINs anyone tries).
 */
export function weakPinReason(pin: string): WeakPinReason | null {
  if (!/^\d+$/.test(pin) || pin.length < PIN_MIN_LENGTH || pin.length > PIN_MAX_LENGTH) return 'length';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10));
  if (steps.size === 1 && [0, 1, 9].includes([...steps][0]!)) return 'trivial';
  return null;
}
