/**
 * The emails a supporter's actions send: the link that confirms their address, and each letter to a
 * legislator. Plain text, in English (the campaign pages are English only for now).
 */
import { VERIFY_HOURS } from './supporter-session.ts';

export function verificationEmail(name: string, campaignName: string, link: string): { subject: string; body: string } {
  return {
    subject: `Confirm your email to support “${campaignName}”`,
    body: [
      `Hello ${name},`,
      '',
      `You signed up to support “${campaignName}” on Pathways. Open this link to confirm your email address; until you do, nothing you send will count:`,
      '',
      link,
      '',
      `The link works once, for ${VERIFY_HOURS} hours. If you did not sign up, ignore this email: nothing happens and you will hear nothing more.`,
    ].join('\n'),
  };
}

export function letterSubject(bill: string, zip: string): string {
  return `${bill}: a letter from a constituent in ZIP code ${zip}`;
}
