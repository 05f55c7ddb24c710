import type { PrintOutcome } from './print-slip.ts';

/** A print's outcome in a technician's words (CLI, doctor, heartbeat, technician page). */
export function describeForTechnician(outcome: PrintOutcome): string {
  switch (outcome.outcome) {
    case 'printed':
      return `Printed (${outcome.bytes} bytes sent).`;
    case 'paper-out':
      return 'The printer is out of paper (hết giấy): load a new roll, then print again.';
    case 'cover-open':
      return 'The printer cover is open (nắp máy in đang mở): close it, then print again.';
    case 'busy':
      return 'The printer is busy with another slip: try again when it is done.';
    case 'unreachable':
      return `The printer cannot be reached: ${outcome.message}. Check its cable or network address and that it is switched on.`;
    case 'failed-part-way':
      return `The printer went away after ${outcome.bytesSent} bytes (${outcome.message}); part of the slip may be on paper. It was not sent again.`;
  }
}
