/**
 * The demo's portal data: for the three demo person accounts (the first person of each agency), how to
 * reach them (fictional addresses at example.org and 555-01xx numbers, which reach no one), their
 * language (Spanish for the Missouri person), a few obligations in the coming weeks and one message from
 * their officer, so that signing in to the portal shows a lived-in page. Everyone else gets nothing:
 * seeding stays fast.
 *
 * Sign-in codes for these addresses land in the outbox, where the agency's admin reads them (the demo
 * sends nothing anywhere).
 */
import { portal, type ObligationKind, type PathwaysStore, type PortalLanguage } from '@pathways/store';
import { addDays, zonedIso } from './demo-dates.ts';

interface DemoContact {
  personId: string;
  email: string;
  phone: string;
  language: PortalLanguage;
  timeZone: string;
  location: string;
}

const CONTACTS: DemoContact[] = [
  {
    personId: 'P-CA-00001',
    email: 'person.ca@example.org',
    phone: '+15555550101',
    language: 'en',
    timeZone: 'America/Los_Angeles',
    location: 'Probation office, 100 Bay Street, Mariposa Bay (fictional)',
  },
  {
    personId: 'P-MO-00001',
    email: 'person.mo@example.org',
    phone: '+15555550102',
    language: 'es',
    timeZone: 'America/Chicago',
    location: 'Oficina de libertad condicional, 200 Ridge Road, Cedar Ridge (ficticia)',
  },
  {
    personId: 'P-PA-00001',
    email: 'person.pa@example.org',
    phone: '+15555550103',
    language: 'en',
    timeZone: 'America/New_York',
    location: 'Adult Probation, 300 Valley Avenue, Laurel Valley (fictional)',
  },
];

/** What each person has to do, by language: days from today, local start time, minutes, title. */
interface ObligationSpec {
  kind: ObligationKind;
  days: number;
  time: string;
  minutes: number | null;
  title: Record<PortalLanguage, string>;
  atOffice: boolean;
  done?: boolean;
}

const OBLIGATIONS: ObligationSpec[] = [
  {
    kind: 'check_in',
    days: -12,
    time: '09:00',
    minutes: null,
    title: { en: 'Check in at the kiosk', es: 'Reportarse en el quiosco' },
    atOffice: true,
    done: true,
  },
  {
    kind: 'appointment',
    days: 2,
    time: '10:00',
    minutes: 30,
    title: { en: 'Meet with your officer', es: 'Cita con su oficial' },
    atOffice: true,
  },
  {
    kind: 'check_in',
    days: 6,
    time: '09:00',
    minutes: null,
    title: { en: 'Check in at the kiosk', es: 'Reportarse en el quiosco' },
    atOffice: true,
  },
  {
    kind: 'program',
    days: 9,
    time: '18:00',
    minutes: 90,
    title: { en: 'Job readiness class', es: 'Clase de preparación para el empleo' },
    atOffice: false,
  },
];

const MESSAGE: Record<PortalLanguage, string> = {
  en: 'Hello! This is your officer. Please come to your appointment this week. If you are working, bring a pay stub. You can write to me here if you have questions.',
  es: '¡Hola! Soy su oficial. Por favor venga a su cita de esta semana. Si está trabajando, traiga un talón de pago. Puede escribirme aquí si tiene preguntas.',
};

const PROGRAM_PLACE: Record<PortalLanguage, string> = {
  en: 'Community job center, room 4 (fictional)',
  es: 'Centro de empleo comunitario, salón 4 (ficticio)',
};

export async function seedDemoPortal(store: PathwaysStore, today: string): Promise<void> {
  await store.transaction(async (tx) => {
    const p = portal(tx);
    for (const c of CONTACTS) {
      const person = await tx.people.get(c.personId);
      if (!person || !(await p.accounts.userFor(c.personId))) continue;
      await p.contacts.set({ personId: c.personId, email: c.email, phone: c.phone, language: c.language, timeZone: c.timeZone });

      for (const o of OBLIGATIONS) {
        const day = addDays(today, o.days);
        const startsAt = zonedIso(day, o.time, c.timeZone);
        await p.obligations.add({
          personId: c.personId,
          kind: o.kind,
          title: o.title[c.language],
          startsAt,
          endsAt: o.minutes === null ? null : new Date(Date.parse(startsAt) + o.minutes * 60_000).toISOString(),
          location: o.atOffice ? c.location : PROGRAM_PLACE[c.language],
          amountUsd: null,
          ...(o.done ? { status: 'done' as const } : {}),
        });
      }
      // A payment due in two weeks: toward restitution when the record orders some, else the monthly fee.
      const owesRestitution = person.record.terms.some((t) => (t.restitutionOrderedUsd ?? 0) > 0);
      await p.obligations.add({
        personId: c.personId,
        kind: 'payment',
        title: owesRestitution
          ? { en: 'Restitution payment', es: 'Pago de restitución' }[c.language]
          : { en: 'Supervision fee', es: 'Cuota de supervisión' }[c.language],
        startsAt: zonedIso(addDays(today, 14), '17:00', c.timeZone),
        endsAt: null,
        location: null,
        amountUsd: owesRestitution ? 50 : 30,
      });

      const officerId = await tx.caseloads.officerOf(c.personId);
      if (officerId) {
        await p.messages.add({
          personId: c.personId,
          direction: 'to_person',
          authorUserId: officerId,
          body: MESSAGE[c.language],
          at: zonedIso(addDays(today, -1), '16:00', c.timeZone),
        });
      }
    }
  });
}
