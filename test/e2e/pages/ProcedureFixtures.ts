import { expect } from '@playwright/test';
import { test as base } from '../fixtures.ts';
import type { KioskShell } from './KioskShell.ts';
import { ProcedureDetailPage } from './ProcedureDetailPage.ts';
import { ProcedureEntry } from './ProcedureEntry.ts';
import { ProcedureFieldsPage } from './ProcedureFieldsPage.ts';
import { ProcedureListPage } from './ProcedureListPage.ts';
import { ProcedureSearchPage } from './ProcedureSearchPage.ts';

export type CatalogueScreenName = 'fields' | 'procedures' | 'procedure' | 'search';

/** The kiosk's fixtures plus one page object per catalogue screen. */
export const test = base.extend<{
  entry: ProcedureEntry;
  fields: ProcedureFieldsPage;
  list: ProcedureListPage;
  detail: ProcedureDetailPage;
  search: ProcedureSearchPage;
}>({
  entry: async ({ shell }, use) => use(new ProcedureEntry(shell.page)),
  fields: async ({ shell }, use) => use(new ProcedureFieldsPage(shell.page)),
  list: async ({ shell }, use) => use(new ProcedureListPage(shell.page)),
  detail: async ({ shell }, use) => use(new ProcedureDetailPage(shell.page)),
  search: async ({ shell }, use) => use(new ProcedureSearchPage(shell.page)),
});

export { expect };

/** Like `shell.expectScreen`, for the catalogue's screens. */
export async function expectCatalogueScreen(shell: KioskShell, name: CatalogueScreenName, options: { timeout?: number } = {}): Promise<void> {
  await expect(shell.app).toHaveAttribute('data-screen', name, options);
}

/** From the demo catalogue (assets/demo/procedures.json). */
export const DEMO_PROCEDURES = {
  birth: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', field: 'Hộ tịch' },
  /** The field with more procedures than one page holds (11). */
  civilStatusCount: 11,
  /** The longest name of the demo catalogue (341 characters). */
  longName: { code: '1.013833', field: 'Đất đai' },
} as const;
