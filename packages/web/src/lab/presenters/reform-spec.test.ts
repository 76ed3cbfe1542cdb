// From the form to the run: an unchanged bill runs as its own file; edits become dated overrides in a
// JSON reform file that the simulator's parser accepts and that changes the reform law from the start.
import { inForce, parseIsoDate, walkParameters } from '@pathways/law';
import { buildScenarios, parseReformFile } from '@pathways/sim/core';
import { describe, expect, it } from 'vitest';
import { defaultState } from './lab-state.ts';
import { LAB_EDIT_CITATION, labSpec, reformText } from './reform-spec.ts';
import { billByFile } from './shipped-bills.ts';

const CREDITS = 'us-mo.ecc.creditDaysPerMonth';
const valueOn = (file: ReturnType<typeof parseReformFile>, scenario: 'baseline' | 'reform', id: string, day: string) => {
  const law = buildScenarios(file)[scenario];
  for (const [, p] of walkParameters(law.parameters)) if (p.id === id) return inForce(p, parseIsoDate(day))?.value;
  throw new Error(`no parameter ${id}`);
};

describe('reformText', () => {
  it('case: a shipped bill left as it is runs as its own YAML text', () => {
    const state = defaultState('US-MO', 'us-mo-ecc-2012.yaml', '2026-12-03');
    expect(reformText(state)).toEqual({ file: 'us-mo-ecc-2012.yaml', text: billByFile('us-mo-ecc-2012.yaml')!.text });
  });

  it('case: an edit on the bill is an override from the run start, cited as a lab edit, on top of the bill', () => {
    const state = { ...defaultState('US-MO', 'us-mo-ecc-2012.yaml', '2026-12-03'), overrides: { [CREDITS]: 15 } };
    const text = reformText(state);
    expect(text.file).toBe('us-mo-ecc-2012-lab.json');
    const file = parseReformFile(text.text, text.file);
    expect(file.name).toBe('Missouri earned compliance credits (H.B. 1525, 2012), edited in the policy lab');
    expect(file.baseline).toEqual({ lawAsOf: '2012-08-27' });
    expect(file.reform?.parameters?.[CREDITS]).toEqual([{ from: '2012-09-01', value: 15, source: { citation: LAB_EDIT_CITATION } }]);
    expect(file.citations).toContain(LAB_EDIT_CITATION);
    expect(valueOn(file, 'reform', CREDITS, '2013-01-01')).toBe(15);
    expect(valueOn(file, 'baseline', CREDITS, '2013-01-01')).toBeUndefined();
  });

  it('case: current law is the same law on both sides; an edit changes only the reform', () => {
    const state = { ...defaultState('US-MO', null, '2026-12-03'), overrides: { [CREDITS]: 45 } };
    const file = parseReformFile(reformText(state).text, reformText(state).file);
    expect(file.name).toBe('Current law (Missouri), edited in the policy lab');
    expect(valueOn(file, 'baseline', CREDITS, '2027-06-01')).toBe(30);
    expect(valueOn(file, 'reform', CREDITS, '2027-06-01')).toBe(45);
    expect(valueOn(file, 'reform', CREDITS, '2026-11-30')).toBe(30);
    const plain = reformText(defaultState('US-MO', null, '2026-12-03'));
    expect(plain.file).toBe('us-mo-current-law.json');
    expect(parseReformFile(plain.text, plain.file).reform).toBeUndefined();
  });

  it('case: a value of the wrong kind is the parser’s error naming the field', () => {
    const state = { ...defaultState('US-MO', null, '2026-12-03'), overrides: { [CREDITS]: 'many' } };
    const t = reformText(state);
    expect(() => parseReformFile(t.text, t.file)).toThrow(
      /reform\.parameters\.us-mo\.ecc\.creditDaysPerMonth\[0\]\.value: expected a number/,
    );
  });
});

describe('labSpec', () => {
  it('case: the run size, seed and only the costs set', () => {
    const state = { ...defaultState('US-MO', 'us-mo-ecc-2012.yaml', '2026-12-03'), costs: { jail: 70 } };
    const spec = labSpec(state);
    expect({ ...spec, reform: spec.reform.file }).toEqual({
      reform: 'us-mo-ecc-2012.yaml',
      start: '2012-09-01',
      months: 60,
      people: 53_671,
      seed: 1,
      replications: 10,
      grantRates: {},
      costs: { jail: 70 },
    });
  });
});
