import { useEffect, useMemo, useState } from 'react';
import type { KioskStatistics, Language, OnTimeCount, OnTimeGroup } from '../../shared/contract/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useDisplayModes } from '../accessibility/DisplayModesContext.tsx';
import { ClockIcon, HomeIcon, HourglassIcon, RefreshIcon, WarningIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { OnTimeChart } from './OnTimeChart.tsx';
import type { OnTimeBar } from './OnTimeChart.tsx';
import { barDescription, formatRate, monthAxisLabel, monthNumeric } from './statistics-format.ts';
import { wrapLabel } from './wrap-label.ts';
import { ChartIcon } from './statistics-icons.tsx';
import './StatisticsScreen.css';

type Period = 'thisMonth' | 'last12Months';
type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; stats: KioskStatistics };

/** Fields and agencies shown in a chart: the busiest, so the chart stays readable. */
const MAX_GROUPS = 10;
/** Characters per line of a field or agency name beside its bar. */
const LABEL_WIDTH = 30;

interface StatisticsScreenProps {
  client: KioskClient;
  onHome: () => void;
}

/** Tỷ lệ giải quyết đúng hạn: the centre's on-time rate, this month and over twelve months. */
export function StatisticsScreen({ client, onHome }: StatisticsScreenProps) {
  const { lang, t } = useI18n();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [period, setPeriod] = useState<Period>('last12Months');

  useEffect(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    client.getStatistics({}).then(
      (stats) => current && setLoad({ kind: 'ready', stats }),
      () => current && setLoad({ kind: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [client, attempt]);

  return (
    <section className="stats" data-testid="screen-statistics" aria-labelledby="stats-title" aria-busy={load.kind === 'loading'}>
      <header className="stats__head">
        <h2 id="stats-title" className="stats__title">
          <ChartIcon className="stats__title-icon" />
          {t('stats.title')}
        </h2>
        <p className="stats__definition">{t('stats.definition')}</p>
      </header>

      {load.kind === 'loading' && (
        <p className="stats__message" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('stats.loading')}
        </p>
      )}
      {load.kind === 'failed' && (
        <div className="stats__message" role="alert">
          <p>{t('stats.failed')}</p>
          <button type="button" className="btn" data-testid="stats-retry" onClick={() => setAttempt((n) => n + 1)}>
            <RefreshIcon className="btn__icon" />
            {t('stats.retry')}
          </button>
        </div>
      )}
      {load.kind === 'ready' && <StatisticsBody stats={load.stats} period={period} onPeriod={setPeriod} lang={lang} />}

      <footer className="stats__actions">
        <button type="button" className="btn btn--primary btn--large" data-testid="nav-home" onClick={onHome}>
          <HomeIcon className="btn__icon" />
          {t('nav.home')}
        </button>
      </footer>
    </section>
  );
}

function StatisticsBody({ stats, period, onPeriod, lang }: { stats: KioskStatistics; period: Period; onPeriod: (p: Period) => void; lang: Language }) {
  const { t } = useI18n();
  const { display } = useDisplayModes();
  const lookKey = `${lang}:${display.largeText}:${display.highContrast}`;
  const count: OnTimeCount = period === 'thisMonth' ? stats.thisMonthOnTime : stats.last12MonthsOnTime;
  const periodName = period === 'thisMonth' ? t('stats.thisMonth', { month: monthNumeric(stats.thisMonth) }) : t('stats.last12Months');

  const monthBars = useMemo<OnTimeBar[]>(
    () =>
      stats.months.map((m, i) => ({
        label: monthAxisLabel(lang, m.month, i === 0 || m.month.endsWith('-01')),
        rate: m.rate,
        valueText: m.rate === null ? '' : formatRate(lang, m.rate),
      })),
    [stats, lang],
  );
  const monthDescription = useMemo(
    () => `${t('stats.byMonth')}. ${stats.months.map((m) => barDescription(lang, monthNumeric(m.month), m)).join('; ')}`,
    [stats, lang, t],
  );

  return (
    <>
      <div className="stats__period" role="group" aria-label={t('stats.periodLabel')}>
        {(['thisMonth', 'last12Months'] as const).map((p) => (
          <button key={p} type="button" className="stats__period-option" aria-pressed={period === p} data-testid={`stats-period-${p}`} onClick={() => onPeriod(p)}>
            {p === 'thisMonth' ? t('stats.thisMonth', { month: monthNumeric(stats.thisMonth) }) : t('stats.last12Months')}
          </button>
        ))}
      </div>

      <div className="stats__figures">
        <div className="stats__figure stats__figure--rate" data-testid="stats-on-time">
          <p className="stats__figure-label">
            {t('stats.onTimeRate')} · {periodName}
          </p>
          <p className="stats__figure-value" data-testid="stats-rate">
            {formatRate(lang, count.rate)}
          </p>
          <p className="stats__figure-detail" data-testid="stats-on-time-of">
            {count.finished === 0 ? t('stats.noneFinished') : t('stats.onTimeOf', { onTime: count.onTime, finished: count.finished })}
          </p>
        </div>
        <div className="stats__figure" data-testid="stats-processing">
          <p className="stats__figure-label">
            <HourglassIcon className="stats__figure-icon" />
            {t('stats.processing')}
          </p>
          <p className="stats__figure-value">{stats.processing}</p>
          <p className="stats__figure-detail">{t('stats.processingDetail')}</p>
        </div>
        <div className="stats__figure stats__figure--overdue" data-testid="stats-overdue">
          <p className="stats__figure-label">
            <WarningIcon className="stats__figure-icon" />
            {t('stats.overdue')}
          </p>
          <p className="stats__figure-value">{stats.overdue}</p>
          <p className="stats__figure-detail">{t('stats.overdueDetail')}</p>
        </div>
      </div>

      <div className="stats__charts">
        <figure className="card stats__chart stats__chart--months">
          <figcaption className="card__title">{t('stats.byMonth')}</figcaption>
          <OnTimeChart bars={monthBars} layout="columns" description={monthDescription} testId="chart-months" lookKey={lookKey} />
        </figure>
        <GroupChart title={t('stats.byField')} groups={stats.byField} period={period} testId="chart-fields" lookKey={lookKey} />
        <GroupChart title={t('stats.byAgency')} groups={stats.byAgency} period={period} testId="chart-agencies" lookKey={lookKey} />
      </div>

      <p className="stats__source" data-testid="stats-source">
        <ClockIcon className="stats__source-icon" />
        {t('stats.source')}
      </p>
    </>
  );
}

function GroupChart({ title, groups, period, testId, lookKey }: { title: string; groups: OnTimeGroup[]; period: Period; testId: string; lookKey: string }) {
  const { lang, t } = useI18n();
  const shown = useMemo(() => groups.filter((g) => g[period].finished > 0).slice(0, MAX_GROUPS), [groups, period]);
  const bars = useMemo<OnTimeBar[]>(
    () =>
      shown.map((g) => ({
        label: wrapLabel(g.name ?? t('stats.noField'), LABEL_WIDTH),
        rate: g[period].rate,
        valueText: `${formatRate(lang, g[period].rate)} (${g[period].onTime}/${g[period].finished})`,
      })),
    [shown, period, lang, t],
  );
  const description = useMemo(
    () => `${title}. ${shown.map((g) => barDescription(lang, g.name ?? t('stats.noField'), g[period])).join('; ')}`,
    [title, shown, period, lang, t],
  );
  return (
    <figure className="card stats__chart">
      <figcaption className="card__title">{title}</figcaption>
      {shown.length === 0 ? (
        <p className="stats__empty">{t('stats.empty')}</p>
      ) : (
        <OnTimeChart bars={bars} layout="rows" description={description} testId={testId} lookKey={`${lookKey}:${period}`} />
      )}
    </figure>
  );
}
