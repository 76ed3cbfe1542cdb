/**
 * @pathways/law: probation and parole statutes as code. Pure: no I/O, no clock, no Node-only API;
 * the record and the as-of date come in as arguments. Runs in Node and in the browser.
 */
export * from './dates/calendar.ts';
export * from './records/vocabulary.ts';
export * from './records/schema.ts';
export * from './records/validate-record.ts';
export * from './records/json-stream.ts';
export * from './engine/evaluation.ts';
export * from './engine/parameters.ts';
export * from './engine/offense-table.ts';
export * from './engine/term-facts.ts';
export * from './engine/term-context.ts';
export * from './engine/exceptions.ts';
export * from './engine/criteria.ts';
export * from './engine/compliance-months.ts';
export * from './engine/jurisdiction.ts';
export * from './engine/evaluate.ts';
export * from './engine/reforms.ts';
export * from './engine/provisions.ts';
export * from './engine/version.ts';
export * from './jurisdictions/registry.ts';
