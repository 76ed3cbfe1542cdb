/**
 * What the dispatcher needs from a way of sending (SMTP, an SMS provider, the demo's nowhere): send one
 * message and say how it went. A failure is a `DeliveryError` that says whether trying again could help
 * (a provider that is down) or not (a number that texted STOP, an address the mail server refuses), so
 * the dispatcher's retry policy stays in one place and knows nothing of providers.
 *
 * Error texts here end up in the outbox row and the dispatcher's decisions, never in a log line: the
 * dispatcher logs `code` only. Still, they carry codes and statuses, not addresses or message bodies.
 */

export interface OutgoingMessage {
  /** The outbox row's id (a provider may use it as an idempotency hint). */
  id: number;
  /** E.164 phone number or email address. */
  to: string;
  subject: string | null;
  body: string;
  language: 'en' | 'es';
}

export interface DeliveryReceipt {
  /** The provider's id for the message: SMTP Message-ID, Twilio's SM… SID, `demo`. */
  providerId: string;
}

export interface ChannelAdapter {
  /** `smtp`, `twilio`, `demo`: shown in logs and the outbox. */
  readonly name: string;
  send(message: OutgoingMessage): Promise<DeliveryReceipt>;
  /** Releases connections (the server's shutdown). */
  close?(): Promise<void>;
}

export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    /** A short description without personal data: `HTTP 400, Twilio code 21610`. */
    message: string,
    /** True: the same message would be refused again, do not retry. */
    readonly permanent: boolean,
    /** The provider's code (`21610`, `EENVELOPE`, `550`), for the dispatcher's decisions and the logs. */
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

/** Twilio's error for a number that has replied STOP (the provider itself now refuses to text it). */
export const TWILIO_UNSUBSCRIBED = '21610';
