/**
 * What the command line's demo seed (packages/cli/src/serve/demo-campaigns.ts) takes from the campaigns'
 * server code, so a seeded campaign is built exactly as the routes build one: the CSV parsers, the
 * simulator run and its figures, the default letter, sending a letter, and the consent's words.
 */
export { parseLegislatorsCsv, parseZipDistrictsCsv, type CsvProblem } from './legislator-csv.ts';
export { computeImpact, type CampaignImpact, type ImpactRun } from './impact.ts';
export { DEFAULT_LETTER_TEMPLATE, impactSentence } from './letter-template.ts';
export { consentText } from './supporter-session.ts';
export { letterFor, sendLetter, type Letter } from './letter-send.ts';
