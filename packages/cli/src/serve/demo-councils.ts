/**
 * The demo's councils and events (issue 9, part 4), created by the `advocate` account: a youth advisory
 * council of fictional members (example.org addresses, which reach no one; one member has left), and
 * three events around `today`:
 *
 * - a public briefing in ten days, on the campaign `mo-earned-compliance` when that campaign exists (on
 *   none otherwise), with two council members seated, so its page at /events/earned-compliance-briefing
 *   shows seats left and takes RSVPs;
 * - a members-only facility visit in three weeks with two RSVPs in different clearance states (one fully
 *   cleared, one with only the ID submitted), so the desk shows "Cleared" and "Not cleared";
 * - a dinner two weeks ago, its attendance marked (three attended, one no-show).
 *
 * Everything happens in Missouri's zone (America/Chicago), at wall-clock times on days counted from
 * `today`. The whole seed is a handful of rows in one transaction.
 */
import { councils, type CouncilMember, type CouncilRole, type PathwaysStore } from '@pathways/store';
import { addDays, zonedIso } from './demo-dates.ts';

const STAFF = 'user-advocate';
const ZONE = 'America/Chicago';
export const DEMO_COUNCIL_ID = 'youth-advisory-council';
export const DEMO_BRIEFING_ID = 'earned-compliance-briefing';
export const DEMO_VISIT_ID = 'cedar-ridge-facility-visit';
export const DEMO_DINNER_ID = 'council-dinner';
const CAMPAIGN_ID = 'mo-earned-compliance';

const MEMBERS: { name: string; email: string; role: CouncilRole; joinedDaysAgo: number; leftDaysAgo?: number }[] = [
  { name: 'Maya Okafor', email: 'maya.okafor@example.org', role: 'chair', joinedDaysAgo: 400 },
  { name: 'Devon Reyes', email: 'devon.reyes@example.org', role: 'youth_member', joinedDaysAgo: 300 },
  { name: 'Aaliyah Brooks', email: 'aaliyah.brooks@example.org', role: 'youth_member', joinedDaysAgo: 250 },
  { name: 'Sam Whitfield', email: 'sam.whitfield@example.org', role: 'member', joinedDaysAgo: 200 },
  { name: 'Jordan Lee', email: 'jordan.lee@example.org', role: 'staff_liaison', joinedDaysAgo: 380 },
  { name: 'Tariq Nolan', email: 'tariq.nolan@example.org', role: 'youth_member', joinedDaysAgo: 350, leftDaysAgo: 30 },
];

/** A wall-clock time on a day in Missouri, as a UTC ISO instant. */
const missouriTime = (day: string, time: string): string => zonedIso(day, time, ZONE);

export async function seedDemoCouncils(store: PathwaysStore, today: string): Promise<void> {
  await store.transaction(async (tx) => {
    const c = councils(tx);
    const at = missouriTime(addDays(today, -420), '09:00');
    await c.councils.create(
      {
        id: DEMO_COUNCIL_ID,
        name: 'Youth advisory council',
        description:
          'Young people who have lived under probation or parole, advising the campaign on what the bills would change for people like them (fictional members).',
        createdBy: STAFF,
      },
      at,
    );
    const members = new Map<string, CouncilMember>();
    for (const m of MEMBERS) {
      const added = await c.members.add(
        {
          councilId: DEMO_COUNCIL_ID,
          name: m.name,
          email: m.email,
          role: m.role,
          joinedOn: addDays(today, -m.joinedDaysAgo),
          leftOn: m.leftDaysAgo === undefined ? null : addDays(today, -m.leftDaysAgo),
        },
        at,
      );
      members.set(m.name, added);
    }
    const member = (name: string) => members.get(name)!;

    const campaign = await c.campaigns.get(CAMPAIGN_ID);
    const briefingDay = addDays(today, 10);
    await c.events.create({
      id: DEMO_BRIEFING_ID,
      title: 'Briefing: what earned compliance credits would change',
      kind: 'briefing',
      description:
        'The youth advisory council and campaign staff walk through the bill, the simulator’s numbers for Missouri, and what people on supervision told us. Questions welcome; light refreshments.',
      startsAt: missouriTime(briefingDay, '18:00'),
      endsAt: missouriTime(briefingDay, '19:30'),
      timeZone: ZONE,
      location: 'Cedar Ridge Public Library, Community Room, 40 Elm Street, Cedar Ridge (fictional)',
      capacity: 40,
      councilId: DEMO_COUNCIL_ID,
      campaignId: campaign ? campaign.id : null,
      visibility: 'public',
      createdBy: STAFF,
    });
    // Seats booked two days ago (the dinner's a month ago): the waitlist's order is when an RSVP counted.
    const booked = missouriTime(addDays(today, -2), '12:00');
    for (const name of ['Maya Okafor', 'Devon Reyes']) await c.rsvps.addMember(DEMO_BRIEFING_ID, member(name), booked);

    const visitDay = addDays(today, 21);
    await c.events.create({
      id: DEMO_VISIT_ID,
      title: 'Visit to Cedar Ridge Youth Treatment Center',
      kind: 'facility_visit',
      description:
        'A guided visit of the living units and the school with the superintendent, then a conversation with residents who volunteered.',
      startsAt: missouriTime(visitDay, '10:00'),
      endsAt: missouriTime(visitDay, '12:00'),
      timeZone: ZONE,
      location: 'Cedar Ridge Youth Treatment Center, 1200 County Road 9, Cedar Ridge (fictional)',
      capacity: 8,
      councilId: DEMO_COUNCIL_ID,
      campaignId: null,
      visibility: 'members',
      createdBy: STAFF,
    });
    const cleared = await c.rsvps.addMember(DEMO_VISIT_ID, member('Aaliyah Brooks'), booked);
    for (const item of ['id_submitted', 'background_check', 'visit_approved'])
      await c.rsvps.setClearance(cleared.id, item, true, STAFF, booked);
    const halfway = await c.rsvps.addMember(DEMO_VISIT_ID, member('Sam Whitfield'), booked);
    await c.rsvps.setClearance(halfway.id, 'id_submitted', true, STAFF, booked);

    const dinnerDay = addDays(today, -14);
    await c.events.create({
      id: DEMO_DINNER_ID,
      title: 'Council dinner',
      kind: 'dinner',
      description: 'The council’s quarterly dinner: the year’s plan, and a welcome to the newest members.',
      startsAt: missouriTime(dinnerDay, '18:30'),
      endsAt: missouriTime(dinnerDay, '20:30'),
      timeZone: ZONE,
      location: 'Riverside Diner, private room, 5 Water Street, Cedar Ridge (fictional)',
      capacity: 12,
      councilId: DEMO_COUNCIL_ID,
      campaignId: null,
      visibility: 'members',
      createdBy: STAFF,
    });
    const after = missouriTime(dinnerDay, '21:00');
    for (const [name, mark] of [
      ['Maya Okafor', 'attended'],
      ['Devon Reyes', 'attended'],
      ['Aaliyah Brooks', 'attended'],
      ['Jordan Lee', 'no_show'],
    ] as const) {
      const rsvp = await c.rsvps.addMember(DEMO_DINNER_ID, member(name), missouriTime(addDays(today, -30), '12:00'));
      await c.rsvps.setAttendance(rsvp.id, mark, STAFF, after);
    }
  });
}
