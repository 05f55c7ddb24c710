import { describe, expect, it } from 'vitest';
import { NATIONAL_DOSSIER_LOOKUP_URL, portalProcedureUrl } from '../../../../shared/contract/portal-link.ts';

describe('the National Public Service Portal addresses the kiosk hands to phones', () => {
  it('opens the portal’s dossier lookup over HTTPS on the official host, with nothing personal in it', () => {
    const url = new URL(NATIONAL_DOSSIER_LOOKUP_URL);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toBe('dichvucong.gov.vn');
    expect(url.pathname).toBe('/p/home/dvc-tra-cuu-ho-so.html');
    expect(url.search).toBe('');
    expect(new URL(portalProcedureUrl('1.001193')).hostname).toBe(url.hostname);
  });
});
