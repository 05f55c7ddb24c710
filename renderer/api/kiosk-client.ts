import { CALL_DEADLINE_MS, kioskEvents, kioskMethods } from '../../shared/contract/index.ts';
import type {
  KioskApi,
  KioskBridge,
  KioskEventName,
  KioskMethodName,
  MethodInput,
  MethodOutput,
} from '../../shared/contract/index.ts';
import type { z } from 'zod';
import { CallResponseSchema } from './call-response.ts';
import { KioskFailure } from './kiosk-failure.ts';

export type KioskEventPayload<E extends KioskEventName> = z.infer<(typeof kioskEvents)[E]>;

/** The KioskApi with typed pushes. Calls reject only with a KioskFailure. */
export interface KioskClient extends KioskApi {
  on<E extends KioskEventName>(event: E, listener: (payload: KioskEventPayload<E>) => void): () => void;
}

/**
 * One client over either transport (a KioskBridge: Electron's preload or the HTTP bridge).
 * Every answer is checked against the contract's schemas before the UI sees it; pushes that
 * do not match are dropped.
 */
export function createKioskClient(bridge: KioskBridge, { deadlineMs = CALL_DEADLINE_MS } = {}): KioskClient {
  // The same deadline over IPC as over HTTP: a host that never answers is unreachable, not a hang.
  const answerOf = (method: string, input: unknown): Promise<unknown> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs / 1000} s`)), deadlineMs);
    });
    return Promise.race([bridge.call(method, input), deadline]).finally(() => clearTimeout(timer));
  };

  async function call<M extends KioskMethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    let raw: unknown;
    try {
      raw = await answerOf(method, input);
    } catch (error) {
      // A bridge throws only when there is no answer at all (network, timeout, host gone).
      throw new KioskFailure('unreachable', null, error instanceof Error ? error.message : String(error));
    }
    const envelope = CallResponseSchema.safeParse(raw);
    if (!envelope.success) throw new KioskFailure('bad-response', null, `${method}: malformed envelope`);
    if (!envelope.data.ok) {
      throw new KioskFailure('host-error', envelope.data.error.code, envelope.data.error.message);
    }
    const result = kioskMethods[method].output.safeParse(envelope.data.result);
    if (!result.success) throw new KioskFailure('bad-response', null, `${method}: result does not match the contract`);
    return result.data as MethodOutput<M>;
  }

  // One function per contract method, so a method added to the contract is callable at once.
  const methods = Object.fromEntries(
    (Object.keys(kioskMethods) as KioskMethodName[]).map((method) => [method, (input: never) => call(method, input)]),
  ) as unknown as KioskApi;

  return {
    ...methods,
    on(event, listener) {
      const schema = kioskEvents[event];
      return bridge.onEvent((message) => {
        if (message.type !== event) return;
        const parsed = schema.safeParse(message.payload);
        if (parsed.success) listener(parsed.data as KioskEventPayload<typeof event>);
      });
    },
  } satisfies KioskClient;
}
