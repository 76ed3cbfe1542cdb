/**
 * The reform form, generated from the law's own parameter metadata (walkParameters): one field per
 * parameter with its label, description, unit, the value in force on the run's first day under the
 * starting point's reform law, and that value's citation. The kind of input follows the values the
 * parameter takes: numbers, true/false, a list of names (a checkbox group over every name the parameter
 * has ever listed or an alternative reading offers), a list of numbers or text, and the few structured
 * values the form cannot edit, shown as they are.
 */
import { inForce, JURISDICTIONS, parseIsoDate, walkParameters, type Jurisdiction, type ParameterUnit } from '@pathways/law';
import { buildScenarios, parseReformFile } from '@pathways/sim/core';
import type { OverrideValue } from './lab-state.ts';
import { billByFile } from './shipped-bills.ts';

export type FieldKind = 'number' | 'boolean' | 'choices' | 'numbers' | 'text' | 'fixed';

export interface ParameterField {
  id: string;
  label: string;
  description: string;
  unit: ParameterUnit;
  kind: FieldKind;
  /** The value in force on the run's first day, or null where the provision does not operate then. */
  current: unknown;
  /** The citation of that value (of the parameter's first value where none is in force). */
  citation: string;
  /** For `choices`: every name the parameter can list. */
  options: string[];
  alternatives: { value: unknown; reading: string }[];
}

/** The law the form edits: the starting bill's reform law, or the jurisdiction's law as encoded. */
export function startingLaw(jurisdiction: string, bill: string | null): Jurisdiction {
  const shipped = billByFile(bill);
  if (shipped !== undefined) return buildScenarios(parseReformFile(shipped.text, shipped.file)).reform as unknown as Jurisdiction;
  const law = JURISDICTIONS.get(jurisdiction);
  if (law === undefined) throw new Error(`no jurisdiction ${jurisdiction}`);
  return law;
}

function kindOf(values: unknown[]): FieldKind {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return 'number';
  if (present.every((v) => typeof v === 'number')) return 'number';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'string')) return 'text';
  if (present.every((v) => Array.isArray(v) && v.every((e) => typeof e === 'string'))) return 'choices';
  if (present.every((v) => Array.isArray(v) && v.every((e) => typeof e === 'number'))) return 'numbers';
  return 'fixed';
}

export function parameterFields(law: Jurisdiction, start: string): ParameterField[] {
  const day = parseIsoDate(start);
  const fields: ParameterField[] = [];
  for (const [, p] of walkParameters(law.parameters)) {
    const alternatives = (p.alternatives ?? []).map((a) => ({ value: a.value as unknown, reading: a.reading }));
    const kind = kindOf([...p.values.map((v) => v.value), ...alternatives.map((a) => a.value)]);
    const now = inForce(p, day);
    const options =
      kind === 'choices'
        ? [...new Set([...p.values, ...alternatives].flatMap((v) => (Array.isArray(v.value) ? (v.value as string[]) : [])))].sort()
        : [];
    fields.push({
      id: p.id,
      label: p.label,
      description: p.description,
      unit: p.unit,
      kind,
      current: now?.value ?? null,
      citation: (now?.source ?? p.values[0]!.source).citation,
      options,
      alternatives,
    });
  }
  return fields;
}

/** A value as the form shows it beside the field: "30 days", "yes", "C, D", "not in force". */
export function describeValue(value: unknown, unit: ParameterUnit): string {
  if (value === null || value === undefined) return 'not in force';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'number') {
    if (unit === 'usd') return `$${value.toLocaleString('en-US')}`;
    if (unit === 'percent') return `${value}%`;
    return unit === 'count' || unit === 'list' ? String(value) : `${value} ${unit}`;
  }
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Whether a form value differs from the value in force (an override worth writing). */
export function differs(value: OverrideValue, current: unknown): boolean {
  // Lists are sets of names here: the same names in another order are the same value.
  const norm = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...(v as unknown[])].map(String).sort() : v);
  return norm(value) !== norm(current);
}
