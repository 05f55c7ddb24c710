import type { Locator, Page } from '@playwright/test';

export type ErrorKind = 'unreadable' | 'not-found' | 'other-agency' | 'out-of-service';

/** The error screens share one layout; `of(kind)` scopes to one of them. */
export class ErrorPage {
  constructor(readonly page: Page) {}

  of(kind: ErrorKind) {
    const root = this.page.getByTestId(`screen-${kind}`);
    return {
      root,
      title: root.getByTestId('error-title'),
      body: root.getByTestId('error-body'),
      code: root.getByTestId('error-code'),
      agency: root.getByTestId('error-agency'),
      reason: root.getByTestId('error-reason'),
      dataAsOf: root.getByTestId('error-data-as-of'),
      failureCode: root.getByTestId('failure-code'),
      homeButton: root.getByTestId('nav-home'),
      typeCodeButton: root.getByTestId('nav-type-code'),
      retryButton: root.getByTestId('retry'),
    } satisfies Record<string, Locator>;
  }
}
