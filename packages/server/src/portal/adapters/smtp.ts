/**
 * Email through any SMTP server (nodemailer). One connection per message: reminders and codes are few,
 * and nothing is left open between the dispatcher's ticks. The mail is plain text in UTF-8 (nodemailer
 * encodes Spanish accents in the body and subject), marked `Auto-Submitted` (RFC 3834) so that
 * auto-responders do not answer it, with the message's language in `Content-Language`.
 *
 * A refusal the server calls permanent (5xx: no such mailbox) is not retried; a dropped connection, a
 * timeout or a 4xx is. A failed sign-in to the server (535) counts as temporary: it is the configuration,
 * not the message, and retrying gives the administrator time to fix it.
 */
import { createTransport } from 'nodemailer';
import { DeliveryError, type ChannelAdapter } from './adapter.ts';

export interface SmtpOptions {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  /** The From header: `Pathways <reminders@agency.example>`. */
  from: string;
  /** Milliseconds to wait on a silent server before giving up on this attempt (default 60 s). */
  timeoutMs?: number;
}

const DEFAULT_SUBJECT = { en: 'A message from Pathways', es: 'Un mensaje de Pathways' } as const;

export function smtpAdapter(options: SmtpOptions): ChannelAdapter {
  const timeout = options.timeoutMs ?? 60_000;
  const transport = createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure,
    ...(options.auth ? { auth: options.auth } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    // Nodemailer's own logging would print addresses: off.
    logger: false,
  });

  return {
    name: 'smtp',
    async send(message) {
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject ?? DEFAULT_SUBJECT[message.language],
          text: message.body,
          headers: { 'Content-Language': message.language, 'Auto-Submitted': 'auto-generated' },
        });
        return { providerId: info.messageId };
      } catch (error) {
        const e = error as { code?: unknown; responseCode?: unknown; permanent?: unknown };
        const code = typeof e.code === 'string' ? e.code : null;
        const reply = typeof e.responseCode === 'number' ? e.responseCode : null;
        // The server's reply text can quote the address: only the codes are kept.
        const description = `SMTP ${code ?? 'error'}${reply !== null ? ` (reply ${reply})` : ''}`;
        throw new DeliveryError(description, e.permanent === true && code !== 'EAUTH', reply !== null ? String(reply) : code);
      }
    },
    async close() {
      transport.close();
    },
  };
}
