/**
 * One supporter's letter to one legislator: written from the campaign's template, recorded (at most once
 * per supporter, legislator and campaign: the store's unique index) and put in the notification outbox, all
 * in the caller's transaction. The letters route and the demo's seed send them the same way.
 */
import { campaignLetters, outbox, type Campaign, type Legislator, type Store, type Supporter } from '@pathways/store';
import { chamberTitle, districtName, renderLetter } from './letter-template.ts';
import { letterSubject } from './supporter-email.ts';

export interface Letter {
  subject: string;
  body: string;
}

export function letterFor(
  campaign: Pick<Campaign, 'bill' | 'name' | 'letterTemplate'>,
  supporter: Pick<Supporter, 'name' | 'email' | 'zip'>,
  l: Legislator,
  ownWords: string,
  impact: string,
): Letter {
  return {
    subject: letterSubject(campaign.bill, supporter.zip),
    body: renderLetter(campaign.letterTemplate, {
      legislator: `${chamberTitle(l.chamber)} ${l.name}`,
      district: districtName(l.chamber, l.district),
      bill: campaign.bill,
      campaign: campaign.name,
      impact,
      own_words: ownWords,
      supporter_name: supporter.name,
      supporter_email: supporter.email,
      zip: supporter.zip,
    }),
  };
}

/** Records the letter and enqueues its email; false when this supporter already wrote to this legislator. */
export async function sendLetter(
  tx: Store,
  input: { campaignId: string; supporterId: string; legislator: Legislator; letter: Letter; at: Date },
): Promise<boolean> {
  const l = input.legislator;
  const id = await campaignLetters(tx).record({
    campaignId: input.campaignId,
    supporterId: input.supporterId,
    legislatorId: l.id,
    state: l.state,
    chamber: l.chamber,
    district: l.district,
    outboxId: null,
    sentAt: input.at.toISOString(),
  });
  if (id === null) return false;
  const message = await outbox(tx).enqueue(
    {
      channel: 'email',
      to: l.email,
      subject: input.letter.subject,
      body: input.letter.body,
      kind: 'legislator_letter',
      personId: null,
      language: 'en',
      urgent: false,
      dedupeKey: `campaign-letter:${id}`,
    },
    input.at,
  );
  if (message) await campaignLetters(tx).setOutbox(id, message.id);
  return true;
}
