import { useState } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { SettingKind } from './setting-descriptors.ts';
import { isMachineText, stepValue } from './setting-descriptors.ts';
import { optionLabel, refusalText, settingLabel, showValue } from './setting-text.ts';
import type { SaveSetting } from './setting-text.ts';
import { TextEditor } from './TextEditor.tsx';

interface SettingRowProps {
  settingKey: string;
  kind: SettingKind;
  value: unknown;
  defaultValue: unknown;
  note?: string | null;
  onSave: SaveSetting;
}

type Feedback = { tone: 'ok' | 'error'; text: string } | null;

/** One setting: its value and the way to change it that suits its kind, and what came of it. */
export function SettingRow({ settingKey, kind, value, defaultValue, note = null, onSave }: SettingRowProps) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const label = settingLabel(lang, settingKey);
  const hasValue = value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

  const save = async (next: unknown) => {
    setBusy(true);
    try {
      const result = await onSave(next);
      if (result.result === 'saved') {
        setFeedback({ tone: 'ok', text: t('tech.settings.saved', { setting: label }) });
        setDraft(null);
        setEditing(false);
      } else if (result.result === 'invalid') setFeedback({ tone: 'error', text: refusalText(lang, settingKey, kind, result) });
      else setFeedback({ tone: 'error', text: t('tech.failed', { reason: settingKey }) });
    } catch (error) {
      setFeedback({ tone: 'error', text: t('tech.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  let control: ReactNode;
  if (kind.kind === 'boolean') {
    control = (
      <button type="button" role="switch" aria-checked={value === true} className="tech-switch" data-testid={`tech-toggle-${settingKey}`} disabled={busy} onClick={() => void save(value !== true)}>
        <span className="tech-switch__track" aria-hidden="true">
          <span className="tech-switch__thumb" />
        </span>
        {showValue(lang, kind, value)}
      </button>
    );
  } else if (kind.kind === 'choice') {
    control = (
      <div className="tech-choice" role="group" aria-label={label}>
        {kind.options.map((option) => (
          <button key={option} type="button" className="tech-choice__option" aria-pressed={value === option} data-testid={`tech-option-${settingKey}-${option}`} disabled={busy} onClick={() => value !== option && void save(option)}>
            {optionLabel(lang, option)}
          </button>
        ))}
      </div>
    );
  } else if (kind.kind === 'integer') {
    const current = draft ?? Number(value);
    control = (
      <div className="tech-stepper" data-repeat-taps>
        <button type="button" className="tech-stepper__button" aria-label={`${t('tech.settings.decrease')} ${label}`} data-testid={`tech-dec-${settingKey}`} disabled={busy || current <= kind.min} onClick={() => setDraft(stepValue(settingKey, current, -1, kind))}>
          −
        </button>
        <output className="tech-stepper__value" data-testid={`tech-value-${settingKey}`} aria-live="polite">
          {showValue(lang, kind, current)}
        </output>
        <button type="button" className="tech-stepper__button" aria-label={`${t('tech.settings.increase')} ${label}`} data-testid={`tech-inc-${settingKey}`} disabled={busy || current >= kind.max} onClick={() => setDraft(stepValue(settingKey, current, 1, kind))}>
          +
        </button>
        {draft !== null && draft !== value && (
          <button type="button" className="btn btn--primary" data-testid={`tech-apply-${settingKey}`} disabled={busy} onClick={() => void save(draft)}>
            {t('tech.save')}
          </button>
        )}
      </div>
    );
  } else {
    const text = kind.kind === 'list' ? (Array.isArray(value) ? value.join(', ') : '') : typeof value === 'string' ? value : '';
    control = (
      <div className="tech-text">
        <span className={`tech-text__value ${isMachineText(settingKey) && hasValue ? 'tech-mono' : ''}`} data-testid={`tech-value-${settingKey}`}>
          {showValue(lang, kind, value)}
        </span>
        <button type="button" className="btn" data-testid={`tech-edit-${settingKey}`} disabled={busy} onClick={() => setEditing(true)}>
          {t('tech.settings.edit')}
        </button>
        {kind.kind === 'text' && kind.nullable && value !== null && settingKey !== 'kioskId' && (
          <button type="button" className="btn" data-testid={`tech-clear-${settingKey}`} disabled={busy} onClick={() => void save(null)}>
            {t('tech.settings.clearValue')}
          </button>
        )}
      </div>
    );
    if (editing) {
      control = (
        <>
          {control}
          <TextEditor
            id={settingKey}
            label={label}
            initial={text}
            hint={kind.kind === 'list' ? t('tech.settings.listHint') : null}
            onCancel={() => setEditing(false)}
            onSave={(typed) => {
              const trimmed = typed.trim();
              if (kind.kind === 'list') void save(trimmed === '' ? [] : trimmed.split(',').map((item) => item.trim()).filter(Boolean));
              else void save(trimmed === '' && kind.kind === 'text' && kind.nullable ? null : typed);
            }}
          />
        </>
      );
    }
  }

  return (
    <div className="tech-setting" data-testid={`tech-setting-${settingKey}`}>
      <div className="tech-setting__head">
        <span className="tech-setting__label">{label}</span>
        {defaultValue !== undefined && defaultValue !== null && JSON.stringify(defaultValue) !== JSON.stringify(value) && (
          <span className="tech-setting__default">{t('tech.settings.default', { value: showValue(lang, kind, defaultValue) })}</span>
        )}
      </div>
      {control}
      {note && <p className="tech-setting__note">{note}</p>}
      <p className={`tech-feedback tech-feedback--${feedback?.tone ?? 'none'}`} role="status" data-testid={`tech-status-${settingKey}`}>
        {feedback?.text}
      </p>
    </div>
  );
}
