import { parseArgs } from 'node:util';
import type { DistrictSimOptions } from './types.ts';

export const USAGE =
  'Usage: district-sim --port <p> --dossiers <n> --token <t> [--churn <per second>] [--seed <n>]\n' +
  '                    [--format kiosk|national] [--retain-changes <n>] [--host <address>] [--no-compact]\n' +
  '                    [--lookup-only]   (national format: only POST /TraCuuHoSo, no change feed)';

function whole(name: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min) throw new Error(`--${name} must be a whole number of at least ${min}, not "${text}"`);
  return value;
}

/** The simulator's options from the command line; throws with a message for the user. */
export function parseCliArgs(argv: string[]): DistrictSimOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      dossiers: { type: 'string' },
      token: { type: 'string' },
      churn: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string' },
      'retain-changes': { type: 'string' },
      host: { type: 'string' },
      // Answer as a server that predates the compact page shape.
      'no-compact': { type: 'boolean' },
      // Answer as a provincial system that offers only the portal's TraCuuHoSo.
      'lookup-only': { type: 'boolean' },
    },
    strict: true,
  });
  if (values.dossiers === undefined || values.token === undefined) throw new Error('--dossiers and --token are required');
  if (values.format !== undefined && values.format !== 'kiosk' && values.format !== 'national') {
    throw new Error(`--format must be kiosk or national, not "${values.format}"`);
  }
  const churn = values.churn === undefined ? undefined : Number(values.churn);
  if (churn !== undefined && !(churn >= 0)) throw new Error(`--churn must be a number of changes a second, not "${values.churn}"`);
  return {
    port: whole('port', values.port, 0) ?? 0,
    dossiers: whole('dossiers', values.dossiers, 0) as number,
    token: values.token,
    ...(churn ? { churnPerSecond: churn } : {}),
    ...(values.seed !== undefined ? { seed: whole('seed', values.seed, 0) as number } : {}),
    ...(values.format !== undefined ? { format: values.format } : {}),
    ...(values['retain-changes'] !== undefined ? { retainChanges: whole('retain-changes', values['retain-changes'], 0) as number } : {}),
    ...(values.host !== undefined ? { host: values.host } : {}),
    ...(values['no-compact'] ? { compactFeed: false } : {}),
    ...(values['lookup-only'] ? { lookupOnly: true } : {}),
  };
}
