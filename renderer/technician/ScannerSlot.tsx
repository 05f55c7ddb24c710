import type { ComponentType } from 'react';
import type { Language } from '../../shared/contract/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

type ScannerPageComponent = ComponentType<{ client: KioskClient; lang: Language }>;

/**
 * THE SCANNER SLOT. The scanner page lives in renderer/technician/scanner/ScannerPage.tsx (the
 * scanner work, issue 4). Vite's glob import finds it when it exists and finds nothing when it
 * does not, so technician mode builds either way and shows the page as soon as it lands.
 */
const found = import.meta.glob<{ ScannerPage?: ScannerPageComponent }>('./scanner/ScannerPage.tsx', { eager: true });
const ScannerPage = Object.values(found)[0]?.ScannerPage ?? null;

export function ScannerSlot({ client, lang }: { client: KioskClient; lang: Language }) {
  const { t } = useI18n();
  if (ScannerPage) return <ScannerPage client={client} lang={lang} />;
  return (
    <p className="tech-note" data-testid="tech-scanner-missing">
      {t('tech.scanner.missing')}
    </p>
  );
}
