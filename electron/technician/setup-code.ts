import { randomInt } from 'node:crypto';

/** Digits, so the technician types it on the PIN pad. 10^10 codes against five tries per lockout. */
export const SETUP_CODE_DIGITS = 10;

export function newSetupCode(): string {
  let code = '';
  for (let i = 0; i < SETUP_CODE_DIGITS; i += 1) code += String(randomInt(10));
  return code;
}

/** As a shell prints it: two groups of five, easier to read out and type. */
export function formatSetupCode(code: string): string {
  return `${code.slice(0, 5)} ${code.slice(5)}`;
}
