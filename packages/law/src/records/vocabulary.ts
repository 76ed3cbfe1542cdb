/**
 * The closed vocabularies of the supervision record format, version 1
 * (shared/spec/supervision-records.md § 1). One list each, so the schema, the offense tables and the
 * documentation cannot disagree.
 */

export const OFFENSE_TAGS = [
  'violent',
  'sex_registration',
  'domestic_violence',
  'dui',
  'homicide',
  'stalking',
  'drug',
  'drug_delivery',
  'weapon',
  'theft',
  'child_abuse',
  'life_eligible',
  'own_probation_length',
] as const;
export type OffenseTag = (typeof OFFENSE_TAGS)[number];

export const OFFENSE_LEVELS = ['felony', 'misdemeanor', 'gross_misdemeanor'] as const;
export type OffenseLevel = (typeof OFFENSE_LEVELS)[number];

export const TERM_KINDS = ['probation', 'parole', 'supervised_release', 'conditional_release'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const DISPOSITIONS = ['conviction', 'first_offender', 'conditional_discharge', 'deferred'] as const;

export const SUPERVISING_AGENCIES = ['state', 'county', 'court', 'private'] as const;
export type SupervisingAgency = (typeof SUPERVISING_AGENCIES)[number];

export const ORDER_TYPES = ['extension', 'early_termination', 'revocation', 'reinstatement', 'credits_ineligible', 'discharge'] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const VIOLATION_CATEGORIES = ['technical', 'new_offense', 'absconding'] as const;
export type ViolationCategory = (typeof VIOLATION_CATEGORIES)[number];

export const VIOLATION_KINDS = [
  'missed_appointment',
  'positive_drug_test',
  'curfew',
  'travel',
  'failure_to_pay',
  'program_noncompliance',
  'no_contact',
  'weapon',
  'assaultive',
  'sexual',
  'drug_delivery',
  'public_safety_threat',
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

export const VIOLATION_STATUSES = ['reported', 'sustained', 'dismissed'] as const;
export type ViolationStatus = (typeof VIOLATION_STATUSES)[number];

export const SANCTION_TYPES = ['jail', 'prison', 'warning', 'other'] as const;

export const ARREST_LEVELS = ['felony', 'misdemeanor', 'traffic_minor', 'traffic_serious'] as const;

export const PAYMENT_KINDS = ['restitution', 'fine', 'fee', 'court_cost'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

export const CUSTODY_REASONS = ['violation', 'new_charge', 'other'] as const;

export const ACHIEVEMENT_KINDS = [
  'high_school_diploma',
  'ged',
  'associate_degree',
  'bachelor_degree',
  'graduate_degree',
  'vocational_certificate',
  'program_completion',
  'treatment_completion',
] as const;
export type AchievementKind = (typeof ACHIEVEMENT_KINDS)[number];

export const EVENT_TYPES = ['violation', 'arrest', 'conviction', 'payment', 'custody', 'absconded', 'achievement', 'employment'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
