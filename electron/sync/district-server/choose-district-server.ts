import type { DistrictProtocol, DistrictServer, DistrictServerOptions } from './district-server.ts';
import { kioskProbePlan } from './kiosk-protocol/kiosk-probe-plan.ts';
import { KioskProtocolServer } from './kiosk-protocol/kiosk-protocol-server.ts';
import { nationalProbePlan } from './national-protocol/national-probe-plan.ts';
import { NationalProtocolServer } from './national-protocol/national-protocol-server.ts';
import type { ProbePlan } from './probe-plan.ts';

/** Each protocol the kiosk speaks: how to build its server and how to test a connection to it. */
const PROTOCOLS: Record<DistrictProtocol, { server: (options: DistrictServerOptions) => DistrictServer; probe: ProbePlan }> = {
  kiosk: { server: (options) => new KioskProtocolServer(options), probe: kioskProbePlan },
  national: { server: (options) => new NationalProtocolServer(options), probe: nationalProbePlan },
};

/** The one place a district server is built: by the `districtProtocol` setting (`kiosk sync --format`, the feed worker's `connection.protocol`). */
export function chooseDistrictServer(protocol: DistrictProtocol, options: DistrictServerOptions): DistrictServer {
  return PROTOCOLS[protocol].server(options);
}

/** The connection test's request for a protocol (connection-probe.ts). */
export function probePlanFor(protocol: DistrictProtocol): ProbePlan {
  return PROTOCOLS[protocol].probe;
}
