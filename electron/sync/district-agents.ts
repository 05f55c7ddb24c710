import http from 'node:http';
import https from 'node:https';

export interface DistrictAgent {
  httpAgent: http.Agent;
  httpsAgent: https.Agent;
}

/**
 * The keep-alive connections to district servers, one agent pair per server (origin and pinned
 * CA), shared by every sync run and live lookup, and closed by `destroy()` when the host stops.
 * A kiosk talks to one server at a time: asking for another drops the previous one's sockets.
 */
export class DistrictAgents {
  private readonly agents = new Map<string, DistrictAgent>();
  private destroyed = false;

  agentFor(baseUrl: string, ca: string | undefined): DistrictAgent {
    if (this.destroyed) throw new Error('The district connections are closed.');
    const key = `${new URL(baseUrl).origin}\n${ca ?? ''}`;
    let agent = this.agents.get(key);
    if (!agent) {
      this.closeAll();
      agent = newDistrictAgent(ca);
      this.agents.set(key, agent);
    }
    return agent;
  }

  get size(): number {
    return this.agents.size;
  }

  destroy(): void {
    this.destroyed = true;
    this.closeAll();
  }

  private closeAll(): void {
    for (const agent of this.agents.values()) {
      agent.httpAgent.destroy();
      agent.httpsAgent.destroy();
    }
    this.agents.clear();
  }
}

/** One client's own agents (the CLI, the feed worker): they close with their process or thread. */
export function newDistrictAgent(ca: string | undefined): DistrictAgent {
  return {
    httpAgent: new http.Agent({ keepAlive: true }),
    httpsAgent: new https.Agent({ keepAlive: true, ca, rejectUnauthorized: true }),
  };
}
