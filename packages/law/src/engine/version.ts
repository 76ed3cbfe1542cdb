/**
 * Names the engine and the law it encodes in every stored evaluation, so a later reader knows which rules
 * decided. Raise it whenever a rule's results change: the server recomputes every stored evaluation made
 * under another version (packages/store/src/jobs/evaluation-jobs.ts).
 */
export const LAW_VERSION = 'pathways-law 0.3.22 (statutes read through 2026-12-04)';
