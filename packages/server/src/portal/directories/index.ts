/** The directories' importers and matching, for the routes and for the demo seed (packages/cli). */
export { DirectoryFormatError, type Parsed, type SkippedItem } from './job-fields.ts';
export { parseJobPostingJsonLd, FAIR_CHANCE_PROPERTY } from './jobposting-jsonld.ts';
export { parseJobsCsv } from './jobs-csv.ts';
export { parseHsds, parseHsdsJson, HSDS_TABLES } from './hsds.ts';
export { readHsdsFolder } from './hsds-folder.ts';
export { matchJobs, assessJob, DEFAULT_MAX_MILES, type JobAssessment } from './job-match.ts';
export { searchServices, DEFAULT_SERVICE_MILES, type ServiceQuery, type ServiceResult } from './service-search.ts';
export { isOpenAt, timeZoneForState } from './open-now.ts';
export { zipCentroid, milesBetweenZips } from './distance.ts';
export { NEEDS, isNeed } from './needs.ts';
export type { Lang, Reason } from './reason-text.ts';
