import { ChecksSection } from './ChecksSection.tsx';
import { ExportSection } from './ExportSection.tsx';
import { MaintenanceSection } from './MaintenanceSection.tsx';
import { AuditSection } from './AuditSection.tsx';
import type { KioskClient } from '../api/kiosk-client.ts';
import type { TechnicianApi } from './use-technician-api.ts';

/** Checks, the diagnostics bundle, maintenance (kiosk mode, PIN) and the audit log. */
export function DiagnosticsTab({ client, api }: { client: KioskClient; api: TechnicianApi }) {
  return (
    <div className="tech-sections" data-testid="tech-diagnostics">
      <ChecksSection client={client} api={api} />
      <ExportSection client={client} api={api} />
      <MaintenanceSection client={client} api={api} />
      <AuditSection client={client} api={api} />
    </div>
  );
}
