import { useCallback, useEffect, useState } from 'react';
import type { SyncLog } from '../../shared/contract/index.ts';
import { formatDateTime } from '../../shared/i18n/index.ts';
import { translate } from '../../shared/i18n/technician-format.ts';
import type { KioskClient, KioskEventPayload } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { TechnicianApi } from './use-technician-api.ts';

type Progress = KioskEventPayload<'technicianSync'>;

/** "Sync now" with its progress, where the data comes from, and the sync log. */
export function SyncTab({ client, api }: { client: KioskClient; api: TechnicianApi }) {
  const { t, lang } = useI18n();
  const [log, setLog] = useState<SyncLog | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(() => {
    api.guard(client.technicianSyncLog({ session: api.session })).then(setLog, () => undefined);
  }, [client, api]);
  useEffect(reload, [reload]);
  useEffect(
    () =>
      client.on('technicianSync', (event) => {
        setProgress(event);
        if (event.phase !== 'running') reload();
      }),
    [client, reload],
  );

  const start = async () => {
    setNotice(null);
    const result = await api.guard(client.technicianSyncNow({ session: api.session })).catch(() => null);
    if (result && !result.started && result.reason === 'not-configured') setNotice(t('tech.sync.notConfigured'));
    if (result && !result.started && result.reason === 'token-unreadable') setNotice(t('tech.sync.tokenUnreadable'));
  };

  // The kiosk's own disk or database failed: the technician gets the problem's name and its fix.
  const storageFix = (kind: string | null | undefined) => {
    const fix = translate(lang, `tech.syncFix.${kind ?? ''}`);
    return fix.startsWith('tech.') ? null : fix;
  };
  const progressText = (() => {
    if (!progress) return null;
    if (progress.phase === 'running') return t('tech.sync.running', { pages: progress.pages, records: progress.records });
    if (progress.phase === 'done') return t('tech.sync.done', { records: progress.records });
    const reason = translate(lang, `tech.syncError.${progress.kind ?? 'other'}`);
    const failed = t('tech.sync.failed', { reason: reason.startsWith('tech.') ? translate(lang, 'tech.syncError.other') : reason });
    return storageFix(progress.kind) ? `${failed} ${storageFix(progress.kind)}` : failed;
  })();
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : t('tech.sync.never'));

  return (
    <div className="tech-sections" data-testid="tech-sync">
      <section className="tech-section" aria-labelledby="tech-sync-now">
        <h3 className="tech-section__title" id="tech-sync-now">
          {t('tech.tabs.sync')}
        </h3>
        <div className="tech-row">
          <button type="button" className="btn btn--primary btn--large" data-testid="tech-sync-now" disabled={progress?.phase === 'running'} onClick={() => void start()}>
            {t('tech.sync.now')}
          </button>
        </div>
        <p className={`tech-feedback tech-feedback--${progress?.phase === 'failed' || notice ? 'error' : progress?.phase === 'done' ? 'ok' : 'none'}`} role="status" data-testid="tech-sync-progress">
          {notice ?? progressText}
        </p>
        {progress?.phase === 'running' && <progress className="tech-progress" aria-label={progressText ?? ''} />}
        {log && (
          <dl className="tech-facts" data-testid="tech-sync-facts">
            <dt>{t('tech.sync.source')}</dt>
            <dd>{translate(lang, `tech.source.${log.source}`)}</dd>
            <dt>{t('tech.sync.lastSuccess')}</dt>
            <dd>{when(log.lastSuccessAt)}</dd>
            <dt>{t('tech.sync.lastAttempt')}</dt>
            <dd>{when(log.lastAttemptAt)}</dd>
            <dt>{t('tech.sync.lastError')}</dt>
            {storageFix(log.lastErrorKind) ? (
              <dd data-testid="tech-sync-storage-failure">
                {translate(lang, `tech.syncError.${log.lastErrorKind}`)}: {storageFix(log.lastErrorKind)}
              </dd>
            ) : (
              <dd className={log.lastError ? 'tech-mono' : undefined}>{log.lastError ?? t('tech.sync.none')}</dd>
            )}
            <dt>{t('tech.sync.dossiers')}</dt>
            <dd>{log.dossiers.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}</dd>
            <dt>{t('tech.sync.quarantined')}</dt>
            <dd>{log.quarantined}</dd>
          </dl>
        )}
        {log?.lookupOnly && (
          <p className="tech-note" data-testid="tech-sync-lookup-only">
            {t('tech.sync.lookupOnly')}
          </p>
        )}
      </section>
      <section className="tech-section" aria-labelledby="tech-sync-log">
        <h3 className="tech-section__title" id="tech-sync-log">
          {t('tech.sync.log')}
        </h3>
        {log && log.entries.length === 0 && <p className="tech-note">{t('tech.sync.logEmpty')}</p>}
        <ol className="tech-log" data-testid="tech-sync-log" tabIndex={0} aria-labelledby="tech-sync-log">
          {log?.entries.map((entry, i) => (
            <li key={i} className={`tech-log__entry tech-log__entry--${entry.level}`}>
              <span className="tech-log__time">{formatDateTime(entry.time)}</span>
              <span className="tech-log__msg">{entry.msg}</span>
              <span className="tech-log__detail">{entry.detail}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
