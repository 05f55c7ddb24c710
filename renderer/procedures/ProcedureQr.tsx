import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { portalProcedureUrl, qrCodeDataUrl } from './portal-link.ts';
import { PhoneIcon } from './procedure-icons.tsx';

/** A QR code a phone reads to open the procedure on the National Public Service Portal. */
export function ProcedureQr({ code }: { code: string }) {
  const { t } = useI18n();
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    qrCodeDataUrl(portalProcedureUrl(code)).then(
      (url) => live && setImage(url),
      () => live && setImage(null),
    );
    return () => {
      live = false;
    };
  }, [code]);

  return (
    <section className="card procedure-qr" aria-labelledby="procedure-qr-title">
      <h3 id="procedure-qr-title" className="card__title">
        <PhoneIcon className="card__title-icon" />
        {t('procedures.qrTitle')}
      </h3>
      <div className="procedure-qr__body">
        <div className="procedure-qr__frame">
          {image && <img className="procedure-qr__image" src={image} alt={t('procedures.qrAlt', { code })} data-testid="procedure-qr" />}
        </div>
        <p className="procedure-qr__help">{t('procedures.qrHelp')}</p>
      </div>
    </section>
  );
}
