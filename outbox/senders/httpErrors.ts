// How an HTTP answer or a network failure reads as a delivery outcome: 2xx delivered; 408, 425, 429 and 5xx
// tried again later; any other 4xx a permanent refusal carrying the server's own message.
import { outboxErrors, type DeliveryError } from '../outboxErrors';

const retryStatuses = new Set([408, 425, 429]);

export async function failureOf(response: Response, host: string): Promise<DeliveryError> {
  if (response.status >= 500 || retryStatuses.has(response.status)) return outboxErrors.serverBusy(host, response.status);
  return outboxErrors.rejected(host, response.status, serverMessage(await response.text().catch(() => '')) || response.statusText);
}

/** `{"message": "…"}` (WordPress, most JSON APIs) or the text itself. */
function serverMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
    if (typeof parsed.error === 'string') return parsed.error;
  } catch {
    // Not JSON: the text is the message.
  }
  return body.replace(/<[^>]*>/g, ' ');
}

/** fetch's own failures (refused, reset, DNS, timeout) are all worth another try. */
export function networkFailure(error: unknown, host: string): DeliveryError {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.name === 'TimeoutError' ? 'timeout' : error.message : String(error));
  return outboxErrors.unreachable(host, reason);
}
