import type { HostServices } from '../host-services.ts';
import type { HandlersFor } from './handler-types.ts';

/**
 * The seam for the receipt printer: the driver (ESC/POS raster of the answer) comes with a
 * later issue. Until then the host says so instead of pretending to print.
 */
export function printHandlers({ settings }: HostServices): HandlersFor<'printAnswer'> {
  return {
    printAnswer: () => ({ outcome: settings.get('receiptPrinter') === null ? 'no-printer' : 'not-available' }),
  };
}
