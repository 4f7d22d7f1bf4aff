// An email destination through SMTP (nodemailer, loaded only when a mail is sent). smtps:// is TLS from the
// start; smtp:// must upgrade with STARTTLS unless the server is this computer. The message: the headline as
// subject, the sapo and the text in the body with each photo's caption readable there, the hand-off package
// attached. Its Message-ID comes from the queue item's key, the same on every attempt, so a mail system that
// drops duplicates by Message-ID drops a resent one; filing again sends a new message marked as an update
// and threaded to the one before (In-Reply-To, References).
import path from 'node:path';
import { outboxErrors } from '../outboxErrors';
import type { ExportDocument } from '../../export/documentTree/exportDocument';
import { runsText } from '../../export/documentTree/inlineRuns';
import { photoFileStem } from '../../export/fileName/photoFileName';
import { articleUri, type Sender } from './sender';

const loopback = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
export const smtpTimeoutMs = 60_000;

export const sendByEmail: Sender = async ({ destination, article, secret, key, files, workDir, previous, resumed, signal }) => {
  if (destination.settings.kind !== 'email') throw new Error('not an email destination');
  const url = new URL(destination.settings.smtp);
  const user = decodeURIComponent(url.username);
  if (user && !secret) throw outboxErrors.secretMissing(destination.name, 'NEWSDESK_SMTP_PASSWORD');
  const doc = await files.document(article);
  const zip = await files.write(article, 'zip', { outDir: workDir }, signal);
  const nodemailer = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    requireTLS: url.protocol === 'smtp:' && !loopback.has(url.hostname),
    ...(user ? { auth: { user, pass: secret ?? '' } } : {}),
    connectionTimeout: smtpTimeoutMs,
    socketTimeout: smtpTimeoutMs,
  });
  const update = previous !== undefined;
  const messageId = `<${key}@newsdesk.invalid>`;
  try {
    const info = await transport.sendMail({
      from: user.includes('@') ? user : `Newsdesk <newsdesk@${url.hostname.replace(/^\[|\]$/g, '')}>`,
      to: destination.settings.to,
      subject: `${update ? updateMark(article.language) : ''}${article.headline || doc.meta.slug}`,
      text: mailText(doc, files.plainText(article), update),
      messageId,
      ...(update ? { inReplyTo: previous, references: [previous] } : {}),
      headers: {
        'X-Newsdesk-Article': articleUri(article),
        ...(update ? { 'X-Newsdesk-Update': 'replaces-earlier-version' } : {}),
        // SMTP has no idempotency key: a message resent after a killed attempt says so, for the desk to spot.
        ...(resumed ? { 'X-Newsdesk-Resent': 'after-interrupted-attempt' } : {}),
      },
      // Base64 text survives every relay unchanged, whatever the diacritics.
      textEncoding: 'base64',
      attachments: [{ filename: path.basename(zip), path: zip, contentType: 'application/zip' }],
    });
    return { remoteId: info.messageId || messageId, receipt: info.messageId || messageId };
  } catch (error) {
    throw mailFailure(error, url.hostname);
  } finally {
    transport.close();
  }
};

function updateMark(language: string): string {
  return language === 'vi' ? '[CẬP NHẬT] ' : '[UPDATE] ';
}

/** The body: a line saying it replaces an earlier version, the story as text, then every photo and its caption. */
function mailText(doc: ExportDocument, text: string, update: boolean): string {
  const vi = doc.meta.language === 'vi';
  const head = update ? [vi ? 'Bản cập nhật: thay cho bản đã gửi trước.' : 'Update: replaces the version sent before.', ''] : [];
  const figures = doc.blocks.flatMap((block) => (block.kind === 'figure' && block.photo ? [block] : []));
  const captions = figures.map((figure) => {
    const caption = runsText(figure.caption).replace(/\s+/g, ' ').trim();
    const file = photoFileStem(doc.meta.slug, figure.photo!.number, doc.photos.length);
    return `${vi ? 'Ảnh' : 'Photo'} ${figure.number} (${file}): ${caption}${figure.credit ? ` — ${figure.credit}` : ''}`;
  });
  const photos = captions.length > 0 ? ['', vi ? 'ẢNH KÈM THEO' : 'PHOTOS ATTACHED', ...captions] : [];
  return [...head, text.trimEnd(), ...photos, ''].join('\n');
}

/** SMTP's 5xx replies are refusals; its 4xx replies and every network failure are worth another try. */
function mailFailure(error: unknown, host: string): Error {
  const { responseCode, response, code, message } = error as { responseCode?: number; response?: string; code?: string; message?: string };
  if (responseCode && responseCode >= 500) return outboxErrors.rejected(host, responseCode, response ?? message ?? '');
  if (code === 'EAUTH') return outboxErrors.rejected(host, 'AUTH', response ?? message ?? '');
  return outboxErrors.unreachable(host, code ?? message ?? String(error));
}
