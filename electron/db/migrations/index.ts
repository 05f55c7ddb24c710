import initial from './0001-initial.ts';
import procedures from './0002-procedures.ts';
import sync from './0003-sync.ts';
import technician from './0004-technician.ts';
import ratings from './0005-ratings.ts';
import technicianClock from './0006-technician-clock.ts';
import dossierDetails from './0007-dossier-details.ts';
import syncRefusals from './0008-sync-refusals.ts';
import textDeletions from './0009-text-deletions.ts';
import catalogueChanges from './0010-catalogue-changes.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration in order; add a new numbered file and list it here. */
export const migrations: readonly Migration[] = [initial, procedures, sync, technician, ratings, technicianClock, dossierDetails, syncRefusals, textDeletions, catalogueChanges];
