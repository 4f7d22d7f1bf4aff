export function cannotStartLine(reason: string): string;
export function failureGist(output: string, maxLength?: number): string;
