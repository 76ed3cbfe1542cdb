/**
 * Names for the demo's fictional people, so the workspace shows what an officer's screen would. Drawn
 * from common given and family names and combined by position, so no combination stands for anyone.
 */
const GIVEN = [
  'Ana',
  'Marcus',
  'Keisha',
  'Luis',
  'Emily',
  'Darnell',
  'Mei',
  'Jose',
  'Tanya',
  'Robert',
  'Aaliyah',
  'Nguyen',
  'Carmen',
  'Tyrone',
  'Olivia',
  'Samuel',
  'Fatima',
  'Cody',
  'Rosa',
  'Andre',
  'Hannah',
  'Miguel',
  'Shaniqua',
  'Dylan',
];
const FAMILY = [
  'Ruiz',
  'Johnson',
  'Okafor',
  'Hernandez',
  'Walker',
  'Chen',
  'Brooks',
  'Martinez',
  'Nguyen',
  'Patel',
  'Williams',
  'Garcia',
  'Thompson',
  'Kowalski',
  'Jackson',
  'Lopez',
  'Begay',
  'Murphy',
  'Davis',
  'Reyes',
  'Washington',
  'Kim',
  'Novak',
];

/** The n-th demo person's name (n from 0); 24 × 23 combinations before one repeats. */
export function demoName(n: number): { given: string; family: string } {
  return { given: GIVEN[n % GIVEN.length]!, family: FAMILY[Math.floor(n / GIVEN.length + n) % FAMILY.length]! };
}
