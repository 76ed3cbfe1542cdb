/**
 * Which adapters `pathways serve` sends through, from the environment:
 *   SMTP_URL     smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465 (TLS);
 *   SMTP_FROM    the From header (default `Pathways <no-reply@HOST>`);
 *   TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM (all three, or none), TWILIO_BASE_URL (default
 *                https://api.twilio.com; any Twilio-compatible provider).
 * A channel left unconfigured uses the demo adapter, which keeps messages in the outbox for an
 * administrator to read. A half-configured channel is an error at start, not a silent demo.
 */
import type { ChannelAdapter } from './adapter.ts';
import { demoOutboxAdapter } from './demo.ts';
import { smtpAdapter, type SmtpOptions } from './smtp.ts';
import { twilioSmsAdapter, type TwilioOptions } from './twilio-sms.ts';

export interface NotificationAdapters {
  sms: ChannelAdapter;
  email: ChannelAdapter;
}

export const TWILIO_DEFAULT_BASE_URL = 'https://api.twilio.com';

/** SMTP_URL (and SMTP_FROM) as smtpAdapter's options. The error never repeats the URL: it holds a password. */
export function smtpOptionsFromUrl(smtpUrl: string, from?: string): SmtpOptions {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new Error('SMTP_URL is not a URL: expected smtp://user:pass@host:port or smtps://…');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('SMTP_URL must start with smtp:// or smtps://');
  if (!url.hostname) throw new Error('SMTP_URL names no host');
  const secure = url.protocol === 'smtps:';
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  return {
    host: url.hostname,
    port,
    secure: secure || port === 465,
    ...(user ? { auth: { user, pass } } : {}),
    from: from?.trim() || `Pathways <no-reply@${url.hostname}>`,
  };
}

/** The Twilio variables as twilioSmsAdapter's options; undefined when none is set. */
export function twilioOptionsFromEnv(env: NodeJS.ProcessEnv): TwilioOptions | undefined {
  const names = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'] as const;
  const missing = names.filter((n) => !env[n]?.trim());
  if (missing.length === names.length) return undefined;
  if (missing.length > 0) throw new Error(`SMS through Twilio needs ${names.join(', ')}: ${missing.join(', ')} not set`);
  return {
    baseUrl: env.TWILIO_BASE_URL?.trim() || TWILIO_DEFAULT_BASE_URL,
    accountSid: env.TWILIO_ACCOUNT_SID!.trim(),
    authToken: env.TWILIO_AUTH_TOKEN!.trim(),
    from: env.TWILIO_FROM!.trim(),
  };
}

export function adaptersFromEnv(env: NodeJS.ProcessEnv = process.env): NotificationAdapters {
  const smtp = env.SMTP_URL?.trim();
  const twilio = twilioOptionsFromEnv(env);
  return {
    email: smtp ? smtpAdapter(smtpOptionsFromUrl(smtp, env.SMTP_FROM)) : demoOutboxAdapter(),
    sms: twilio ? twilioSmsAdapter(twilio) : demoOutboxAdapter(),
  };
}
