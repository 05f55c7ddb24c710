import { lookupUrlFor } from '../../shared/contract/index.ts';
import { PhoneQr } from '../components/PhoneQr.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { PhoneIcon } from '../procedures/procedure-icons.tsx';
import { useSite } from '../site/SiteContext.tsx';

/** The dossier's public lookup for the citizen's phone: the site's lookup address with the code, nothing personal. */
export function DossierQr({ code }: { code: string }) {
  const { t } = useI18n();
  const template = useSite().guidance?.publicLookupUrl ?? null;
  if (!template) return null;
  return (
    <PhoneQr url={lookupUrlFor(template, code)} title={t('answer.qrTitle')} help={t('answer.qrHelp')} alt={t('answer.qrAlt', { code })} Icon={PhoneIcon} testId="dossier-qr" />
  );
}
