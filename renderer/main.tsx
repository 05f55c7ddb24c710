import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/vietnamese-700.css';
import '@fontsource/noto-sans/latin-700.css';
import './styles/base.css';
import './styles/button.css';
import './styles/spinner.css';
import './touch/touch-lockdown.css';
import { installTouchLockdown } from './touch/kiosk-touch-lockdown.ts';
import { chooseBridge } from './api/choose-bridge.ts';
import { createKioskClient } from './api/kiosk-client.ts';
import { App } from './App.tsx';
import { HostSpeechContext } from './accessibility/HostSpeechContext.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

installTouchLockdown(window);
const client = createKioskClient(chooseBridge(window));
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <HostSpeechContext.Provider value={client}>
          <App client={client} />
        </HostSpeechContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
