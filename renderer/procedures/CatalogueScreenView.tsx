import type { KioskClient } from '../api/kiosk-client.ts';
import type { CatalogueNavigate, CatalogueScreen } from './catalogue-screen.ts';
import { FieldsScreen } from './FieldsScreen.tsx';
import { ProcedureDetailScreen } from './ProcedureDetailScreen.tsx';
import { ProcedureListScreen } from './ProcedureListScreen.tsx';
import { SearchScreen } from './SearchScreen.tsx';

interface CatalogueScreenViewProps {
  client: KioskClient;
  screen: CatalogueScreen;
  navigate: CatalogueNavigate;
}

/** Picks the catalogue screen for the state's screen. */
export function CatalogueScreenView({ client, screen, navigate }: CatalogueScreenViewProps) {
  switch (screen.name) {
    case 'fields':
      return <FieldsScreen client={client} screen={screen} navigate={navigate} />;
    case 'procedures':
      return <ProcedureListScreen client={client} screen={screen} navigate={navigate} />;
    case 'procedure':
      return <ProcedureDetailScreen client={client} screen={screen} navigate={navigate} />;
    case 'search':
      return <SearchScreen client={client} screen={screen} navigate={navigate} />;
  }
}
