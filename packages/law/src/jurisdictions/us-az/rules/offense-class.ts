/** How the Arizona rules name an offense and read its felony class. */
import type { OffenseFacts } from '../../../engine/term-facts.ts';

export function offenseName(o: OffenseFacts): string {
  return o.offense.description ?? o.offense.statute;
}

/** The first digit 1–6 in a class as recorded ("3", "Class 3", "F3", "class 3 felony"), else undefined. */
function felonyClassDigit(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 49 && c <= 54) return raw[i];
  }
  return undefined;
}

/** The felony class: the record's, else the one the offense table fixes for the statute. */
export function felonyClassOf(o: Pick<OffenseFacts, 'offense' | 'tableEntries'>): { cls: string | undefined; fromTable: boolean } {
  const own = felonyClassDigit(o.offense.class);
  if (own !== undefined) return { cls: own, fromTable: false };
  for (const entry of o.tableEntries) {
    const v = entry.facts?.felonyClass;
    if (typeof v === 'string') return { cls: v, fromTable: true };
  }
  return { cls: undefined, fromTable: false };
}
