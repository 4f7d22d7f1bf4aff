// A contract is the single source of truth for one call: its channel name and the zod schemas of what goes
// in and what comes out. Handlers, both transports, the preload's channel list and the renderer's typed
// client are all derived from it, so adding a call touches the contract, its handler and its caller.
import type { z } from 'zod';

export interface Contract<TChannel extends string, TInput extends z.ZodType, TOutput extends z.ZodType> {
  readonly channel: TChannel;
  readonly input: TInput;
  readonly output: TOutput;
}

export type AnyContract = Contract<string, z.ZodType, z.ZodType>;
export type ContractTable = Record<string, AnyContract>;

export function defineContract<TChannel extends string, TInput extends z.ZodType, TOutput extends z.ZodType>(
  contract: Contract<TChannel, TInput, TOutput>,
): Contract<TChannel, TInput, TOutput> {
  return contract;
}

export type ContractInput<C> = C extends Contract<string, infer I, z.ZodType> ? z.input<I> : never;
export type ContractOutput<C> = C extends Contract<string, z.ZodType, infer O> ? z.output<O> : never;
export type ParsedInput<C> = C extends Contract<string, infer I, z.ZodType> ? z.output<I> : never;
