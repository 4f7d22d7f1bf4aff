// An email destination against a real SMTP server on 127.0.0.1 (smtp-server): the message a newsroom gets
// (headline as subject, sapo, text and captions in the body, the package attached), a connection dropped in
// the middle of the message (tried again, delivered once), and filing again (a new message marked as an
// update, threaded to the first).
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { zipNames } from '../export/zipEntries';
import { firstCaption, seedSapo, seedSlug } from '../export/exportFixtures';
import { useTempDirs } from '../helpers/tempDir';
import { readMail } from './mailMessage';
import { outboxWorld, sendUntilSettled, type OutboxWorld } from './outboxFixtures';

const tempDir = useTempDirs('newsdesk-outbox-email');
let world: OutboxWorld | undefined;
let server: SMTPServer | undefined;
afterEach(async () => {
  world?.library.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

interface Mailbox {
  port: number;
  delivered: string[];
  sessions: number;
  auth: Array<{ user: string; pass: string }>;
}

/** A real SMTP server; `dropFirst` cuts the first connection once the message's bytes start to arrive. */
async function smtpServer(options: { dropFirst?: boolean } = {}): Promise<Mailbox> {
  const mailbox: Mailbox = { port: 0, delivered: [], sessions: 0, auth: [] };
  let dropped = false;
  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    onAuth(auth, _session, callback) {
      mailbox.auth.push({ user: auth.username ?? '', pass: auth.password ?? '' });
      callback(null, { user: auth.username });
    },
    onConnect(_session, callback) {
      mailbox.sessions += 1;
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (options.dropFirst && !dropped) {
          dropped = true;
          socketOf(smtp, session)?.destroy();
        }
      });
      stream.on('end', () => {
        if (socketOf(smtp, session)?.destroyed) return;
        mailbox.delivered.push(Buffer.concat(chunks).toString('utf8'));
        callback(null, 'Queued as 42');
      });
    },
  });
  server = smtp;
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  mailbox.port = (smtp.server.address() as AddressInfo).port;
  return mailbox;
}

/** The TCP socket of a session: smtp-server keeps it on the connection (not a public field). */
function socketOf(smtp: SMTPServer, session: SMTPServerSession): { destroy(): void; destroyed: boolean } | undefined {
  for (const connection of smtp.connections) {
    const inner = connection as unknown as { session?: SMTPServerSession; _socket?: { destroy(): void; destroyed: boolean } };
    if (inner.session?.id === session.id) return inner._socket;
  }
  return undefined;
}

describe('an email destination', () => {
  it('delivers the story once after the connection drops mid-message, and files it again as an update', async () => {
    const mailbox = await smtpServer({ dropFirst: true });
    world = await outboxWorld(tempDir(), { env: { NEWSDESK_SMTP_PASSWORD: 'mật khẩu thư' } });
    await world.outbox.addDestination('Tòa soạn', { kind: 'email', to: 'toasoan@example.com', smtp: `smtp://phongvien@127.0.0.1:${mailbox.port}` });
    world.outbox.file(world.article.id, 'Tòa soạn');

    const [first] = await world.outbox.send();
    expect(first).toMatchObject({ state: 'queued', attempts: 1, error: { code: 'outboxUnreachable' } });
    expect(mailbox.delivered).toHaveLength(0);
    await sendUntilSettled(world);
    expect(world.outbox.list()[0]).toMatchObject({ state: 'sent', attempts: 2, error: null });
    expect(mailbox.delivered).toHaveLength(1);
    expect(mailbox.sessions).toBe(2);
    expect(mailbox.auth).toEqual([
      { user: 'phongvien', pass: 'mật khẩu thư' },
      { user: 'phongvien', pass: 'mật khẩu thư' },
    ]);

    const mail = readMail(mailbox.delivered[0]!);
    expect(mail.header('subject')).toBe(world.article.headline);
    expect(mail.header('to')).toBe('toasoan@example.com');
    expect(mail.header('x-newsdesk-article')).toBe(`urn:uuid:${world.article.uuid}`);
    // The dropped attempt failed cleanly (recorded as failed, not left 'sending'): nothing to flag as resent.
    expect(mail.header('x-newsdesk-resent')).toBeUndefined();
    expect(mail.text).toContain(seedSapo);
    expect(mail.text).toContain(`Ảnh 1 (${seedSlug}-01): ${firstCaption}`);
    expect(mail.attachments.map((attachment) => attachment.name)).toEqual([`${seedSlug}.zip`]);
    const zip = unzipSync(mail.attachments[0]!.bytes);
    expect(zipNames(zip)).toContain(`${seedSlug}.docx`);
    expect(world.library.articles.get(world.article.id).status).toBe('filed');
    const firstId = mail.header('message-id')!;
    expect(world.outbox.list()[0]!.receipt).toBe(firstId);

    world.library.articles.update(world.article.id, { sapo: 'Sapo đã sửa.' });
    world.outbox.file(world.article.id, 'Tòa soạn');
    await sendUntilSettled(world);
    expect(mailbox.delivered).toHaveLength(2);
    const update = readMail(mailbox.delivered[1]!);
    expect(update.header('subject')).toBe(`[CẬP NHẬT] ${world.article.headline}`);
    expect(update.header('in-reply-to')).toBe(firstId);
    expect(update.header('x-newsdesk-update')).toBe('replaces-earlier-version');
    expect(update.header('message-id')).not.toBe(firstId);
    expect(update.text).toContain('Sapo đã sửa.');
  });

  it('waits for the password when none is set, failing with what to set', async () => {
    const mailbox = await smtpServer();
    world = await outboxWorld(tempDir(), { env: {} });
    await world.outbox.addDestination('Tòa soạn', { kind: 'email', to: 'toasoan@example.com', smtp: `smtp://phongvien@127.0.0.1:${mailbox.port}` });
    world.outbox.file(world.article.id, 'Tòa soạn');
    const [outcome] = await world.outbox.send();
    expect(outcome).toMatchObject({ state: 'failed', error: { code: 'outboxSecretMissing', params: { variable: 'NEWSDESK_SMTP_PASSWORD' } } });
    expect(mailbox.sessions).toBe(0);
  });
});


describe('an email resumed after a killed attempt', () => {
  it('keeps its Message-ID and says it was resent', async () => {
    const mailbox = await smtpServer();
    world = await outboxWorld(tempDir(), { env: {} });
    await world.outbox.addDestination('Tòa soạn', { kind: 'email', to: 'toasoan@example.com', smtp: `smtp://127.0.0.1:${mailbox.port}` });
    const { id } = world.outbox.file(world.article.id, 'Tòa soạn');
    // As a process killed mid-send leaves it: 'sending', owned by a process that no longer exists.
    world.library.db.prepare("UPDATE outbox_items SET state = 'sending', owner = '2147483646:gone', attempts = 1 WHERE id = ?").run(id);
    await sendUntilSettled(world);
    expect(world.outbox.list()[0]).toMatchObject({ state: 'sent', attempts: 2 });
    expect(mailbox.delivered).toHaveLength(1);
    const mail = readMail(mailbox.delivered[0]!);
    expect(mail.header('x-newsdesk-resent')).toBe('after-interrupted-attempt');
    const { key } = world.library.db.prepare<[number], { key: string }>('SELECT key FROM outbox_items WHERE id = ?').get(id)!;
    expect(mail.header('message-id')).toBe(`<${key}@newsdesk.invalid>`);
  });
});
