import { useEffect, useState } from 'react';
import type { ConnectionReport, TechnicianSettings } from '../../shared/contract/index.ts';
import { formatDate } from '../../shared/i18n/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { ConnectionReportView } from './ConnectionReportView.tsx';
import { CONNECTION_KEYS, describeSetting } from './setting-descriptors.ts';
import { SettingRow } from './SettingRow.tsx';
import { TextEditor } from './TextEditor.tsx';
import type { TechnicianApi } from './use-technician-api.ts';

/** The district server: address, token, pinned CA, kiosk id, sync interval, and "Test connection". */
export function ConnectionTab({ client, api }: { client: KioskClient; api: TechnicianApi }) {
  const { t } = useI18n();
  const [settings, setSettings] = useState<TechnicianSettings | null>(null);
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const [testing, setTesting] = useState(false);
  const [editingToken, setEditingToken] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const reload = () => api.guard(client.technicianGetSettings({ session: api.session })).then(setSettings, () => undefined);
  useEffect(() => {
    api.guard(client.technicianGetSettings({ session: api.session })).then(setSettings, () => undefined);
  }, [client, api]);

  const test = async () => {
    setTesting(true);
    setReport(null);
    try {
      setReport(await api.guard(client.technicianTestConnection({ session: api.session })));
    } catch (error) {
      setMessage({ tone: 'error', text: t('tech.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setTesting(false);
    }
  };

  const saveToken = async (token: string | null) => {
    if (token !== null && token.trim().length < 8) {
      setMessage({ tone: 'error', text: t('tech.token.tooShort') });
      return;
    }
    try {
      await api.guard(client.technicianSetToken({ session: api.session, token: token === null ? null : token.trim() }));
      setMessage({ tone: 'ok', text: token === null ? t('tech.token.removed') : t('tech.token.saved') });
      setEditingToken(false);
      void reload();
    } catch (error) {
      setMessage({ tone: 'error', text: t('tech.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };

  if (!settings) return <p className="tech-note">{t('tech.working')}</p>;
  const token = settings.token;
  return (
    <div className="tech-sections" data-testid="tech-connection">
      <section className="tech-section" aria-labelledby="tech-conn-test">
        <h3 className="tech-section__title" id="tech-conn-test">
          {t('tech.settings.group.server')}
        </h3>
        <div className="tech-row">
          <button type="button" className="btn btn--primary btn--large" data-testid="tech-test-connection" disabled={testing} onClick={() => void test()}>
            {testing ? t('tech.conn.testing') : t('tech.conn.test')}
          </button>
        </div>
        {report && <ConnectionReportView report={report} />}
      </section>

      <section className="tech-section" aria-label={t('tech.settings.group.server')}>
        {CONNECTION_KEYS.map((key) => (
          <SettingRow
            key={key}
            settingKey={key}
            kind={describeSetting(key)}
            value={settings.values[key]}
            defaultValue={settings.defaults[key]}
            onSave={async (value) => {
              const result = await api.guard(client.technicianSetSetting({ session: api.session, key, value }));
              if (result.result === 'saved') {
                setSettings((s) => (s ? { ...s, values: { ...s.values, [key]: result.value } } : s));
                setReport(null);
                // Another server host: the host removed the old server's token (it never follows to a new server).
                if (result.tokenCleared) {
                  setMessage({ tone: 'error', text: t('tech.token.clearedForNewServer') });
                  void reload();
                }
              }
              return result;
            }}
          />
        ))}

        <div className="tech-setting" data-testid="tech-setting-token">
          <div className="tech-setting__head">
            <span className="tech-setting__label">{t('tech.token.label')}</span>
          </div>
          <div className="tech-text">
            <span className="tech-text__value" data-testid="tech-token-state">
              {token.set ? t('tech.token.set') : t('tech.token.notSet')}
            </span>
            <button type="button" className="btn" data-testid="tech-edit-token" onClick={() => setEditingToken(true)}>
              {t('tech.token.change')}
            </button>
            {token.set && (
              <button type="button" className="btn" data-testid="tech-remove-token" onClick={() => void saveToken(null)}>
                {t('tech.token.remove')}
              </button>
            )}
          </div>
          {token.unreadable ? (
            <p className="tech-setting__note" role="alert" data-testid="tech-token-unreadable">
              {t('tech.token.unreadable')}
            </p>
          ) : (
            token.set && token.sealed !== null && <p className="tech-setting__note">{token.sealed ? t('tech.token.sealed') : t('tech.token.unsealed')}</p>
          )}
          {editingToken && <TextEditor id="token" label={t('tech.token.change')} initial="" secret onCancel={() => setEditingToken(false)} onSave={(text) => void saveToken(text)} />}
          <p className={`tech-feedback tech-feedback--${message?.tone ?? 'none'}`} role="status" data-testid="tech-status-token">
            {message?.text}
          </p>
        </div>

        <div className="tech-setting" data-testid="tech-setting-ca">
          <div className="tech-setting__head">
            <span className="tech-setting__label">{t('tech.setting.districtCaPem')}</span>
          </div>
          {settings.ca ? (
            <>
              <p>{t('tech.ca.summary', { subject: settings.ca.subject, date: formatDate(settings.ca.validTo) })}</p>
              <p className="tech-mono">{t('tech.ca.fingerprint', { fingerprint: settings.ca.fingerprint256 })}</p>
              <button
                type="button"
                className="btn"
                onClick={() => void api.guard(client.technicianSetSetting({ session: api.session, key: 'districtCaPem', value: null })).then(reload, () => undefined)}
              >
                {t('tech.ca.remove')}
              </button>
            </>
          ) : (
            <p>{t('tech.ca.none')}</p>
          )}
          <p className="tech-setting__note">{t('tech.ca.howTo')}</p>
        </div>
      </section>
    </div>
  );
}
