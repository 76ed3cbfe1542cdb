import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './i18n.ts';
import { newMessageText, reminderText, signInCodeText } from './texts.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const leaves = (value: unknown): string[] =>
  typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [String(value)];
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the server’s catalogues', () => {
  it('case: English and Spanish have the same keys, no empty text, and the same placeholders per key', () => {
    expect(keys(CATALOGUES.es).sort()).toEqual(keys(CATALOGUES.en).sort());
    expect([...leaves(CATALOGUES.en), ...leaves(CATALOGUES.es)].every((t) => t.trim() !== '')).toBe(true);
    const at = (catalogue: unknown, key: string) => key.split('.').reduce<any>((node, part) => node[part], catalogue);
    for (const key of keys(CATALOGUES.en)) expect(placeholders(at(CATALOGUES.es, key)), key).toEqual(placeholders(at(CATALOGUES.en, key)));
  });

  it('case: a sign-in code in both languages', () => {
    expect(signInCodeText('123456', 10, 'en').sms).toBe(
      'Your Pathways code is 123456. It works for 10 minutes. Do not share it with anyone.',
    );
    expect(signInCodeText('123456', 10, 'es').subject).toBe('Su código para entrar a Pathways');
  });

  it('case: a reminder on the person’s clock: 2026-06-02T17:00Z is 10:00 AM in Los Angeles (UTC−7 in June)', () => {
    const appointment = {
      id: 1,
      personId: 'P-1',
      kind: 'appointment' as const,
      title: 'Meeting with your officer',
      startsAt: '2026-06-02T17:00:00.000Z',
      endsAt: null,
      location: '100 Main St',
      amountUsd: null,
      status: 'scheduled' as const,
    };
    const en = reminderText(appointment, 'en', 'America/Los_Angeles');
    expect(en.subject).toBe('Reminder: Meeting with your officer');
    expect(en.sms).toBe(
      'Pathways reminder: Meeting with your officer, Tuesday, June 2 at 10:00 AM at 100 Main St. Reply STOP to stop texts.',
    );
    const es = reminderText({ ...appointment, kind: 'payment', amountUsd: 25 }, 'es', 'America/Los_Angeles');
    expect(es.sms).toMatch(
      /^Recordatorio de Pathways: su pago de (US)?\$25[.,]00 \(Meeting with your officer\) vence el martes, 2 de junio\./,
    );
    expect(newMessageText('es').subject).toBe('Mensaje nuevo de su oficial');
  });
});
