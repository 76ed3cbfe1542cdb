/**
 * Jobs matched to a person: each job of the directory either fits, with the reasons it fits ("why this
 * fits") and anything to check, or is left out with every reason it is (staff see those; the person sees
 * the jobs that fit). Pure: the route hands it the jobs, the person's profile and today's date.
 *
 * The rules, each from the person's profile (packages/store directories `DirectoryProfile`):
 * - Distance: miles between the centroids of the home ZIP and the job's ZIP (distance.ts). Over the travel
 *   limit, or with no limit over the search radius (`maxMiles`, default 50), the job is left out. A remote
 *   job (jobLocationType TELECOMMUTE) has no distance; one whose region (where applicants must live) is
 *   not the home ZIP's state is left out. An unknown distance leaves the job in, with a note.
 * - Curfew: the shift from `workHours` (work-hours.ts) must not overlap the curfew on the 24-hour circle (a
 *   shift ending after curfew starts, or starting before it ends, is left out; across midnight too). Hours
 *   not given: in, with a note to ask. Within an hour of curfew: in, with a note to plan the trip home.
 * - No driving: left out when the title, description or occupational category says the work is driving:
 *   the words driver(s), driving, delivery/deliveries, courier, chauffeur, CDL, rideshare, or an SOC code
 *   53-3xxx (motor vehicle operators). Negated phrases ("no driving", "driver's license not required")
 *   are removed first.
 * - No contact with minors: left out when the title, description, employer or category says the work is
 *   with children: child care/childcare, daycare, preschool, pre-k, kindergarten, school(s), tutor(ing),
 *   nanny, babysitter/babysitting, youth, camp counselor, children, kids, minors, or SOC 39-9011 (childcare
 *   workers), 25-2xxx (school teachers), 25-9041 (teaching assistants). It errs toward leaving a job out.
 * - No alcohol venues: left out when the title, description, employer or category names a place that
 *   serves or sells alcohol: bar(s), bartender, barback, brewery, brewpub, taproom, tavern, pub, saloon,
 *   nightclub, liquor, winery, wine bar, distillery, cocktail(s), or SOC 35-3011 (bartenders).
 * - A posting past its validThrough date is left out.
 * Fair-chance employers are named first among the reasons, and listed first.
 */
import type { DirectoryJob, DirectoryProfile } from '@pathways/store';
import zipcodes from 'zipcodes';
import { haversineMiles, roundMiles, zipCentroid, type Point } from './distance.ts';
import { reason, type Lang, type Reason } from './reason-text.ts';
import { minutesOf, parseWorkHours, shiftOverlapsCurfew } from './work-hours.ts';

export const DEFAULT_MAX_MILES = 50;
/** A shift ending this close to curfew gets a note to plan the trip home. */
const CURFEW_MARGIN_MINUTES = 60;

export interface JobAssessment {
  job: DirectoryJob;
  fits: boolean;
  /** Miles from home, one decimal; null when remote or unknown. */
  distanceMiles: number | null;
  reasons: Reason[];
  cautions: Reason[];
  exclusions: Reason[];
}

export interface MatchOptions {
  /** YYYY-MM-DD: postings that closed before it are left out. */
  today: string;
  lang: Lang;
  /** Search radius for a person without a travel limit. */
  maxMiles?: number;
}

const NEGATED_DRIVING =
  /\bno (driving|driver'?s licen[cs]e|cdl)\b[^.;,]*|\b(driving|driver'?s licen[cs]e|cdl)\s+(is\s+)?not\s+(required|needed)\b/gi;
const DRIVING = /\b(drivers?|driving|delivery|deliveries|courier|chauffeur|cdl|rideshare)\b/i;
const MINORS =
  /\b(child ?care|day ?care|pre-?school|pre-?k|kindergarten|schools?|tutor(ing)?|nann(y|ies)|babysitt(er|ing)|youth|camp counselors?|children|kids|minors)\b/i;
const ALCOHOL =
  /\b(bars?|bartend(er|ers|ing)|barback|brewery|breweries|brewpub|taproom|tavern|pub|saloon|night ?club|liquor|winery|wine bar|distillery|cocktails?)\b/i;

const soc = (job: DirectoryJob): string => (job.occupationalCategory ?? '').trim();

/** The driving rule (see the header). */
export function needsDriving(job: DirectoryJob): boolean {
  if (/^53-3\d/.test(soc(job))) return true;
  const text = `${job.title} ${job.description ?? ''} ${job.occupationalCategory ?? ''}`.replace(NEGATED_DRIVING, ' ');
  return DRIVING.test(text);
}

/** The minors rule (see the header). */
export function aroundChildren(job: DirectoryJob): boolean {
  if (/^(39-9011|25-2\d|25-9041)/.test(soc(job))) return true;
  return MINORS.test(`${job.title} ${job.description ?? ''} ${job.organization} ${job.occupationalCategory ?? ''}`);
}

/** The alcohol-venue rule (see the header). */
export function alcoholVenue(job: DirectoryJob): boolean {
  if (/^35-3011/.test(soc(job))) return true;
  return ALCOHOL.test(`${job.title} ${job.description ?? ''} ${job.organization} ${job.occupationalCategory ?? ''}`);
}

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** One job against one person's profile (null: no profile on file, so only the job's own facts apply). */
export function assessJob(job: DirectoryJob, profile: DirectoryProfile | null, options: MatchOptions, home?: Point): JobAssessment {
  const { lang } = options;
  const conditions = profile?.conditions;
  const reasons: Reason[] = [];
  const cautions: Reason[] = [];
  const exclusions: Reason[] = [];

  if (job.fairChance) reasons.push(reason('fair_chance', {}, lang));

  if (job.validThrough && job.validThrough.slice(0, 10) < options.today)
    exclusions.push(reason('posting_closed', { date: job.validThrough.slice(0, 10) }, lang));

  // Distance.
  let distanceMiles: number | null = null;
  const limit = conditions?.travelLimitMiles ?? null;
  if (job.remote) {
    const homeState = profile?.homeZip ? zipcodes.lookup(profile.homeZip)?.state : undefined;
    if (job.region && homeState && job.region.toUpperCase() !== homeState)
      exclusions.push(reason('remote_other_state', { region: job.region }, lang));
    else reasons.push(reason('remote', {}, lang));
  } else {
    const from = home ?? zipCentroid(profile?.homeZip);
    const to = zipCentroid(job.postalCode);
    if (from && to) {
      const miles = haversineMiles(from, to);
      distanceMiles = roundMiles(miles);
      // The words give the figure the portal's card shows (`distanceMiles`, to one decimal), so the two
      // never differ; the limit is checked against the exact miles.
      if (limit !== null) {
        if (miles > limit) exclusions.push(reason('over_travel_limit', { miles: distanceMiles, limit }, lang));
        else reasons.push(reason('distance_within_limit', { miles: distanceMiles, limit }, lang));
      } else {
        const max = options.maxMiles ?? DEFAULT_MAX_MILES;
        if (miles > max) exclusions.push(reason('too_far', { miles: distanceMiles, max }, lang));
        else reasons.push(reason('distance', { miles: distanceMiles }, lang));
      }
    } else if (limit !== null) cautions.push(reason('distance_unknown_limit', { limit }, lang));
    else cautions.push(reason('distance_unknown', {}, lang));
  }

  // Curfew.
  const curfew = conditions?.curfew ?? null;
  if (curfew) {
    const shift = parseWorkHours(job.workHours);
    const window = { start: minutesOf(curfew.start), end: minutesOf(curfew.end) };
    if (!shift) cautions.push(reason('hours_unknown_curfew', { curfewStart: curfew.start }, lang));
    else {
      const params = { shiftStart: hhmm(shift.start), shiftEnd: hhmm(shift.end), curfewStart: curfew.start, curfewEnd: curfew.end };
      if (shiftOverlapsCurfew(shift, window)) exclusions.push(reason('curfew_conflict', params, lang));
      else {
        reasons.push(reason('curfew_fits', params, lang));
        // Minutes from the shift's end to curfew start, going forward round the clock.
        const gap = (((window.start - shift.end) % 1440) + 1440) % 1440;
        if (gap < CURFEW_MARGIN_MINUTES)
          cautions.push(reason('close_to_curfew', { shiftEnd: params.shiftEnd, curfewStart: curfew.start }, lang));
      }
      if (shift.approximate) cautions.push(reason('hours_approximate', {}, lang));
    }
  }

  if (conditions?.noDriving) {
    if (needsDriving(job)) exclusions.push(reason('needs_driving', {}, lang));
    else reasons.push(reason('no_driving_needed', {}, lang));
  }
  if (conditions?.noContactWithMinors) {
    if (aroundChildren(job)) exclusions.push(reason('around_children', {}, lang));
    else reasons.push(reason('not_around_children', {}, lang));
  }
  if (conditions?.noAlcoholVenues) {
    if (alcoholVenue(job)) exclusions.push(reason('alcohol_venue', {}, lang));
    else reasons.push(reason('not_alcohol_venue', {}, lang));
  }

  return { job, fits: exclusions.length === 0, distanceMiles, reasons, cautions, exclusions };
}

/**
 * Every job assessed: those that fit (fair-chance employers first, then nearest, remote counting as
 * nearest and unknown distances last, then by title) and those left out (by title).
 */
export function matchJobs(
  jobs: readonly DirectoryJob[],
  profile: DirectoryProfile | null,
  options: MatchOptions,
): { matches: JobAssessment[]; excluded: JobAssessment[] } {
  const home = zipCentroid(profile?.homeZip);
  const all = jobs.map((job) => assessJob(job, profile, options, home));
  const distanceKey = (a: JobAssessment): number => (a.job.remote ? 0 : (a.distanceMiles ?? Number.POSITIVE_INFINITY));
  const matches = all
    .filter((a) => a.fits)
    .sort(
      (a, b) =>
        Number(b.job.fairChance) - Number(a.job.fairChance) ||
        distanceKey(a) - distanceKey(b) ||
        a.job.title.localeCompare(b.job.title, 'en'),
    );
  const excluded = all.filter((a) => !a.fits).sort((a, b) => a.job.title.localeCompare(b.job.title, 'en') || a.job.id - b.job.id);
  return { matches, excluded };
}
