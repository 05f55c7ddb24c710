import { useEffect, useState } from 'react';
import type { ExportFolder, ExportResult } from '../../shared/contract/index.ts';
import { formatBytes } from '../../shared/i18n/technician-format.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { TextEditor } from './TextEditor.tsx';
import type { TechnicianApi } from './use-technician-api.ts';

/** Export of the diagnostics bundle to a folder the host offers (USB first) or one typed in. */
export function ExportSection({ client, api }: { client: KioskClient; api: TechnicianApi }) {
  const { t, lang } = useI18n();
  const [folders, setFolders] = useState<ExportFolder[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [typing, setTyping] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);

  const load = () =>
    api.guard(client.technicianListExportFolders({ session: api.session })).then(
      ({ folders: found }) => {
        setFolders(found);
        setChosen((c) => c ?? found[0]?.path ?? null);
      },
      () => setFolders([]),
    );
  // Once per opening of the tab; "Refresh" asks again after a USB stick is plugged in.
  useEffect(() => {
    void load();
  }, []);

  const exportTo = async (folder: string) => {
    setBusy(true);
    try {
      setResult(await api.guard(client.technicianExportDiagnostics({ session: api.session, folder })));
    } catch {
      setResult({ result: 'refused', reason: 'failed' });
    } finally {
      setBusy(false);
    }
  };

  const removable = folders?.some((f) => f.kind === 'removable') ?? false;
  return (
    <section className="tech-section" aria-labelledby="tech-export">
      <h3 className="tech-section__title" id="tech-export">
        {t('tech.diag.title')}
      </h3>
      <p>{t('tech.diag.help')}</p>
      <p className="tech-section__lead">{t('tech.diag.chooseFolder')}</p>
      {folders && !removable && <p className="tech-note">{t('tech.diag.noRemovable')}</p>}
      <div className="tech-folders" role="radiogroup" aria-label={t('tech.diag.chooseFolder')}>
        {folders?.map((folder) => (
          <button
            key={folder.path}
            type="button"
            role="radio"
            aria-checked={chosen === folder.path}
            className="tech-folder"
            data-testid="tech-folder"
            onClick={() => setChosen(folder.path)}
          >
            <strong>{folder.kind === 'removable' ? t('tech.diag.removable') : t('tech.diag.dataFolder')}</strong>
            <span className="tech-mono">{folder.path}</span>
            {folder.freeBytes !== null && <span>{t('tech.diag.free', { size: formatBytes(lang, folder.freeBytes) })}</span>}
          </button>
        ))}
      </div>
      <div className="tech-row">
        <button type="button" className="btn" data-testid="tech-refresh-folders" onClick={() => void load()}>
          {t('tech.refresh')}
        </button>
        <button type="button" className="btn" data-testid="tech-other-folder" onClick={() => setTyping(true)}>
          {t('tech.diag.otherPath')}
        </button>
        <button type="button" className="btn btn--primary btn--large" data-testid="tech-export" disabled={!chosen || busy} onClick={() => chosen && void exportTo(chosen)}>
          {busy ? t('tech.working') : t('tech.diag.export')}
        </button>
      </div>
      {typing && (
        <TextEditor
          id="folder"
          label={t('tech.diag.otherPath')}
          initial={chosen ?? ''}
          onCancel={() => setTyping(false)}
          onSave={(path) => {
            setTyping(false);
            setChosen(path);
            void exportTo(path);
          }}
        />
      )}
      {result && (
        <p className={`tech-feedback tech-feedback--${result.result === 'exported' ? 'ok' : 'error'}`} role="status" data-testid="tech-export-result">
          {result.result === 'exported' ? t('tech.diag.exported', { count: result.files.length, path: result.path }) : t(`tech.diag.refused.${result.reason}`)}
        </p>
      )}
    </section>
  );
}
