/** How the Arizona rules name an offense and read its felony class. */
import type { OffenseFacts } from '../../../engine/term-facts.ts';

export function offenseName(o: OffenseFacts): string {
  return o.offense.description ?? o.offense.statute;
}

/**
 * The first digit 1–`highest` in a class as recorded ("3", "Class 3", "F3", "class 3 felony", "M2"),
 * else undefined.
 */
function classDigit(raw: string | undefined, highest: number): string | undefined {
  if (raw === undefined) return undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i) - 48;
    if (c >= 1 && c <= highest) return raw[i];
  }
  return undefined;
}

/** The misdemeanor class (1, 2 or 3) as recorded, else undefined. */
export function misdemeanorClassOf(o: Pick<OffenseFacts, 'offense'>): string | undefined {
  return classDigit(o.offense.class, 3);
}

/** The felony class: the record's, else the one the offense table fixes for the statute. */
export function felonyClassOf(o: Pick<OffenseFacts, 'offense' | 'tableEntries'>): { cls: string | undefined; fromTable: boolean } {
  const own = classDigit(o.offense.class, 6);
  if (own !== undefined) return { cls: own, fromTable: false };
  for (const entry of o.tableEntries) {
    const v = entry.facts?.felonyClass;
    if (typeof v === 'string') return { cls: v, fromTable: true };
  }
  return { cls: undefined, fromTable: false };
}
