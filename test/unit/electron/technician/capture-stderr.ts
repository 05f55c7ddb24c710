import fs from 'node:fs';
import { vi } from 'vitest';

/** Lines the logger writes to stderr (pino writes fd 2 synchronously), kept out of the test output. */
export function captureStderr() {
  const chunks: string[] = [];
  const original = fs.writeSync;
  const spy = vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: unknown, ...rest: unknown[]) => {
    if (fd === 2) {
      chunks.push(String(data));
      return String(data).length;
    }
    return (original as (...args: unknown[]) => number)(fd, data, ...rest);
  }) as typeof fs.writeSync);
  return { text: () => chunks.join(''), restore: () => spy.mockRestore() };
}
