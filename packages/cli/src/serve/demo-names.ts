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

/**
 * The n-th demo person's date of birth: 18 to 57 years before their earliest sentence (spread by n, so
 * the supervisor's outcomes by age band have people in every band), on a day that exists in every month.
 */
export function demoBirthDate(n: number, earliestSentenceDate: string): string {
  const ageAtSentence = 18 + ((n * 7) % 40);
  const year = Number(earliestSentenceDate.slice(0, 4)) - ageAtSentence;
  const month = 1 + ((n * 5) % 12);
  const day = 1 + ((n * 11) % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
