export * from './dossier.ts';
export * from './kiosk-api.ts';
export * from './wire.ts';
export * from './settings.ts';
export * from './procedure.ts';
