/**
 * The supervision record, version 1 (shared/spec/supervision-records.md § 1 and
 * supervision-record.schema.json), as a zod schema. Unknown fields are kept (`looseObject`): the
 * importer must never drop what an agency sent. Cross-field rules that JSON Schema cannot say
 * (ids that must exist, dates in order) live in `validate-record.ts`.
 */
import { z } from 'zod';
import { tryParseIsoDate, type Day } from '../dates/calendar.ts';
import {
  ACHIEVEMENT_KINDS,
  ARREST_LEVELS,
  CUSTODY_REASONS,
  DISPOSITIONS,
  OFFENSE_LEVELS,
  OFFENSE_TAGS,
  ORDER_TYPES,
  PAYMENT_KINDS,
  SANCTION_TYPES,
  SUPERVISING_AGENCIES,
  TERM_KINDS,
  VIOLATION_CATEGORIES,
  VIOLATION_KINDS,
  VIOLATION_STATUSES,
} from './vocabulary.ts';

/**
 * Dates outside these years are refused as implausible for a supervision record, which also keeps
 * every computed end date inside the four-digit years an ISO date can write.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;
const EARLIEST_DAY = tryParseIsoDate(`${EARLIEST_YEAR}-01-01`)!;
const LATEST_DAY = tryParseIsoDate(`${LATEST_YEAR}-12-31`)!;

/** The day lies in the supported years (a record's dates, `--as-of`, a date the API is asked about). */
export const inSupportedYears = (day: Day): boolean => day >= EARLIEST_DAY && day <= LATEST_DAY;

/** A field's message for a wrong value; a missing field always reads "is required". */
export const says = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);

export const isoDate = z.string({ error: says('must be a date written YYYY-MM-DD') }).check((ctx) => {
  const day = tryParseIsoDate(ctx.value);
  if (day === undefined) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: /^\d{4}-\d{2}-\d{2}$/.test(ctx.value)
        ? `${JSON.stringify(ctx.value)} is not a real calendar date`
        : `${JSON.stringify(ctx.value)} is not a date written YYYY-MM-DD`,
    });
  } else if (!inSupportedYears(day)) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `${ctx.value} is outside the supported years ${EARLIEST_YEAR}–${LATEST_YEAR}`,
    });
  }
});

const nonEmptyString = z.string({ error: says('must be a string') }).min(1, 'must not be empty');
/** Dollars: a trillion is past any order or payment a court records, and keeps the sums exact to the cent. */
export const MAX_AMOUNT_USD = 1_000_000_000_000;
const amount = z
  .number({ error: says('must be a number') })
  .nonnegative('must not be negative')
  .max(MAX_AMOUNT_USD, 'must be at most 1000000000000');
const count = (max: number) =>
  z
    .number({ error: says('must be a whole number') })
    .int('must be a whole number')
    .nonnegative('must not be negative')
    .max(max, `must be at most ${max}`);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: says(`must be one of: ${values.join(', ')}`) });

export const offenseTagSchema = oneOf(OFFENSE_TAGS);

export const offenseSchema = z.looseObject({
  statute: nonEmptyString,
  description: z.string().optional(),
  level: oneOf(OFFENSE_LEVELS),
  class: z.string().optional(),
  offenseDate: isoDate.optional(),
  tags: z.array(offenseTagSchema).optional(),
  maxPrisonMonths: amount.max(12 * 200, 'must be at most 2400 months').optional(),
  lossUsd: amount.optional(),
  // Extension fields some jurisdictions read (not in the spec, which keeps unknown fields): checked
  // when present, so that a mistyped value is refused rather than silently read as absent.
  /** Minnesota: an attempt or conspiracy to commit the offense `statute` names (us-mn/rules/shared.ts). */
  inchoate: oneOf(['attempt', 'conspiracy'] as const).optional(),
});

export const termLengthSchema = z
  .strictObject(
    {
      years: count(150).optional(),
      months: count(1800).optional(),
      days: count(55000).optional(),
    },
    { error: says('must be an object such as {"years": 3}') },
  )
  .refine((l) => l.years !== undefined || l.months !== undefined || l.days !== undefined, {
    message: 'must give at least one of years, months or days',
  });

/** The most months one extension order, and all of a term's extensions together, may add (100 years). */
export const MAX_EXTENSION_MONTHS = 1200;

/** The most days a sanction may carry: 200 years. */
export const MAX_SANCTION_DAYS = 365 * 200;

export const orderSchema = z.looseObject({
  type: oneOf(ORDER_TYPES),
  date: isoDate,
  months: count(MAX_EXTENSION_MONTHS).optional(),
});

export const termSchema = z.looseObject({
  id: nonEmptyString,
  jurisdiction: z
    .string({ error: says('must be a string such as "US-CA"') })
    .regex(/^US-([A-Z]{2}|FED)$/, 'must be "US-" and a two-letter state code, or "US-FED"'),
  kind: oneOf(TERM_KINDS),
  sentenceDate: isoDate,
  startDate: isoDate,
  length: termLengthSchema.optional(),
  endDate: isoDate.optional(),
  lifetime: z.boolean({ error: says('must be true or false') }).optional(),
  confinementMonthsBeforeSupervision: amount.max(12 * 200, 'must be at most 2400 months').optional(),
  disposition: oneOf(DISPOSITIONS).optional(),
  supervisingAgency: oneOf(SUPERVISING_AGENCIES).optional(),
  offenses: z.array(offenseSchema, { error: says('must be a list of offenses') }).min(1, 'must list at least one offense'),
  restitutionOrderedUsd: amount.optional(),
  consecutiveTo: nonEmptyString.optional(),
  orders: z.array(orderSchema, { error: says('must be a list of orders') }).optional(),
  // Extension fields (see offenseSchema).
  /** California: whether the case was final on 2021-01-01, when AB 1950 took effect (us-ca/rules/governing-law.ts). */
  caseFinalBefore2021: z.boolean({ error: says('must be true or false') }).optional(),
  /** Georgia: the behavioral incentive date the sentencing order set (us-ga/rules/shared.ts). */
  behavioralIncentiveDate: isoDate.optional(),
  /** Louisiana: the court placed the person in a specialty court program (us-la/rules/shared.ts `termFlag`). */
  specialtyCourt: z.boolean({ error: says('must be true or false') }).optional(),
  /** Louisiana: a reentry court program (on probation or parole). */
  reentryCourt: z.boolean({ error: says('must be true or false') }).optional(),
});

const termId = z.string({ error: says('must be a string') }).optional();

const violationEvent = z.looseObject({
  type: z.literal('violation'),
  termId,
  date: isoDate,
  category: oneOf(VIOLATION_CATEGORIES),
  kinds: z.array(oneOf(VIOLATION_KINDS)).optional(),
  status: oneOf(VIOLATION_STATUSES),
  episodeId: z.string().optional(),
  sanction: z
    .looseObject({
      type: oneOf(SANCTION_TYPES),
      days: count(MAX_SANCTION_DAYS).optional(),
    })
    .optional(),
});

const arrestEvent = z.looseObject({
  type: z.literal('arrest'),
  termId,
  date: isoDate,
  level: oneOf(ARREST_LEVELS),
});

const convictionEvent = z.looseObject({
  type: z.literal('conviction'),
  termId,
  date: isoDate,
  level: oneOf(OFFENSE_LEVELS),
  class: z.string().optional(),
  statute: z.string().optional(),
  tags: z.array(offenseTagSchema).optional(),
});

const paymentEvent = z.looseObject({
  type: z.literal('payment'),
  termId,
  date: isoDate,
  amountUsd: amount,
  kind: oneOf(PAYMENT_KINDS),
});

const custodyEvent = z.looseObject({
  type: z.literal('custody'),
  termId,
  start: isoDate,
  end: isoDate.optional(),
  reason: oneOf(CUSTODY_REASONS),
});

const abscondedEvent = z.looseObject({
  type: z.literal('absconded'),
  termId,
  start: isoDate,
  end: isoDate.optional(),
});

const achievementEvent = z.looseObject({
  type: z.literal('achievement'),
  termId,
  date: isoDate,
  kind: oneOf(ACHIEVEMENT_KINDS),
  approved: z.boolean({ error: says('must be true or false') }).optional(),
});

const employmentEvent = z.looseObject({
  type: z.literal('employment'),
  termId,
  start: isoDate,
  end: isoDate.optional(),
  employer: z.string().optional(),
});

export const eventSchema = z.discriminatedUnion(
  'type',
  [violationEvent, arrestEvent, convictionEvent, paymentEvent, custodyEvent, abscondedEvent, achievementEvent, employmentEvent],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? typeof issue.input === 'object' && issue.input !== null && !('type' in issue.input)
          ? 'is required'
          : 'must be one of: violation, arrest, conviction, payment, custody, absconded, achievement, employment'
        : issue.input === undefined
          ? 'is required'
          : 'must be an object',
  },
);

export const priorConvictionSchema = z.looseObject({
  date: isoDate,
  level: oneOf(OFFENSE_LEVELS),
  statute: z.string().optional(),
});

export const personRecordSchema = z.looseObject(
  {
    id: nonEmptyString,
    name: z.looseObject({ given: z.string().optional(), family: z.string().optional() }).optional(),
    birthDate: isoDate.optional(),
    priorConvictions: z.array(priorConvictionSchema, { error: says('must be a list') }).optional(),
    terms: z.array(termSchema, { error: says('must be a list of terms') }).min(1, 'must list at least one term'),
    events: z.array(eventSchema, { error: says('must be a list of events') }).optional(),
  },
  { error: says('must be a JSON object: one person record') },
);

export type PersonRecord = z.infer<typeof personRecordSchema>;
export type Term = z.infer<typeof termSchema>;
export type Offense = z.infer<typeof offenseSchema>;
export type Order = z.infer<typeof orderSchema>;
export type SupervisionEvent = z.infer<typeof eventSchema>;
export type ViolationEvent = z.infer<typeof violationEvent>;
export type ArrestEvent = z.infer<typeof arrestEvent>;
export type ConvictionEvent = z.infer<typeof convictionEvent>;
export type PaymentEvent = z.infer<typeof paymentEvent>;
export type CustodyEvent = z.infer<typeof custodyEvent>;
export type AbscondedEvent = z.infer<typeof abscondedEvent>;
export type AchievementEvent = z.infer<typeof achievementEvent>;
export type EmploymentEvent = z.infer<typeof employmentEvent>;
export type PriorConviction = z.infer<typeof priorConvictionSchema>;
