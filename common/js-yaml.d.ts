// js-yaml ships no types; this is the part of its API the Markdown front matter uses.
declare module 'js-yaml' {
  interface Schema {
    readonly __brand: 'js-yaml schema';
  }
  export const JSON_SCHEMA: Schema;
  export function load(text: string, options?: { schema?: Schema; json?: boolean }): unknown;
  export function dump(value: unknown, options?: { schema?: Schema; lineWidth?: number; noRefs?: boolean; quotingType?: "'" | '"'; forceQuotes?: boolean }): string;
}
