/**
 * Exceptions as labelled overrides (after Catala): a provision states its general rule, and each
 * exception is a separate, named rule that displaces it when its condition holds. No nested
 * conditionals: the rule text reads like the statute ("(a) … except as provided in (l)"), and the
 * decision records which branch decided and why, for the explanation.
 */
import type { ParameterTree } from './parameters.ts';
import type { TermContext } from './term-context.ts';

export interface GeneralRule<T, P extends ParameterTree> {
  label: string;
  citations: string[];
  value: (ctx: TermContext<P>) => T;
}

export interface ExceptionRule<T, P extends ParameterTree> {
  /** "PC 1203.1(l)(1): violent felony". */
  label: string;
  citations: string[];
  /** Why it applies, in plain words; undefined when it does not. */
  appliesBecause: (ctx: TermContext<P>) => string | undefined;
  /** Citations that depend on the case, after `citations` (an offense's own statute, say). */
  citationsFor?: (ctx: TermContext<P>) => string[];
  value: (ctx: TermContext<P>) => T;
}

export interface Provision<T, P extends ParameterTree> {
  general: GeneralRule<T, P>;
  exceptions: ExceptionRule<T, P>[];
  /**
   * Where several exceptions apply at once, the statute decides how they combine (two permissions
   * to go longer: the longer one). Required whenever more than one exception exists.
   */
  combine?: (values: T[]) => T;
}

export interface Decision<T> {
  value: T;
  /** The general rule alone, or the exceptions that displaced it. */
  decidedBy: { label: string; citations: string[]; because?: string }[];
  exceptionApplied: boolean;
}

export function decide<T, P extends ParameterTree>(ctx: TermContext<P>, provision: Provision<T, P>): Decision<T> {
  let applying: { rule: ExceptionRule<T, P>; because: string }[] | undefined;
  for (const rule of provision.exceptions) {
    const because = rule.appliesBecause(ctx);
    if (because !== undefined) (applying ??= []).push({ rule, because });
  }
  if (applying === undefined) {
    const { label, citations } = provision.general;
    return { value: provision.general.value(ctx), decidedBy: [{ label, citations }], exceptionApplied: false };
  }
  if (applying.length > 1 && provision.combine === undefined) {
    throw new Error(`exceptions ${applying.map((a) => a.rule.label).join(' and ')} both apply and the provision says not how they combine`);
  }
  const values = applying.map((a) => a.rule.value(ctx));
  return {
    value: applying.length === 1 ? values[0]! : provision.combine!(values),
    decidedBy: applying.map((a) => ({
      label: a.rule.label,
      citations: a.rule.citationsFor === undefined ? a.rule.citations : [...a.rule.citations, ...a.rule.citationsFor(ctx)],
      because: a.because,
    })),
    exceptionApplied: true,
  };
}
