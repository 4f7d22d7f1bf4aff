export function noticeIfSlow<T>(promise: Promise<T>, message: string, delayMs?: number, write?: (line: string) => void): Promise<T>;
