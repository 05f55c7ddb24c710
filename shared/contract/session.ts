import { z } from 'zod';

/** The random id of an open technician session (see technicianUnlock). */
export const SessionId = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);
