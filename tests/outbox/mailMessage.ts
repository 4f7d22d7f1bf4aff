// Just enough MIME reading for the tests to see a message as its reader would: headers (RFC 2047 words
// decoded), the text part, and the attachments' names and bytes.
export interface MailMessage {
  header(name: string): string | undefined;
  text: string;
  attachments: Array<{ name: string; bytes: Buffer }>;
}

export function readMail(raw: string): MailMessage {
  const { headers, body } = split(raw);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1).map(split) : [{ headers, body }];
  const decoded = parts.map((part) => ({ ...part, bytes: decodeBody(part.headers.get('content-transfer-encoding'), part.body) }));
  const textPart = decoded.find((part) => (part.headers.get('content-type') ?? 'text/plain').startsWith('text/plain'));
  return {
    header: (name) => headers.get(name.toLowerCase()),
    text: textPart ? textPart.bytes.toString('utf8') : '',
    attachments: decoded
      .filter((part) => /attachment/i.test(part.headers.get('content-disposition') ?? ''))
      .map((part) => ({ name: words(/filename="?([^";]+)"?/i.exec(part.headers.get('content-disposition')!)![1]!), bytes: part.bytes })),
  };
}

function split(raw: string): { headers: Map<string, string>; body: string } {
  const text = raw.replace(/^\r?\n/, '');
  const end = text.search(/\r?\n\r?\n/);
  const head = text.slice(0, end).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), words(line.slice(colon + 1).trim()));
  }
  return { headers, body: text.slice(end).replace(/^\r?\n\r?\n/, '') };
}

function decodeBody(encoding: string | undefined, body: string): Buffer {
  if (encoding?.toLowerCase() === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (encoding?.toLowerCase() === 'quoted-printable') {
    return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  }
  return Buffer.from(body, 'utf8');
}

/** RFC 2047 encoded words, B and Q, UTF-8. */
function words(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}
