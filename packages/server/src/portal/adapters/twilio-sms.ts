/**
 * Texts through Twilio's Messages API, or any provider that speaks it (a local imitation in the tests):
 * POST {baseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded To, From and Body, HTTP
 * Basic auth with the account SID and auth token. Twilio answers 201 with the message's `sid`.
 *
 * A 4xx is Twilio refusing this message (21610: the number replied STOP; 21211: not a valid number) and is
 * not retried; 429 (too many requests), 401 (the configured credentials), a 5xx, a timeout or no
 * connection are retried by the dispatcher.
 */
import { DeliveryError, type ChannelAdapter } from './adapter.ts';

export interface TwilioOptions {
  /** `https://api.twilio.com`, or a compatible provider's base URL. */
  baseUrl: string;
  accountSid: string;
  authToken: string;
  /** The sending number (E.164) or a messaging service's sender. */
  from: string;
  /** Milliseconds before a request is abandoned (default 15 s). */
  timeoutMs?: number;
}

export function twilioSmsAdapter(options: TwilioOptions): ChannelAdapter {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  const timeoutMs = options.timeoutMs ?? 15_000;

  return {
    name: 'twilio',
    async send(message) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: new URLSearchParams({ To: message.to, From: options.from, Body: message.body }).toString(),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const name = error instanceof Error ? error.name : 'Error';
        throw new DeliveryError(`SMS provider unreachable (${name})`, false, name === 'TimeoutError' ? 'ETIMEDOUT' : 'ECONNECTION');
      }
      const text = await response.text();
      let json: { sid?: unknown; code?: unknown } = {};
      try {
        json = text ? (JSON.parse(text) as typeof json) : {};
      } catch {
        // A proxy's HTML error page: the status alone decides.
      }
      if (response.ok) {
        if (typeof json.sid !== 'string') throw new DeliveryError(`SMS provider answered ${response.status} without a message sid`, false);
        return { providerId: json.sid };
      }
      const code = typeof json.code === 'number' || typeof json.code === 'string' ? String(json.code) : null;
      // Twilio's `message` can quote the number: keep the status and code only.
      const description = `HTTP ${response.status}${code !== null ? `, Twilio code ${code}` : ''}`;
      // 401 is our credentials, not this message; 408 and 429 ask to come back later.
      const permanent = response.status >= 400 && response.status < 500 && ![401, 408, 429].includes(response.status);
      throw new DeliveryError(description, permanent, code ?? String(response.status));
    },
  };
}
