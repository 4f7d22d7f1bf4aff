// destination, file, outbox: filing stories from the field. Only the options are declared here; the outbox
// service, nodemailer and the keychain load in outboxActions when one of these commands runs.
import type { Command } from 'commander';
import type { WithLibraryAsync } from '../libraryAccess';
import type { DestinationOptions } from './outboxActions';

export function registerOutboxCommands(program: Command, withLibrary: WithLibraryAsync): void {
  const destination = program.command('destination').description('where filed stories go: a folder, an email address, an http endpoint, a WordPress site');
  destination
    .command('add')
    .description('add a destination; its password or token comes from NEWSDESK_SMTP_PASSWORD, NEWSDESK_HTTP_TOKEN or NEWSDESK_WP_PASSWORD')
    .argument('<name>', 'the destination’s name')
    .option('--folder <path>', 'a folder: a shared drive, a synced folder, a USB stick')
    .option('--email <address>', 'an email address, with --smtp')
    .option('--smtp <url>', 'the mail server: smtps://user@host[:port], or smtp://user@host (STARTTLS required unless it is this computer)')
    .option('--http <url>', 'an endpoint receiving NINJS by POST with a bearer token')
    .option('--wordpress <url>', 'a WordPress site, with --user (an application password)')
    .option('--user <user>', 'the WordPress user')
    .action(async (name: string, options: DestinationOptions) => {
      const { addDestination } = await import('./outboxActions');
      await addDestination(withLibrary, name, options);
    });
  destination
    .command('list')
    .description('list the destinations')
    .option('--json', 'print one JSON document')
    .action(async (options: { json?: boolean }) => {
      const { listDestinations } = await import('./outboxActions');
      await listDestinations(withLibrary, options);
    });
  destination
    .command('remove')
    .description('remove a destination, with whatever still waits to go there')
    .argument('<name>', 'the destination’s name')
    .action(async (name: string) => {
      const { removeDestination } = await import('./outboxActions');
      await removeDestination(withLibrary, name);
    });

  program
    .command('file')
    .description('file an article: freeze it as it is now and queue it for a destination (sent by `newsdesk outbox send` or the app)')
    .argument('<id>', 'article id')
    .requiredOption('--to <name>', 'the destination')
    .action(async (id: string, options: { to: string }) => {
      const { fileArticle } = await import('./outboxActions');
      await fileArticle(withLibrary, id, options.to);
    });

  const outbox = program
    .command('outbox')
    .description('list what was filed and what still waits to go')
    .option('--json', 'print one JSON document')
    .action(async (options: { json?: boolean }) => {
      const { listOutbox } = await import('./outboxActions');
      await listOutbox(withLibrary, options);
    });
  outbox
    .command('send')
    .description('try every waiting item now, one line each; exits 0 even when some still wait')
    .action(async () => {
      const { sendOutbox } = await import('./outboxActions');
      await sendOutbox(withLibrary);
    });
}
