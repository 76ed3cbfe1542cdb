/**
 * Texts coming back from Twilio (its form-encoded webhook): proving a request is Twilio's, reading the
 * opt-out keywords, and the TwiML reply.
 *
 * The signature (X-Twilio-Signature), as Twilio documents it: take the full URL Twilio requested, query
 * string included; append each POST parameter's name and value, sorted by name, with no separators; HMAC-
 * SHA1 that with the account's auth token; base64. A repeated parameter contributes each of its values,
 * sorted, under its name.
 *
 * Keywords are the carriers' standard English ones, which Twilio itself honours: a whole message of STOP,
 * STOPALL, UNSUBSCRIBE, CANCEL, END or QUIT opts out; START or UNSTOP opts back in; HELP (or INFO) answers
 * with who is texting and how to stop. Case and surrounding spaces or punctuation do not matter.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type FormParams = Record<string, string | string[]>;

export function twilioSignature(authToken: string, url: string, params: FormParams): string {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name]!;
    for (const v of Array.isArray(value) ? [...value].sort() : [value]) data += name + v;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/** Whether `signature` is Twilio's for one of the URLs the request may have been sent to. */
export function validTwilioSignature(
  authToken: string,
  signature: string | undefined,
  urls: readonly string[],
  params: FormParams,
): boolean {
  if (!signature) return false;
  const given = Buffer.from(signature);
  return urls.some((url) => {
    const expected = Buffer.from(twilioSignature(authToken, url, params));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/** A form body as Twilio sends it; a name given twice keeps both values. */
export function parseForm(body: string): FormParams {
  const out: FormParams = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const before = out[name];
    out[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  }
  return out;
}

export type SmsKeyword = 'stop' | 'start' | 'help';

const KEYWORDS: Record<string, SmsKeyword> = {
  STOP: 'stop',
  STOPALL: 'stop',
  UNSUBSCRIBE: 'stop',
  CANCEL: 'stop',
  END: 'stop',
  QUIT: 'stop',
  START: 'start',
  UNSTOP: 'start',
  HELP: 'help',
  INFO: 'help',
};

/** The keyword a whole message is, or null for anything else ("stop by at 5" is not STOP). */
export function smsKeyword(body: string): SmsKeyword | null {
  const word = body
    .trim()
    .replace(/^[\s"'¡¿.!?]+|[\s"'.!?]+$/g, '')
    .toUpperCase();
  return KEYWORDS[word] ?? null;
}

/** Plain words (sixth-grade reading level), in the person's language. */
export const KEYWORD_REPLIES: Record<SmsKeyword, Record<'en' | 'es', string>> = {
  stop: {
    en: 'Pathways: You will not get more texts from us. To get them again, reply START.',
    es: 'Pathways: Ya no le enviaremos más mensajes de texto. Para recibirlos otra vez, responda START.',
  },
  start: {
    en: 'Pathways: You will get texts from us again. To stop them, reply STOP.',
    es: 'Pathways: Le volveremos a enviar mensajes de texto. Para dejar de recibirlos, responda STOP.',
  },
  help: {
    en: 'Pathways: Reminders about your supervision. To stop texts, reply STOP. For help, call your officer.',
    es: 'Pathways: Recordatorios sobre su supervisión. Para no recibir mensajes, responda STOP. Para ayuda, llame a su oficial.',
  },
};

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** A TwiML answer: one reply text, or none. */
export function twiml(reply: string | null): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${reply === null ? '' : `<Message>${escapeXml(reply)}</Message>`}</Response>`;
}
