/**
 * The SMTP adapter against a real SMTP server on a local port (smtp-server): the message arrives with
 * its From, To, Subject and body, Spanish accents intact in UTF-8, signed in with the configured account;
 * a 5xx refusal is permanent, a 4xx and a dead server are temporary. And SMTP_URL as the adapter's options.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../src/portal/adapters/adapter.ts';
import { smtpOptionsFromUrl } from '../src/portal/adapters/from-env.ts';
import { smtpAdapter } from '../src/portal/adapters/smtp.ts';

interface Received {
  user: string | undefined;
  mailFrom: string | undefined;
  rcptTo: string[];
  raw: string;
}

let server: SMTPServer | undefined;

async function startServer(options: Partial<SMTPServerOptions> = {}): Promise<{ port: number; received: Received[] }> {
  const received: Received[] = [];
  server = new SMTPServer({
    // Plain TCP on localhost; the adapter's TLS is nodemailer's own, tested upstream.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'pathways' && auth.password === 's3cret pass') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          user: session.user as string | undefined,
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, received };
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=) in a header, decoded. */
function decodeHeader(value: string): string {
  return value.replace(/\s*=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

/** A single-part text mail: its headers (unfolded, lower-case names) and its decoded body. */
function parseMail(raw: string): { headers: Record<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.slice(split + 4);
  const encoding = headers['content-transfer-encoding']?.toLowerCase();
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    body = Buffer.from(bytes, 'latin1').toString('utf8');
  } else if (encoding === 'base64') {
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return { headers, body: body.replace(/\r\n/g, '\n').trimEnd() };
}

const SPANISH_SUBJECT = 'Recordatorio: su cita de mañana';
const SPANISH_BODY = 'Hola. Su cita con su oficial es mañana, martes, a las 10:00.\nLleve su identificación. ¿Preguntas? Llámenos.';

describe('smtpAdapter against a local SMTP server', () => {
  it('case: the message arrives signed in, with From, To, Subject and a UTF-8 Spanish body intact', async () => {
    const { port, received } = await startServer();
    const adapter = smtpAdapter({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user: 'pathways', pass: 's3cret pass' },
      from: 'Pathways <reminders@agency.example>',
    });
    const receipt = await adapter.send({
      id: 7,
      to: 'ana.quorvexa@example.org',
      subject: SPANISH_SUBJECT,
      body: SPANISH_BODY,
      language: 'es',
    });
    await adapter.close?.();

    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.user).toBe('pathways');
    expect(mail.mailFrom).toBe('reminders@agency.example');
    expect(mail.rcptTo).toEqual(['ana.quorvexa@example.org']);
    const { headers, body } = parseMail(mail.raw);
    expect(headers.to).toBe('ana.quorvexa@example.org');
    expect(headers.from).toBe('Pathways <reminders@agency.example>');
    expect(decodeHeader(headers.subject!)).toBe(SPANISH_SUBJECT);
    expect(headers['content-type']).toMatch(/^text\/plain; charset=utf-8/i);
    expect(headers['content-language']).toBe('es');
    expect(headers['auto-submitted']).toBe('auto-generated');
    expect(body).toBe(SPANISH_BODY);
    expect(receipt.providerId).toBe(headers['message-id']);
  });

  it('case: a message without a subject gets one in its language', async () => {
    const { port, received } = await startServer({ authOptional: true });
    const adapter = smtpAdapter({ host: '127.0.0.1', port, secure: false, from: 'reminders@agency.example' });
    await adapter.send({ id: 1, to: 'a@example.org', subject: null, body: 'Hola', language: 'es' });
    await adapter.send({ id: 2, to: 'b@example.org', subject: null, body: 'Hello', language: 'en' });
    await adapter.close?.();
    expect(received.map((r) => decodeHeader(parseMail(r.raw).headers.subject!))).toEqual([
      'Un mensaje de Pathways',
      'A message from Pathways',
    ]);
  });

  it('case: a recipient the server refuses with 550 is a permanent failure whose text names no address', async () => {
    const { port } = await startServer({
      authOptional: true,
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }));
      },
    });
    const adapter = smtpAdapter({ host: '127.0.0.1', port, secure: false, from: 'reminders@agency.example' });
    const error = await adapter.send({ id: 1, to: 'gone@example.org', subject: 'x', body: 'y', language: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: true, code: '550' });
    expect((error as Error).message).not.toContain('gone@example.org');
  });

  it('case: a 451 (try later) and a wrong password are temporary; so is a server that is not there', async () => {
    const { port } = await startServer({
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error('Greylisted, come back later'), { responseCode: 451 }));
      },
    });
    const later = smtpAdapter({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user: 'pathways', pass: 's3cret pass' },
      from: 'r@agency.example',
    });
    await expect(later.send({ id: 1, to: 'a@example.org', subject: 'x', body: 'y', language: 'en' })).rejects.toMatchObject({
      permanent: false,
      code: '451',
    });
    const wrong = smtpAdapter({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user: 'pathways', pass: 'wrong' },
      from: 'r@agency.example',
    });
    await expect(wrong.send({ id: 1, to: 'a@example.org', subject: 'x', body: 'y', language: 'en' })).rejects.toMatchObject({
      permanent: false,
      message: expect.stringMatching(/^SMTP EAUTH/),
    });
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const gone = smtpAdapter({ host: '127.0.0.1', port, secure: false, from: 'r@agency.example', timeoutMs: 2000 });
    await expect(gone.send({ id: 1, to: 'a@example.org', subject: 'x', body: 'y', language: 'en' })).rejects.toMatchObject({
      permanent: false,
    });
  });
});

describe('SMTP_URL', () => {
  it('case: smtp://user:pass@host:port gives STARTTLS on that port with the decoded credentials', () => {
    expect(smtpOptionsFromUrl('smtp://pathways:s3cret%20pass@mail.agency.example:2525')).toEqual({
      host: 'mail.agency.example',
      port: 2525,
      secure: false,
      auth: { user: 'pathways', pass: 's3cret pass' },
      from: 'Pathways <no-reply@mail.agency.example>',
    });
  });
  it('case: smtps:// is TLS on 465 by default; no user means no sign-in; SMTP_FROM sets the sender', () => {
    expect(smtpOptionsFromUrl('smtps://mail.agency.example', 'Probation <p@agency.example>')).toEqual({
      host: 'mail.agency.example',
      port: 465,
      secure: true,
      from: 'Probation <p@agency.example>',
    });
    expect(smtpOptionsFromUrl('smtp://mail.agency.example').port).toBe(587);
  });
  it('case: a malformed URL is refused without repeating it (it holds a password)', () => {
    expect(() => smtpOptionsFromUrl('mail.agency.example:25')).toThrow(/smtp:\/\//);
    expect(() => smtpOptionsFromUrl('http://u:hunter2@mail.agency.example')).toThrow(/^SMTP_URL must start/);
    let message = '';
    try {
      smtpOptionsFromUrl('ftp://u:hunter2@x');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe('SMTP_URL must start with smtp:// or smtps://');
  });
});
