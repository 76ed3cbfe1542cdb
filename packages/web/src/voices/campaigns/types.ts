/**
 * What the campaign routes answer (packages/server/src/routes/voices/campaign-*.ts, supporter-signup.ts,
 * legislator-import.ts), as the pages read it.
 */
export type CampaignStatus = 'draft' | 'live' | 'closed';
export type ImpactStatus = 'none' | 'computing' | 'ready' | 'failed';
export type Chamber = 'upper' | 'lower';

export interface Band {
  mean: number;
  low: number;
  high: number;
}

export interface ImpactFigures {
  exitsEarlier: Band;
  supervisionYearsAvoided: Band;
  revocationsAvoided: Band;
  prisonAdmissionsAvoided: Band;
  dollarsSaved: Band;
}

export interface CampaignImpact {
  reform: { file: string; name: string; jurisdiction: string; citations: string[]; description: string | null };
  run: { start: string; months: number; people: number; replications: number; seed: number };
  statePopulation: number;
  populationDate: string;
  scale: number;
  figures: ImpactFigures;
  assumptions: { label: string; value: string; source: string; confidence: string }[];
  labUrl: string;
  computedAt: string;
  seconds: number;
}

export interface PublicCampaign {
  id: string;
  name: string;
  bill: string;
  jurisdiction: string;
  jurisdictionName: string;
  status: CampaignStatus;
  summary: string;
  reform: { file: string; name: string; citations: string[]; description: string | null } | null;
  impact: { status: ImpactStatus; figures: CampaignImpact | null; text: string };
  consentText: string;
  supporters: number;
  letters: number;
}

export interface ImpactRun {
  people: number | null;
  replications: number;
  months: number;
  seed: number;
}

export interface DeskCampaign extends PublicCampaign {
  reformFile: string | null;
  letterTemplate: string;
  impact: PublicCampaign['impact'] & { error: string | null; run: ImpactRun | null; requestedAt: string | null };
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface ListedCampaign {
  id: string;
  name: string;
  bill: string;
  jurisdictionName: string;
  summary: string;
  impactStatus: ImpactStatus;
  exitsEarlier: number | null;
  supporters: number;
}

export interface Supporter {
  name: string;
  email: string;
  zip: string;
}

export interface Recipient {
  id: number;
  title: string;
  name: string;
  party: string | null;
  chamber: Chamber;
  district: string;
  districtName: string;
  written: boolean;
}

export interface SupporterView {
  supporter: Supporter | null;
  recipients: { found: boolean; message: string | null; legislators: Recipient[] } | null;
}

export interface LetterPreview {
  legislatorId: number;
  to: string;
  districtName: string;
  subject: string;
  body: string;
  alreadySent: boolean;
}

export interface SentLetters {
  sent: { legislatorId: number; to: string; districtName: string }[];
  alreadySent: { legislatorId: number; to: string; districtName: string }[];
}

export interface VerifyAnswer {
  supporter: Supporter;
  campaign: { id: string; name: string; status: string };
}

export interface ShippedReform {
  file: string;
  name: string;
  jurisdiction: string;
  citations: string[];
  description: string | null;
  start: string | null;
}

export interface CampaignDefaults {
  reforms: ShippedReform[];
  defaultTemplate: string;
  placeholders: string[];
  defaultRun: ImpactRun;
}

export interface DistrictCount {
  state: string;
  chamber: Chamber;
  district: string;
  districtName: string;
  letters: number;
  supporters: number;
}

export interface CampaignActions {
  letters: number;
  writers: number;
  supporters: number;
  districts: DistrictCount[];
}

export interface Legislator {
  id: number;
  state: string;
  chamber: Chamber;
  district: string;
  districtName: string;
  name: string;
  email: string;
  party: string | null;
  active: boolean;
  importedAt: string;
}

export interface Roster {
  legislators: Legislator[];
  zipCodes: { state: string; zips: number; rows: number }[];
}

export interface ImportReport {
  legislators: { read: number; created: number; updated: number; retired: number } | null;
  zipDistricts: { read: number; written: number; states: string[] } | null;
}
