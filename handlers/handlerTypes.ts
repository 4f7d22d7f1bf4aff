// The shape of the handler table: one function per contract call, taking the parsed input. Its own file, so
// the groups of handlers (photos, export) name their slice of it without importing the table that
// assembles them.
import type { Api } from '../contract/api';
import type { ContractOutput, ParsedInput } from '../contract/defineContract';

export type HandlerTable = {
  [K in keyof Api]: (input: ParsedInput<Api[K]>) => ContractOutput<Api[K]> | Promise<ContractOutput<Api[K]>>;
};
