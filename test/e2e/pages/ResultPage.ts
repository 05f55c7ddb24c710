import type { Locator, Page } from '@playwright/test';

export class ResultPage {
  readonly root: Locator;
  readonly procedure: Locator;
  readonly code: Locator;
  readonly applicant: Locator;
  readonly receivedAt: Locator;
  readonly dueAt: Locator;
  readonly statusName: Locator;
  readonly statusSentence: Locator;
  readonly timingBadge: Locator;
  readonly timelineEntries: Locator;
  readonly nextStep: Locator;
  readonly missingDocuments: Locator;
  readonly payAmount: Locator;
  readonly collectCounter: Locator;
  readonly doneButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('screen-result');
    this.procedure = page.getByTestId('result-procedure');
    this.code = page.getByTestId('result-code');
    this.applicant = page.getByTestId('result-applicant');
    this.receivedAt = page.getByTestId('result-received');
    this.dueAt = page.getByTestId('result-due');
    this.statusName = page.getByTestId('status-name');
    this.statusSentence = page.getByTestId('status-sentence');
    this.timingBadge = page.getByTestId('timing-badge');
    this.timelineEntries = page.getByTestId('timeline-entry');
    this.nextStep = page.getByTestId('next-step');
    this.missingDocuments = page.getByTestId('missing-document');
    this.payAmount = page.getByTestId('pay-amount');
    this.collectCounter = page.getByTestId('collect-counter');
    this.doneButton = this.root.getByTestId('nav-home');
  }

  async done(): Promise<void> {
    await this.doneButton.click();
  }
}
