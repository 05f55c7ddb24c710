import type { Page } from '@playwright/test';

export interface HostAnswer<R = unknown> {
  status: number;
  body: { ok: boolean; result?: R; error?: { code: string; message: string } };
}

/** A KioskApi call made by the page itself, with its cookie, as the UI makes it. */
export function callHost<R = unknown>(page: Page, method: string, input: object = {}): Promise<HostAnswer<R>> {
  return page.evaluate(
    async ([m, i]) => {
      const response = await fetch(`/api/call/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(i) });
      return { status: response.status, body: await response.json() };
    },
    [method, input] as const,
  ) as Promise<HostAnswer<R>>;
}
