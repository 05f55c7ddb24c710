import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { ConnectionTab } from './ConnectionTab.tsx';
import { DiagnosticsTab } from './DiagnosticsTab.tsx';
import { PrinterTab } from './PrinterTab.tsx';
import { ScannerPage } from './scanner/ScannerPage.tsx';
import { SettingsTab } from './SettingsTab.tsx';
import { SyncTab } from './SyncTab.tsx';
import { useTechnicianApi } from './use-technician-api.ts';

const TABS = ['settings', 'connection', 'sync', 'scanner', 'printer', 'diagnostics'] as const;
type Tab = (typeof TABS)[number];

interface TechnicianPanelProps {
  client: KioskClient;
  session: string;
  idleSec: number;
  onLeave: () => void;
  onSessionLost: () => void;
}

/** The technician's panel: settings, connection, sync, scanner, printer, diagnostics. */
export function TechnicianPanel({ client, session, idleSec, onLeave, onSessionLost }: TechnicianPanelProps) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('settings');
  const api = useTechnicianApi(client, session, onSessionLost);

  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    document.getElementById(`tech-tab-${next}`)?.focus();
  };

  return (
    <div className="tech-panel" data-testid="tech-panel" onPointerDown={api.touch}>
      <div className="tech-panel__top">
        <div>
          <h2 className="tech-panel__title">{t('tech.title')}</h2>
          <p className="tech-panel__note">{t('tech.autoClose', { minutes: Math.round(idleSec / 60) })}</p>
        </div>
        <button type="button" className="btn btn--primary btn--large" data-testid="tech-exit" onClick={onLeave}>
          {t('tech.exit')}
        </button>
      </div>
      <div className="tech-tabs" role="tablist" aria-label={t('tech.tabs.label')} onKeyDown={onTabKey}>
        {TABS.map((name) => (
          <button
            key={name}
            id={`tech-tab-${name}`}
            type="button"
            role="tab"
            className="tech-tabs__tab"
            aria-selected={tab === name}
            aria-controls="tech-tabpanel"
            tabIndex={tab === name ? 0 : -1}
            data-testid={`tech-tab-${name}`}
            onClick={() => setTab(name)}
          >
            {t(`tech.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div className="tech-panel__body" id="tech-tabpanel" role="tabpanel" aria-labelledby={`tech-tab-${tab}`}>
        {tab === 'settings' && <SettingsTab client={client} api={api} />}
        {tab === 'connection' && <ConnectionTab client={client} api={api} />}
        {tab === 'sync' && <SyncTab client={client} api={api} />}
        {tab === 'scanner' && <ScannerPage client={client} api={api} />}
        {tab === 'printer' && <PrinterTab client={client} api={api} />}
        {tab === 'diagnostics' && <DiagnosticsTab client={client} api={api} />}
      </div>
    </div>
  );
}
