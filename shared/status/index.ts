export * from './dossier-status.ts';
