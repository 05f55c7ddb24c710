import { docScreenshot, LOOKS, ORIENTATIONS, useLook } from './citizen-screenshot-tools.ts';
import { expect, test } from './fixtures.ts';

/** One demo dossier per status of the national portal (assets/demo/README.md). */
const STATUS_CODES = [
  [1, 'registered', '000.00.12.H53-261119-0018'],
  [2, 'received', '000.00.12.H53-261120-0009'],
  [3, 'refused', '000.12.12.H53-261118-0011'],
  [4, 'in-progress-overdue', '000.12.12.H53-261028-0007'],
  [5, 'supplement', '000.12.12.H53-261112-0015'],
  [6, 'pay', '000.12.12.H53-261026-0003'],
  [7, 'withdrawn', '000.00.12.H53-261102-0014'],
  [8, 'stopped', '000.12.12.H53-261103-0009'],
  [9, 'finished', '000.12.12.H53-261105-0021'],
  [10, 'returned', '000.21.12.H53-261119-0002'],
] as const;

/**
 * docs/screenshots/status-<n>-<name>-<orientation><look>.png: the first screenful of the answer
 * for every status, in both orientations and the three looks (docs/screens.md shows them).
 */
for (const { name: orientation, viewport } of ORIENTATIONS) {
  for (const look of LOOKS) {
    test.describe(`docs screenshots of every status, ${orientation}, ${look.name}`, () => {
      test.use({ viewport });

      test('the ten statuses', async ({ page, scanner, result }) => {
        // Ten lookups and pictures: minutes on a loaded machine.
        test.setTimeout(480_000);
        await useLook(page, look);
        for (const [status, name, code] of STATUS_CODES) {
          await scanner.scan(code);
          await expect(result.code).toHaveText(code);
          await expect(result.root.locator('[data-status]')).toHaveAttribute('data-status', String(status));
          await docScreenshot(page, `status-${status}-${name}-${orientation}${look.suffix}`);
          await result.done();
          await expect(page.getByTestId('screen-home')).toBeVisible();
        }
      });
    });
  }
}
