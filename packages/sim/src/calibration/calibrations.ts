/** The calibrations by jurisdiction, under the name the microsimulation imports (the tables are in states.ts). */
export { CALIBRATED_JURISDICTIONS, calibrationFor, STATE_CALIBRATIONS } from './states.ts';
