import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type StatisticsPeriod = 'thisMonth' | 'last12Months';
export type StatisticsChart = 'months' | 'fields' | 'agencies';

/** The on-time statistics screen. Charts are canvases: their values are read from their text alternative. */
export class StatisticsPage {
  readonly root: Locator;
  readonly rate: Locator;
  readonly onTimeOf: Locator;
  readonly processing: Locator;
  readonly overdue: Locator;
  readonly source: Locator;
  readonly homeButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('screen-statistics');
    this.rate = page.getByTestId('stats-rate');
    this.onTimeOf = page.getByTestId('stats-on-time-of');
    this.processing = page.getByTestId('stats-processing');
    this.overdue = page.getByTestId('stats-overdue');
    this.source = page.getByTestId('stats-source');
    this.homeButton = this.root.getByTestId('nav-home');
  }

  /** The kiosk shows the statistics screen. */
  async expectOpen(): Promise<void> {
    await expect(this.page.getByTestId('kiosk-app')).toHaveAttribute('data-screen', 'statistics');
    await expect(this.root).toBeVisible();
  }

  static openButton(page: Page): Locator {
    return page.getByTestId('open-statistics');
  }

  period(period: StatisticsPeriod): Locator {
    return this.page.getByTestId(`stats-period-${period}`);
  }

  chart(chart: StatisticsChart): Locator {
    return this.page.getByTestId(`chart-${chart}`);
  }

  /** The chart's canvas once uPlot has drawn it. */
  canvas(chart: StatisticsChart): Locator {
    return this.chart(chart).locator('canvas');
  }

  /** The big figure of the processing or overdue tile. */
  figure(tile: Locator): Locator {
    return tile.locator('.stats__figure-value');
  }
}
