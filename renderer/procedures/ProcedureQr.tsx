import { PhoneQr } from '../components/PhoneQr.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { portalProcedureUrl } from '../../shared/contract/portal-link.ts';
import { PhoneIcon } from './procedure-icons.tsx';

/** A QR code a phone reads to open the procedure on the National Public Service Portal. */
export function ProcedureQr({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <PhoneQr
      url={portalProcedureUrl(code)}
      title={t('procedures.qrTitle')}
      help={t('procedures.qrHelp')}
      alt={t('procedures.qrAlt', { code })}
      Icon={PhoneIcon}
      testId="procedure-qr-card"
    />
  );
}
