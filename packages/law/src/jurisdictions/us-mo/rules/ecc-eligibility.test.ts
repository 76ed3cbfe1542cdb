import { describe, expect, it } from 'vitest';
import { mo, opp, run } from './test-helpers.ts';

const fel = (statute: string, cls: string | undefined, description?: string) => ({
  statute,
  level: 'felony' as const,
  ...(cls === undefined ? {} : { class: cls }),
  ...(description === undefined ? {} : { description }),
});

describe('RSMo § 217.703.1, .2, .11 eligibility', () => {
  it('case: class C felony sentenced 2016-12-31 stays eligible (subsection 11); sentenced 2017-01-01 it is not', () => {
    // Same 5-year term from 2017-03-15; only the sentence date differs. Eligible → MO-1 arithmetic shifted: not checked
    // here beyond eligibility. Pre-2017 list: classes C and D; from 2017-01-01: D and E.
    const pre = run(mo({ sentenceDate: '2016-12-31', startDate: '2017-03-15', offenses: [fel('RSMo 570.030', 'C')] }), '2017-12-31');
    expect(pre.earnedCreditDays).toBe(240); // April–November 2017 = 8 × 30
    expect(opp(pre, 'earned_discharge')?.status).toBe('upcoming');
    const post = run(mo({ sentenceDate: '2017-01-01', startDate: '2017-03-15', offenses: [fel('RSMo 570.030', 'C')] }), '2017-12-31');
    expect(post.earnedCreditDays).toBe(0);
    expect(opp(post, 'earned_discharge')).toMatchObject({ status: 'ineligible', date: null });
    expect(post.projectedEndDate).toBe('2022-03-15');
  });

  it('case: a chapter 579 offense earns whatever its class (class B trafficking)', () => {
    const r = run(mo({ offenses: [fel('RSMo 579.068', 'B', 'trafficking drugs, second degree')] }), '2021-12-31');
    expect(r.earnedCreditDays).toBe(240);
    expect(r.projectedEndDate).toBe('2023-10-01');
  });

  it('case: a former chapter 195 offense earns (pre-2017 possession, class C)', () => {
    const r = run(mo({ sentenceDate: '2015-05-01', startDate: '2015-05-01', offenses: [fel('195.202 RSMo', 'C')] }), '2015-12-31');
    // A start on the 1st counts its own month: May–November 2015 posted by 2015-12-01 = 7 × 30 = 210.
    expect(r.earnedCreditDays).toBe(210);
  });

  it('case: an excluded section never earns, even as a class E felony (stalking first degree, § 565.225)', () => {
    const r = run(mo({ offenses: [fel('RSMo 565.225', 'E', 'stalking, first degree')] }), '2021-12-31');
    expect(r.earnedCreditDays).toBe(0);
    const o = opp(r, 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    expect(o.reasons.join(' ')).toContain('never earn credits');
    expect(o.almost).toBeUndefined();
  });

  it('case: assault 2nd under 565.052.1(2) is excluded; other assault 2nd (565.052) is discretionary and earns', () => {
    const excluded = run(mo({ offenses: [fel('RSMo 565.052.1(2)', 'D')] }), '2021-12-31');
    expect(opp(excluded, 'earned_discharge')?.status).toBe('ineligible');
    const discretionary = run(mo({ offenses: [fel('RSMo 565.052.1(3)', 'D', 'assault, second degree')] }), '2021-12-31');
    expect(discretionary.earnedCreditDays).toBe(240);
    expect(discretionary.explanation.some((s) => s.text.includes('the court may find that you may not earn credits'))).toBe(true);
    expect(discretionary.warnings.some((w) => w.includes('without its subdivision'))).toBe(false);
    // Written "565.052(1)(2)": the same excluded subdivision.
    expect(opp(run(mo({ offenses: [fel('RSMo 565.052(1)(2)', 'D')] }), '2021-12-31'), 'earned_discharge')?.status).toBe('ineligible');
    // Cited bare: read as another subdivision (credits earned), and the warning says which one would exclude.
    const bare = run(mo({ offenses: [fel('RSMo 565.052', 'D')] }), '2021-12-31');
    expect(bare.earnedCreditDays).toBe(240);
    expect(bare.warnings.some((w) => w.includes('excludes 565.052.1(2)'))).toBe(true);
    // "565.052(2)" does not say whether it is subdivision 2 of subsection 1 (excluded): warned of too.
    const lone = run(mo({ offenses: [fel('RSMo 565.052(2)', 'D')] }), '2021-12-31');
    expect(lone.warnings.some((w) => w.includes('excludes 565.052.1(2)'))).toBe(true);
  });

  it('case: statutory rape 2nd (§ 566.034) sentenced 2017-01-01 never earns (§ 589.015 "sexual assault"); sentenced 2016-12-31 it earns unless the court finds otherwise', () => {
    // Same 5-year term from 2017-03-15; only the sentence date differs. From 2017-01-01 the class D offense is
    // excluded by § 217.703.1(2) through § 589.015(2)(a). Before, subsection 2(5) applied (pre-2017 class C, an
    // eligible class then): April–November 2017 posted by 2017-12-01 = 8 × 30 = 240.
    const on = run(
      mo({ sentenceDate: '2017-01-01', startDate: '2017-03-15', offenses: [fel('RSMo 566.034', 'D', 'statutory rape, second degree')] }),
      '2017-12-31',
    );
    expect(on.earnedCreditDays).toBe(0);
    const o = opp(on, 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    expect(o.almost).toBeUndefined();
    expect(o.reasons.join(' ')).toContain('never earn credits');
    const before = run(
      mo({ sentenceDate: '2016-12-31', startDate: '2017-03-15', offenses: [fel('RSMo 566.034', 'C', 'statutory rape, second degree')] }),
      '2017-12-31',
    );
    expect(before.earnedCreditDays).toBe(240);
    expect(before.explanation.some((s) => s.text.includes('the court may find that you may not earn credits'))).toBe(true);
  });

  it('case: statutory sodomy 2nd (§ 566.064) and child molestation 4th (§ 566.071) sentenced after 2017 never earn', () => {
    const sodomy = run(mo({ sentenceDate: '2021-03-15', offenses: [fel('RSMo 566.064', 'D')] }), '2021-12-31');
    expect(sodomy.earnedCreditDays).toBe(0);
    expect(opp(sodomy, 'earned_discharge')?.status).toBe('ineligible');
    const molestation = run(
      mo({ sentenceDate: '2021-03-15', offenses: [fel('RSMo 566.071', 'E', 'child molestation, fourth degree')] }),
      '2021-12-31',
    );
    expect(molestation.earnedCreditDays).toBe(0);
    expect(molestation.projectedEndDate).toBe('2026-03-15');
  });

  it('case: sexual abuse 2nd as a class E felony (§ 566.101) sentenced 2021 never earns; sentenced 2016 the class test alone decides', () => {
    const after = run(
      mo({ sentenceDate: '2021-03-15', offenses: [fel('RSMo 566.101', 'E', 'sexual abuse, second degree')] }),
      '2021-12-31',
    );
    expect(after.earnedCreditDays).toBe(0);
    // Pre-2017 sentence, class D (an eligible class then); its pre-2017 listing was not read, so it is on neither
    // list: April–November 2016 posted by 2016-12-01 = 8 × 30 = 240.
    const before = run(mo({ sentenceDate: '2016-03-15', startDate: '2016-03-15', offenses: [fel('RSMo 566.101', 'D')] }), '2016-12-31');
    expect(before.earnedCreditDays).toBe(240);
  });

  it('case: one excluded count keeps the whole term from earning', () => {
    const r = run(mo({ offenses: [fel('RSMo 570.030', 'E'), fel('RSMo 568.060', 'D')] }), '2021-12-31');
    expect(r.earnedCreditDays).toBe(0);
  });

  it('case: a misdemeanor count beside a class E felony does not keep the term from earning; misdemeanors alone do', () => {
    // 2021-03-15, 5 years; as of 2022-01-01: April..December 2021 are 9 full months × 30 = 270 days.
    const resisting = { statute: 'RSMo 575.150', description: 'resisting arrest', level: 'misdemeanor', class: 'A' } as const;
    const both = run(mo({ offenses: [fel('RSMo 570.030', 'E'), { ...resisting }] }), '2022-01-01');
    expect(both.earnedCreditDays).toBe(270);
    expect(both.explanation.map((e) => e.text).join(' ')).toContain(
      'resisting arrest is a misdemeanor, which does not keep this term from earning: it is for a qualifying offense, and a misdemeanor is not one of the offenses the law excludes (its own probation lasts at most two years, RSMo § 559.016.1(2))',
    );
    const alone = run(mo({ offenses: [{ ...resisting }], length: { years: 2 } }), '2022-01-01');
    expect(alone.earnedCreditDays).toBe(0);
    expect(opp(alone, 'earned_discharge')?.reasons.join(' ')).toContain('resisting arrest is a misdemeanor outside the drug chapter');
  });

  it('case: lifetime supervision (§ 559.106, a listed sex offense) never earns (subsection 1(1))', () => {
    const r = run(mo({ length: undefined, lifetime: true, offenses: [fel('RSMo 566.031', 'E')] }), '2021-12-31');
    expect(r.earnedCreditDays).toBe(0);
    expect(opp(r, 'earned_discharge')?.status).toBe('ineligible');
    expect(opp(r, 'earned_discharge')?.reasons.join(' ')).toContain('lifetime supervision');
    expect(r.projectedEndDate).toBeNull();
  });

  it('case: a probation recorded as lifetime for stealing is no § 559.106 supervision: read as § 559.016 probation, earning', () => {
    // From 2021-03-15: April–November 2021 = 8 full months × 30 = 240 days by 2021-12-31; the five-year limit
    // 2021-03-15 + 5 years = 2026-03-15 is the term the credits count against.
    const r = run(mo({ length: undefined, lifetime: true }), '2021-12-31');
    expect(r.earnedCreditDays).toBe(240);
    expect(r.statutoryMaxEndDate).toBe('2026-03-15');
    expect(r.warnings.some((w) => w.includes('recorded as lifetime') && w.includes('§ 559.106'))).toBe(true);
  });

  it('case: unsupervised court probation does not earn; an absent agency is assumed to be the Division, with a warning', () => {
    const court = run(mo({ supervisingAgency: 'court' }), '2021-12-31');
    expect(opp(court, 'earned_discharge')?.status).toBe('ineligible');
    const absent = run(mo({ supervisingAgency: undefined }), '2021-12-31');
    expect(absent.earnedCreditDays).toBe(240);
    expect(absent.warnings.some((w) => w.includes('assumed to be the Division of Probation and Parole'))).toBe(true);
    // The explanation does not state the assumption as a fact.
    expect(absent.explanation.some((s) => s.text.includes('you are on probation taken as supervised by the Division'))).toBe(true);
    expect(run(mo(), '2021-12-31').explanation.some((s) => s.text.includes('you are on probation supervised by the Division'))).toBe(true);
  });

  it('case: a felony with no class → not counted, almost eligible, warned', () => {
    const r = run(mo({ offenses: [fel('RSMo 570.030', undefined, 'stealing')] }), '2021-12-31');
    expect(r.earnedCreditDays).toBe(0);
    expect(r.projectedEndDate).toBe('2026-03-15');
    const o = opp(r, 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    // If the class turns out eligible, the MO-1 date: 2023-10-01.
    expect(o.almost?.dateIfResolved).toBe('2023-10-01');
    expect(r.warnings.some((w) => w.includes('felony class'))).toBe(true);
  });

  it('case: a statute the table does not know is warned about', () => {
    const r = run(mo({ offenses: [fel('RSMo 575.150', 'E', 'resisting arrest')] }), '2021-12-31');
    expect(r.earnedCreditDays).toBe(240);
    expect(r.warnings.some((w) => w.includes('575.150'))).toBe(true);
  });

  it('case: parole for a class E felony earns credits (subsection 1(2))', () => {
    const r = run(mo({ kind: 'parole' }), '2021-12-31');
    expect(r.earnedCreditDays).toBe(240);
    expect(opp(r, 'early_termination')).toBeUndefined();
  });
});
