// The two locale files say the same things: exactly the same keys, no empty string, the same {{values}} in
// each message, and every key the portal's code asks for exists (literal keys found in the source, and the
// keys built from a list: screens, obligation kinds and statuses, states, audit actions, roles, needs, job
// types and pay periods).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JURISDICTION_LOADERS } from '../../what-if/jurisdictions.ts';
import { PORTAL_SCREENS } from '../routes.ts';
import { EMPLOYMENT_TYPES, NEEDS, PAY_UNITS } from '../presenters/directory.ts';
import { closerMessage, type CloserItem } from '../presenters/closer.ts';
import { plainSteps } from '../presenters/explanation.ts';
import { KNOWN_ACTIONS, KNOWN_ROLES, roleKey, viewActionKey } from '../presenters/views.ts';
import { WAY_KINDS } from '../presenters/ways.ts';
import { STORY_STATUSES, STORY_TIERS, STORY_VIEW_KINDS } from '../../voices/stories/types.ts';
import en from './en.json';
import es from './es.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const EN = flatten(en as Tree);
const ES = flatten(es as Tree);
const PLURAL = /_(one|other)$/;
/** A key as the code asks for it: plural forms are asked for without their suffix. */
const asked = (key: string) => key.replace(PLURAL, '');
const askable = new Set([...EN.keys()].map(asked));
const values = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the locale files', () => {
  it('case: English and Spanish have exactly the same keys', () => {
    expect([...ES.keys()].sort()).toEqual([...EN.keys()].sort());
    expect(EN.size).toBeGreaterThan(150);
  });

  it('case: no message is empty, and each has the same {{values}} in both languages', () => {
    for (const [key, text] of EN) {
      expect(text.trim(), `en ${key}`).not.toBe('');
      expect(ES.get(key)!.trim(), `es ${key}`).not.toBe('');
      expect(values(ES.get(key)!), key).toEqual(values(text));
    }
  });

  it('case: Spanish is not English left untranslated (names and the app name aside)', () => {
    const same = [...EN.keys()].filter((k) => EN.get(k) === ES.get(k));
    expect(same.sort()).toEqual(
      [
        'app.documentTitle',
        'app.name',
        'messages.from',
        'nav.label',
        'states.US-AZ',
        'states.US-CA',
        'states.US-FL',
        'states.US-GA',
        'states.US-MN',
        'states.US-VA',
        'roles.supervisor',
      ].sort(),
    );
  });

  it('case: the messages presenters build get every {{value}} they name (count also as n), in both languages', () => {
    const items: CloserItem[] = [
      { kind: 'monthly', creditDays: 30, daysSooner: 0, dateAfter: '2027-08-01' },
      { kind: 'monthly', creditDays: 30, daysSooner: 30, dateAfter: '2027-07-02' },
      { kind: 'restitution', amountUsd: 946, daysSooner: 720, dateAfter: '2027-07-10' },
      { kind: 'ged', daysSooner: 60, dateAfter: '2027-11-11' },
    ];
    const steps = plainSteps(
      { scheduledEndDate: '2030-01-15', statutoryMaxEndDate: '2029-01-15', earnedCreditDays: 660, projectedEndDate: '2027-08-01' },
      '2025-01-15',
      '2026-12-01',
      1,
    );
    const messages = [...items.map(closerMessage), ...steps];
    expect(messages.length).toBe(10);
    for (const { key, values: given } of messages) {
      const provided = new Set([...Object.keys(given), ...('count' in given ? ['n'] : [])]);
      for (const form of [key, `${key}_one`, `${key}_other`]) {
        for (const [language, catalogue] of [
          ['en', EN],
          ['es', ES],
        ] as const) {
          const text = catalogue.get(form);
          if (text === undefined) continue;
          for (const name of values(text)) expect(provided.has(name!), `${language} ${form} {{${name}}}`).toBe(true);
        }
      }
    }
  });

  it('case: every key the code asks for exists', () => {
    const dir = join(import.meta.dirname, '..');
    const literal = new Set<string>();
    for (const file of sourceFiles(dir)) {
      const text = readFileSync(file, 'utf8');
      // t('key'), t("key"), and keys named in presenters ('home.steps.started', 'errors.network', …).
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) literal.add(m[1]!);
      for (const m of text.matchAll(/'((?:home|errors|signIn|privacy|roles|obligations|jobs|services)\.[\w.]+)'/g)) literal.add(m[1]!);
    }
    const built = [
      ...PORTAL_SCREENS.map((s) => `nav.${s}`),
      ...['appointment', 'check_in', 'payment', 'program'].map((k) => `obligations.kinds.${k}`),
      ...['scheduled', 'done', 'missed', 'cancelled'].map((s) => `obligations.statuses.${s}`),
      ...Object.keys(JURISDICTION_LOADERS).map((code) => `states.${code}`),
      ...WAY_KINDS.flatMap((k) => [`home.ways.${k}.now`, `home.ways.${k}.later`]),
      ...KNOWN_ACTIONS.map(viewActionKey),
      ...KNOWN_ROLES.map(roleKey),
      ...NEEDS.map((need) => `services.needs.${need}`),
      ...EMPLOYMENT_TYPES.map((type) => `jobs.types.${type}`),
      ...[...PAY_UNITS, 'other'].map((unit) => `jobs.per.${unit}`),
      ...STORY_TIERS.flatMap((tier) => [`story.tiers.${tier}`, `story.tierHints.${tier}`]),
      ...STORY_STATUSES.map((status) => `story.statuses.${status}`),
      ...STORY_VIEW_KINDS.map((kind) => `story.viewKinds.${kind}`),
      ...['all', 'some'].map((scope) => `story.scopes.${scope}`),
      // The story screens' outcomes, named in code and shown later (`story.…` also names audit actions, so no pattern finds them).
      ...['needText', 'pickTier', 'pickScope', 'pickCampaign', 'mediaTooBig', 'mediaRefused', 'mediaUnread'].map((k) => `story.${k}`),
      ...['saved', 'savedToReview', 'withdrawn'].map((k) => `story.${k}`),
    ];
    const missing = [...literal, ...built].filter((key) => !askable.has(key) && !key.endsWith('.'));
    expect(missing).toEqual([]);
    expect(literal.size).toBeGreaterThan(100);
  });
});
