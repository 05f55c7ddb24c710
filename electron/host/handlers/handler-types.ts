import type { z } from 'zod';
import type { kioskMethods, KioskMethodName, MethodOutput } from '../../../shared/contract/index.ts';

/** A method's implementation: its input is already validated against the contract. */
export type Handler<M extends KioskMethodName> = (
  input: z.output<(typeof kioskMethods)[M]['input']>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in KioskMethodName]: Handler<M> };

/** Handlers for some of the methods: one feature's share. */
export type HandlersFor<M extends KioskMethodName> = { [K in M]: Handler<K> };
