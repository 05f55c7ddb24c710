#!/usr/bin/env node
// The technicians' `kiosk` command: runs the TypeScript CLI directly (no build step).
const { register } = await import('tsx/esm/api');
register();
const { runKioskCli } = await import('../electron/cli/kiosk-cli.ts');
process.exitCode = await runKioskCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
