import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { KioskInfo, Language, ScanSource } from '../shared/contract/index.ts';
import { t } from '../shared/i18n/index.ts';
import type { KioskClient } from './api/kiosk-client.ts';
import { toKioskFailure } from './api/kiosk-failure.ts';
import { DisplayModesProvider } from './accessibility/DisplayModesContext.tsx';
import type { DisplayModes } from './accessibility/display-modes.ts';
import { isAtRest } from './attract/at-rest.ts';
import { ScanRepeatFilter } from './scanner/scan-repeat-filter.ts';
import { useAttractTimer } from './attract/useAttractTimer.ts';
import { DataAsOfBanner } from './components/DataAsOfBanner.tsx';
import { Header } from './components/Header.tsx';
import { IdleCountdown } from './components/IdleCountdown.tsx';
import { LookupPending } from './components/LookupPending.tsx';
import { ScrollHint } from './components/ScrollHint.tsx';
import { useCheckOverdue } from './hooks/useCheckOverdue.ts';
import { useHostEvents } from './hooks/useHostEvents.ts';
import { CameraContext } from './camera/CameraContext.ts';
import { useCitizenCamera } from './camera/useCitizenCamera.ts';
import { useHostRecovery } from './hooks/useHostRecovery.ts';
import { useIdleTimer } from './hooks/useIdleTimer.ts';
import { useKioskBoot } from './hooks/useKioskBoot.ts';
import { useWedgeScanner } from './hooks/useWedgeScanner.ts';
import { personTyped } from './hooks/person-typed-signal.ts';
import { I18nProvider } from './i18n/I18nContext.tsx';
import { recordLookupAnswered, recordLookupRequested } from './metrics/kiosk-metrics.ts';
import type { CatalogueScreen } from './procedures/catalogue-screen.ts';
import { ScreenView } from './ScreenView.tsx';
import { SiteProvider } from './site/SiteContext.tsx';
import { TechnicianGate } from './technician/TechnicianGate.tsx';
import { useTapGuard } from './touch/useTapGuard.ts';
import { awaitedCheckOf } from './state/answer-freshness.ts';
import { initialKioskState, kioskReducer } from './state/kiosk-state.ts';
import type { KioskAction } from './state/kiosk-state.ts';
import './App.css';

/** A lookup unanswered after this long shows "looking up…". */
const SLOW_LOOKUP_MS = 300;

/** The kiosk: one state for one citizen at a time, fed by scans, taps and the host's pushes. */
export function App({ client }: { client: KioskClient }) {
  const [state, dispatch] = useReducer(kioskReducer, initialKioskState);
  const [bootAttempt, setBootAttempt] = useState(0);
  const nextLookupId = useRef(1);
  const latestLookup = useRef(0);
  const ready = state.boot.phase === 'ready';
  const readyRef = useRef(ready);
  readyRef.current = ready;
  const screenName = useRef(state.screen.name);
  screenName.current = state.screen.name;
  // In technician mode a scan is the technician testing the scanner (its page shows it), not a citizen's lookup.
  const technicianOpen = () => screenName.current === 'technician';
  // A receipt left under the scanner is one scan however often it is re-read, across screens and idle resets.
  const scanRepeats = useRef(new ScanRepeatFilter());
  const sessionRef = useRef(state.session);
  sessionRef.current = state.session;

  useKioskBoot(client, dispatch, ready, bootAttempt);
  useHostRecovery(client, state, dispatch);
  useAttractTimer(state, dispatch);
  useCheckOverdue(state, dispatch);

  const resetForNextCitizen = useCallback(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    dispatch({ type: 'reset' });
  }, []);

  // Anything of a citizen on screen (another screen, their language or display modes) is cleared at idle.
  const idleEnabled = ready && !isAtRest(state) && state.screen.name !== 'technician';
  const idle = useIdleTimer({
    enabled: idleEnabled,
    timeoutSec: state.boot.phase === 'ready' ? state.boot.info.idleTimeoutSec : 90,
    onExpire: resetForNextCitizen,
  });

  const lookup = useCallback(
    (raw: string, source: ScanSource, keyAt: number | null) => {
      if (!readyRef.current) return;
      idle.markActivity();
      const lookupId = nextLookupId.current++;
      const session = sessionRef.current;
      latestLookup.current = lookupId;
      recordLookupRequested(lookupId, source, keyAt);
      // Nothing re-renders while the answer is on its way, unless it is slow to come.
      const slow = window.setTimeout(() => dispatch({ type: 'lookup-slow', lookupId, session }), SLOW_LOOKUP_MS);
      const settle = (action: KioskAction) => {
        window.clearTimeout(slow);
        if (latestLookup.current === lookupId) dispatch(action);
      };
      client.lookupDossier({ raw, source }).then(
        (result) => {
          recordLookupAnswered(lookupId);
          const finished: KioskAction = { type: 'lookup-finished', lookupId, session, result };
          // A code the cache lacks, still being asked of the server: "looking up…" may yet be due.
          if (awaitedCheckOf(lookupId, result) && latestLookup.current === lookupId) dispatch(finished);
          else settle(finished);
        },
        (error: unknown) => settle({ type: 'lookup-failed', lookupId, session, failure: toKioskFailure(error) }),
      );
    },
    [client, idle.markActivity],
  );

  useWedgeScanner(
    (scan) => {
      if (technicianOpen()) return;
      if (scanRepeats.current.isRepeat(scan.raw, scan.completedByKeyAt)) return;
      lookup(scan.raw, 'wedge', scan.completedByKeyAt);
    },
    () => {
      idle.markActivity();
      personTyped.notify();
    },
  );
  useHostEvents(client, {
    onScan: (scan) => {
      if (technicianOpen()) return;
      // The host already counted its repeats with its own window; recorded here so the same
      // read arriving as keystrokes too (a HID scanner the OS also types for) is not a second lookup.
      scanRepeats.current.isRepeat(scan.raw, performance.now());
      lookup(scan.raw, scan.source, null);
    },
    onSyncStatus: (sync) => dispatch({ type: 'sync-status', sync }),
    onDossierFreshness: (outcome) => dispatch({ type: 'dossier-freshness', outcome }),
  });

  const camera = useCitizenCamera(state.boot.phase === 'ready' ? (state.boot.info.camera ?? null) : null, ready ? state.screen.name : null, (raw, at) => {
    if (technicianOpen() || scanRepeats.current.isRepeat(raw, at)) return;
    lookup(raw, 'camera', at);
  });

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = t(state.lang, 'app.title');
  }, [state.lang]);

  const info = state.boot.phase === 'ready' ? state.boot.info : null;
  const setLanguage = useCallback((lang: Language) => dispatch({ type: 'set-language', lang }), []);
  const openManual = useCallback(() => dispatch({ type: 'open-manual' }), []);
  const goHome = useCallback(() => dispatch({ type: 'go-home' }), []);
  const openCatalogue = useCallback((screen: CatalogueScreen | null) => dispatch(screen ? { type: 'open-catalogue', screen } : { type: 'go-home' }), []);
  const submitCode = useCallback((code: string) => lookup(code, 'keypad', null), [lookup]);
  const retryBoot = useCallback(() => setBootAttempt((n) => n + 1), []);
  const openStatistics = useCallback(() => dispatch({ type: 'open-statistics' }), []);
  const wake = useCallback(() => dispatch({ type: 'wake' }), []);
  const openTechnician = useCallback(() => dispatch({ type: 'open-technician' }), []);
  const closeTechnician = useCallback(() => dispatch({ type: 'close-technician' }), []);
  const infoChanged = useCallback((fresh: KioskInfo) => dispatch({ type: 'info-refreshed', info: fresh }), []);
  const setDisplay = useCallback((display: Partial<DisplayModes>) => dispatch({ type: 'set-display', display }), []);
  const screenKey = `${state.session}:${state.screen.name}:${'lookupId' in state.screen ? state.screen.lookupId : ''}`;
  // A double tap must not act twice: once here, and once on whatever the new screen put under the finger.
  useTapGuard(screenKey);

  return (
    <I18nProvider lang={state.lang}>
      <DisplayModesProvider display={state.display} setDisplay={setDisplay}>
        <SiteProvider guidance={info?.site ?? null} printer={info?.receiptPrinter ?? false}>
        <div className="app" data-testid="kiosk-app" data-screen={state.boot.phase === 'ready' ? state.screen.name : state.boot.phase}>
          <Header siteName={info?.siteName ?? null} demo={info?.demo ?? false} onLanguage={setLanguage} technician={state.screen.name === 'technician'} />
          <main className="app__main" key={screenKey}>
            <CameraContext.Provider value={camera}>
              <ScreenView
                state={state}
                onTypeCode={openManual}
                onHome={goHome}
                onSubmitCode={submitCode}
                onRetryBoot={retryBoot}
                client={client}
                onCatalogue={openCatalogue}
                onOpenStatistics={openStatistics}
                onWake={wake}
                onCloseTechnician={closeTechnician}
              />
            </CameraContext.Provider>
          </main>
          {state.boot.phase === 'ready' && <ScrollHint screenKey={screenKey} />}
          <DataAsOfBanner
            dataAsOf={state.dataAsOf}
            syncState={info?.sync.state ?? null} outOfService={state.boot.phase === 'failed' || state.screen.name === 'out-of-service'}
            freshness={state.screen.name === 'result' || state.screen.name === 'not-found' ? (state.screen.freshness ?? null) : null}
          />
          {state.pendingLookup !== null && <LookupPending />}
          {idle.secondsLeft !== null && <IdleCountdown secondsLeft={idle.secondsLeft} onKeepUsing={idle.keepUsing} />}
          <TechnicianGate client={client} enabled={ready} onOpen={openTechnician} onInfo={infoChanged} />
        </div>
        </SiteProvider>
      </DisplayModesProvider>
    </I18nProvider>
  );
}
