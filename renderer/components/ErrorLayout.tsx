import type { ComponentType, ReactNode, SVGProps } from 'react';
import { HelpContacts } from './HelpContacts.tsx';
import './ErrorLayout.css';

interface ErrorLayoutProps {
  testId: string;
  tone: 'warning' | 'info' | 'danger';
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
  title: string;
  children: ReactNode;
  actions: ReactNode;
  /** What the citizen may also take away (a QR code): after the ways out and the hotline. */
  aside?: ReactNode;
}

/**
 * The frame every error screen shares: one big icon, a title, the explanation, ways back, the
 * hotline and complaint route. The ways back and the hotline come before anything extra, so they
 * stay on the first screenful.
 */
export function ErrorLayout({ testId, tone, Icon, title, children, actions, aside }: ErrorLayoutProps) {
  return (
    <section className={`error-screen error-screen--${tone}`} data-testid={testId} role="alert" aria-labelledby={`${testId}-title`}>
      <div className="error-screen__card">
        <div className="error-screen__main">
          <div className="error-screen__heading">
            <Icon className="error-screen__icon" />
            <h2 id={`${testId}-title`} className="error-screen__title" data-testid="error-title">
              {title}
            </h2>
          </div>
          <div className="error-screen__body" data-testid="error-body">
            {children}
          </div>
        </div>
        <div className="error-screen__actions">{actions}</div>
        <HelpContacts />
        {aside && <div className="error-screen__aside">{aside}</div>}
      </div>
    </section>
  );
}
