import { useI18n } from '../i18n/I18nContext.tsx';
import { useSite } from '../site/SiteContext.tsx';
import { InfoIcon } from './icons.tsx';
import './HelpContacts.css';

interface HelpContactsProps {
  testId?: string;
  /** Shown instead of the usual title (the rating's "not satisfied"). */
  lead?: string;
}

/** The site's hotline and its route for phản ánh, kiến nghị, with the national portal when none is set. */
export function HelpContacts({ testId = 'help-contacts', lead }: HelpContactsProps) {
  const { t } = useI18n();
  const { guidance } = useSite();
  const hotline = guidance?.hotline ?? null;
  const complaintText = guidance?.complaintText ?? null;
  const complaintUrl = guidance?.complaintUrl ?? null;
  return (
    <aside className="help-contacts" data-testid={testId} aria-label={t('help.title')}>
      <p className="help-contacts__title">
        <InfoIcon className="help-contacts__icon" />
        {lead ?? t('help.title')}
      </p>
      <p className="help-contacts__line" data-testid="help-hotline">
        {hotline ? (
          <>
            {t('help.hotline', { phone: '' })}
            <strong className="help-contacts__phone">{hotline}</strong>
          </>
        ) : (
          t('help.noHotline')
        )}
      </p>
      <p className="help-contacts__line" data-testid="help-complaint">
        <strong>{t('help.complaint')}</strong> {complaintText ?? (complaintUrl ? null : t('help.complaintDefault'))}
        {complaintUrl && <span className="help-contacts__url"> {t('help.complaintOnline', { url: complaintUrl })}</span>}
      </p>
    </aside>
  );
}
