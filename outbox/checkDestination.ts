// "Test connection": a real attempt to reach a destination, sending nothing: the folder exists and takes
// writes; the mail server answers and accepts the login; the endpoint answers and does not refuse the token;
// the WordPress site accepts the application password.
import fs from 'node:fs/promises';
import type { Destination } from '../contract/schemas/outbox';
import { outboxErrors, recordedError } from './outboxErrors';
import type { SecretVault } from './secrets/secretVault';
import { failureOf, networkFailure } from './senders/httpErrors';
import { WordPressClient } from './senders/wordpressClient';

export async function checkDestination(destination: Destination, secrets: SecretVault): Promise<{ ok: boolean; error: ReturnType<typeof recordedError> | null }> {
  try {
    await reach(destination, await secrets.read(destination.name, destination.secret));
    return { ok: true, error: null };
  } catch (error) {
    return { ok: false, error: recordedError(error) };
  }
}

const checkTimeoutMs = 20_000;

async function reach(destination: Destination, secret: string | undefined): Promise<void> {
  const { settings } = destination;
  switch (settings.kind) {
    case 'folder': {
      const stat = await fs.stat(settings.path).catch(() => undefined);
      if (!stat?.isDirectory()) throw outboxErrors.folderMissing(settings.path);
      await fs.access(settings.path, fs.constants.W_OK).catch((error: NodeJS.ErrnoException) => {
        throw outboxErrors.rejected(settings.path, error.code ?? 'EACCES', error.message);
      });
      return;
    }
    case 'email': {
      const url = new URL(settings.smtp);
      const user = decodeURIComponent(url.username);
      if (user && !secret) throw outboxErrors.secretMissing(destination.name, 'NEWSDESK_SMTP_PASSWORD');
      const nodemailer = await import('nodemailer');
      const transport = nodemailer.createTransport({
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
        secure: url.protocol === 'smtps:',
        requireTLS: url.protocol === 'smtp:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname),
        ...(user ? { auth: { user, pass: secret ?? '' } } : {}),
        connectionTimeout: checkTimeoutMs,
      });
      try {
        await transport.verify();
      } catch (error) {
        const { code, message } = error as { code?: string; message?: string };
        throw code === 'EAUTH' ? outboxErrors.rejected(url.hostname, 'AUTH', message ?? '') : outboxErrors.unreachable(url.hostname, code ?? message ?? '');
      } finally {
        transport.close();
      }
      return;
    }
    case 'http': {
      if (!secret) throw outboxErrors.secretMissing(destination.name, 'NEWSDESK_HTTP_TOKEN');
      const url = new URL(settings.url);
      const response = await fetch(url, { method: 'HEAD', headers: { authorization: `Bearer ${secret}` }, signal: AbortSignal.timeout(checkTimeoutMs) }).catch((error: unknown) => {
        throw networkFailure(error, url.host);
      });
      // An ingest may well not answer HEAD (405): reaching it is the test; only a refused token fails.
      if (response.status === 401 || response.status === 403) throw await failureOf(response, url.host);
      return;
    }
    case 'wordpress': {
      if (!secret) throw outboxErrors.secretMissing(destination.name, 'NEWSDESK_WP_PASSWORD');
      const wp = new WordPressClient(settings.url, settings.user, secret, AbortSignal.timeout(checkTimeoutMs));
      await wp.get('/wp/v2/users/me', { context: 'edit' });
      return;
    }
  }
}
