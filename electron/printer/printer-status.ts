/**
 * Real-time status (DLE EOT n). Every answer byte has bit 1 and bit 4 set and bits 0 and 7
 * clear, which tells a status byte from anything else on the line.
 */
export const STATUS_OFFLINE = Uint8Array.of(0x10, 0x04, 0x02);
export const STATUS_PAPER = Uint8Array.of(0x10, 0x04, 0x04);

export type PaperState = 'ok' | 'paper-out' | 'cover-open' | 'unknown';

export const isStatusByte = (byte: number): boolean => (byte & 0x93) === 0x12;

/** Offline cause (n = 2): bit 2 cover open, bit 5 printing stopped by paper end. */
export function readOfflineStatus(byte: number): PaperState {
  if (!isStatusByte(byte)) return 'unknown';
  if (byte & 0x04) return 'cover-open';
  if (byte & 0x20) return 'paper-out';
  return 'ok';
}

/** Roll paper sensor (n = 4): bits 5 and 6 paper end. Near-end (bits 2, 3) still prints. */
export function readPaperSensor(byte: number): PaperState {
  if (!isStatusByte(byte)) return 'unknown';
  return byte & 0x60 ? 'paper-out' : 'ok';
}
