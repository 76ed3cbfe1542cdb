/**
 * What the portal's notifications say, in English and Spanish: the sign-in code, the reminder of an
 * obligation, and the notice that the officer wrote. Plain words, short sentences (a sixth-to-eighth
 * grade reading level), dates and money in the person’s language and time zone (Intl).
 *
 * The sentences are in the server's i18next catalogues (./locales, keys `code`, `reminder`, `message`).
 */
import type { Obligation, PortalLanguage } from '@pathways/store';
import { translator } from './i18n.ts';

export interface NotificationText {
  /** The email's subject (a text message has none). */
  subject: string;
  /** The text message: short, since every 160 characters is one more SMS. */
  sms: string;
  /** The email's body. */
  email: string;
}

const LOCALE: Record<PortalLanguage, string> = { en: 'en-US', es: 'es-US' };

/** A moment on the person's own clock: "Tuesday, June 2, 10:00 AM" / "martes, 2 de junio, 10:00 a. m.". */
export function localWhen(at: string, language: PortalLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(at));
}

/** A day on the person's own calendar, for what is due on a day rather than at an hour (a payment). */
export function localDay(at: string, language: PortalLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE[language], { timeZone, weekday: 'long', month: 'long', day: 'numeric' }).format(new Date(at));
}

export function money(usd: number, language: PortalLanguage): string {
  return new Intl.NumberFormat(LOCALE[language], { style: 'currency', currency: 'USD' }).format(usd);
}

export function signInCodeText(code: string, minutes: number, language: PortalLanguage): NotificationText {
  const t = translator(language);
  const sms = t('code.sms', { code, minutes });
  return { subject: t('code.subject'), sms, email: `${sms}\n\n${t('code.emailNote')}` };
}

/** The reminder of one obligation, sent the day before. */
export function reminderText(o: Obligation, language: PortalLanguage, timeZone: string): NotificationText {
  const t = translator(language);
  const values = {
    title: o.title,
    when: localWhen(o.startsAt, language, timeZone),
    day: localDay(o.startsAt, language, timeZone),
    location: o.location ?? '',
    amount: o.amountUsd !== null ? money(o.amountUsd, language) : '',
  };
  const what =
    o.kind === 'payment'
      ? t(o.amountUsd !== null ? 'reminder.paymentAmount' : 'reminder.payment', values)
      : o.kind === 'check_in'
        ? t(o.location ? 'reminder.checkInAt' : 'reminder.checkIn', values)
        : t(o.location ? 'reminder.otherAt' : 'reminder.other', values);
  const line = t('reminder.line', { what });
  return {
    subject: t('reminder.subject', values),
    sms: `${line} ${t('reminder.smsTail')}`,
    email: `${line}\n\n${t('reminder.emailTail')}`,
  };
}

/**
 * The notice that the officer wrote: it never quotes the message, since a text or an email may be read
 * by whoever holds the phone. The message itself is read in the portal, after signing in.
 */
export function newMessageText(language: PortalLanguage): NotificationText {
  const t = translator(language);
  const line = t('message.line');
  return { subject: t('message.subject'), sms: line, email: line };
}
