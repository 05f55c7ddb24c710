import { X509Certificate } from 'node:crypto';
import type { CaSummary } from '../../shared/contract/index.ts';

/** The pinned CA, described (the PEM itself is public but long). */
export function summariseCa(pem: string | null): CaSummary | null {
  if (!pem) return null;
  try {
    const cert = new X509Certificate(pem);
    return { subject: cert.subject.replace(/\n/g, ', '), issuer: cert.issuer.replace(/\n/g, ', '), validTo: new Date(cert.validTo).toISOString(), fingerprint256: cert.fingerprint256 };
  } catch {
    return null;
  }
}
