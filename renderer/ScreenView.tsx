import type { KioskClient } from './api/kiosk-client.ts';
import { AttractScreen } from './attract/AttractScreen.tsx';
import type { CatalogueNavigate } from './procedures/catalogue-screen.ts';
import { CatalogueScreenView } from './procedures/CatalogueScreenView.tsx';
import { HomeScreen } from './screens/HomeScreen.tsx';
import { ManualEntryScreen } from './screens/ManualEntryScreen.tsx';
import { NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { OtherAgencyScreen } from './screens/OtherAgencyScreen.tsx';
import { OutOfServiceScreen } from './screens/OutOfServiceScreen.tsx';
import { ResultScreen } from './screens/ResultScreen.tsx';
import { StartingScreen } from './screens/StartingScreen.tsx';
import { StatisticsScreen } from './statistics/StatisticsScreen.tsx';
import { TechnicianScreen } from './technician/TechnicianScreen.tsx';
import { UnreadableScreen } from './screens/UnreadableScreen.tsx';
import { WaitScreen } from './screens/WaitScreen.tsx';
import type { KioskState } from './state/kiosk-state.ts';

interface ScreenViewProps {
  state: KioskState;
  onTypeCode: () => void;
  onHome: () => void;
  onSubmitCode: (code: string) => void;
  onRetryBoot: () => void;
  client: KioskClient;
  /** To a catalogue screen, or home (null). */
  onCatalogue: CatalogueNavigate;
  onOpenStatistics: () => void;
  /** Leaves the attract screen for home. */
  onWake: () => void;
  onCloseTechnician: () => void;
}

/** Picks the screen for the current state. */
export function ScreenView({ state, onTypeCode, onHome, onSubmitCode, onRetryBoot, client, onCatalogue, onOpenStatistics, onWake, onCloseTechnician }: ScreenViewProps) {
  if (state.boot.phase === 'starting') return <StartingScreen />;
  if (state.boot.phase === 'failed') return <OutOfServiceScreen failureCode={state.boot.failure.code} onRetry={onRetryBoot} />;
  const { screen } = state;
  const errorNav = { onTypeCode, onHome };
  switch (screen.name) {
    case 'home':
      return (
        <HomeScreen onTypeCode={onTypeCode} onCatalogue={onCatalogue} onOpenStatistics={onOpenStatistics} scannerPosition={state.boot.info.scannerPosition ?? 'below'} />
      );
    case 'manual':
      return <ManualEntryScreen onSubmit={onSubmitCode} onBack={onHome} />;
    case 'result':
      return <ResultScreen lookupId={screen.lookupId} dossier={screen.dossier} onDone={onHome} onRate={client.saveRating} onPrint={client.printAnswer} />;
    case 'unreadable':
      return <UnreadableScreen lookupId={screen.lookupId} reason={screen.reason} scannerPosition={state.boot.info.scannerPosition ?? 'below'} {...errorNav} />;
    case 'not-found':
      return <NotFoundScreen lookupId={screen.lookupId} code={screen.code} dataAsOf={screen.dataAsOf} {...errorNav} />;
    case 'other-agency':
      return <OtherAgencyScreen lookupId={screen.lookupId} code={screen.code} agency={screen.agency} agencyName={screen.agencyName} {...errorNav} />;
    case 'wait':
      return <WaitScreen lookupId={screen.lookupId} retryAfterSec={screen.retryAfterSec} {...errorNav} />;
    case 'out-of-service':
      return <OutOfServiceScreen failureCode={screen.failure.code} onHome={onHome} />;
    case 'fields':
    case 'procedures':
    case 'procedure':
    case 'search':
      return <CatalogueScreenView client={client} screen={screen} navigate={onCatalogue} />;
    case 'attract':
      return <AttractScreen siteName={state.boot.info.siteName} scannerPosition={state.boot.info.scannerPosition ?? 'below'} onWake={onWake} />;
    case 'technician':
      return <TechnicianScreen client={client} onClose={onCloseTechnician} />;
    case 'statistics':
      return <StatisticsScreen client={client} onHome={onHome} />;
  }
}
