import { useEffect, useState } from 'react';
import type { TechnicianSettings } from '../../shared/contract/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { describeSetting, settingsByGroup } from './setting-descriptors.ts';
import type { SettingGroup } from './setting-descriptors.ts';
import { SettingRow } from './SettingRow.tsx';
import type { TechnicianApi } from './use-technician-api.ts';

const GROUPS: SettingGroup[] = ['display', 'codes', 'other'];

/** Every setting but the connection's, grouped, each changed on its own and applied at once. */
export function SettingsTab({ client, api }: { client: KioskClient; api: TechnicianApi }) {
  const { t } = useI18n();
  const [settings, setSettings] = useState<TechnicianSettings | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    api.guard(client.technicianGetSettings({ session: api.session })).then(setSettings, (error: unknown) => setFailure(String(error)));
  }, [client, api]);

  if (failure) return <p role="alert">{t('tech.failed', { reason: failure })}</p>;
  if (!settings) return <p className="tech-note">{t('tech.working')}</p>;
  const groups = settingsByGroup(Object.keys(settings.values));

  const save = async (key: string, value: unknown) => {
    const result = await api.guard(client.technicianSetSetting({ session: api.session, key, value }));
    if (result.result === 'saved') setSettings((s) => (s ? { ...s, values: { ...s.values, [key]: result.value } } : s));
    return result;
  };

  return (
    <div className="tech-sections" data-testid="tech-settings">
      {GROUPS.filter((group) => groups[group].length > 0).map((group) => (
        <section key={group} className="tech-section" aria-labelledby={`tech-group-${group}`}>
          <h3 className="tech-section__title" id={`tech-group-${group}`}>
            {t(`tech.settings.group.${group}`)}
          </h3>
          {groups[group].map((key) => (
            <SettingRow
              key={key}
              settingKey={key}
              kind={describeSetting(key)}
              value={settings.values[key]}
              defaultValue={settings.defaults[key]}
              note={key === 'idleTimeoutSec' && settings.idleTimeoutOverrideSec !== null ? t('tech.settings.overridden', { value: settings.idleTimeoutOverrideSec }) : null}
              onSave={(value) => save(key, value)}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
