/** Names the engine and the law it encodes in every stored evaluation, so a later reader knows which rules decided. */
export const LAW_VERSION = 'pathways-law 0.1.0 (statutes read through 2026-11-30)';
