import { Component } from 'react';
import type { ReactNode } from 'react';
import { I18nProvider } from './i18n/I18nContext.tsx';
import { OutOfServiceScreen } from './screens/OutOfServiceScreen.tsx';

interface State {
  crashed: boolean;
}

/** A rendering bug must still leave "out of service, please ask staff" on screen, not a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { crashed: false };

  static getDerivedStateFromError(): State {
    return { crashed: true };
  }

  override render() {
    if (!this.state.crashed) return this.props.children;
    return (
      <I18nProvider lang="vi">
        <OutOfServiceScreen failureCode="render" onRetry={() => window.location.reload()} />
      </I18nProvider>
    );
  }
}
