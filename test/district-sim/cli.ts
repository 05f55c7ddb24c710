/**
 * `npx tsx test/district-sim/cli.ts --port <p> --dossiers <n> --token <t> [--churn <n/s>] [--seed <n>]`
 * Runs the district simulator until SIGINT or SIGTERM.
 */
import { USAGE, parseCliArgs } from './cli-args.ts';
import { startDistrictSim } from './start-district-sim.ts';

let options;
try {
  options = parseCliArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

const sim = await startDistrictSim(options);
console.log(`District simulator ready at ${sim.url}`);

const stop = () => {
  sim.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
