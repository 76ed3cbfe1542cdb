/**
 * The terms of a story, as the storyteller chooses them: who may read it (the tier, each explained), for
 * which campaigns (every campaign, or those picked from the live ones), and until when (a date from
 * tomorrow to three years ahead). Used when telling a story and when changing its terms. An internal-only
 * story is never published, so it asks for no campaigns.
 */
import { Checkbox, CheckboxGroup, Input, Label, Radio, RadioGroup, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { expiryRange } from '../../voices/stories/consent.ts';
import { STORY_TIERS, type LiveCampaign, type StoryTier } from '../../voices/stories/types.ts';

export interface ConsentChoice {
  tier: StoryTier | null;
  scope: 'all' | 'some' | null;
  campaignIds: string[];
  expiresOn: string;
}

/** What is missing before the terms can be sent: a locale key, or null. */
export function consentProblem(choice: ConsentChoice): string | null {
  if (choice.tier === null) return 'story.pickTier';
  if (choice.tier === 'internal') return null;
  if (choice.scope === null) return 'story.pickScope';
  if (choice.scope === 'some' && choice.campaignIds.length === 0) return 'story.pickCampaign';
  return null;
}

/** The terms as the API takes them (an internal-only story: every campaign, as it is shown in none). */
export function consentBody(choice: ConsentChoice) {
  const all = choice.tier === 'internal' || choice.scope === 'all';
  return { tier: choice.tier!, allCampaigns: all, campaignIds: all ? [] : choice.campaignIds, expiresOn: choice.expiresOn };
}

export function StoryConsentFields({
  choice,
  onChange,
  campaigns,
}: {
  choice: ConsentChoice;
  onChange: (choice: ConsentChoice) => void;
  campaigns: LiveCampaign[];
}) {
  const { t } = useTranslation();
  const range = expiryRange();
  const set = (change: Partial<ConsentChoice>) => onChange({ ...choice, ...change });
  return (
    <>
      <RadioGroup className="choice-group" value={choice.tier} onChange={(tier) => set({ tier: tier as StoryTier })} isRequired>
        <Label>{t('story.tier')}</Label>
        {STORY_TIERS.map((tier) => (
          <Radio key={tier} value={tier} className="choice choice-radio">
            <span>
              <span className="choice-title">{t(`story.tiers.${tier}`)}</span>
              <span className="hint choice-hint">{t(`story.tierHints.${tier}`)}</span>
            </span>
          </Radio>
        ))}
      </RadioGroup>
      {choice.tier !== 'internal' && (
        <RadioGroup className="choice-group" value={choice.scope} onChange={(scope) => set({ scope: scope as 'all' | 'some' })} isRequired>
          <Label>{t('story.scope')}</Label>
          <Radio value="all" className="choice choice-radio">
            <span className="choice-title">{t('story.scopes.all')}</span>
          </Radio>
          <Radio value="some" className="choice choice-radio">
            <span className="choice-title">{t('story.scopes.some')}</span>
          </Radio>
        </RadioGroup>
      )}
      {choice.tier !== 'internal' &&
        choice.scope === 'some' &&
        (campaigns.length === 0 ? (
          <p className="hint">{t('story.noCampaigns')}</p>
        ) : (
          <CheckboxGroup className="choice-group" value={choice.campaignIds} onChange={(campaignIds) => set({ campaignIds })}>
            <Label>{t('story.campaigns')}</Label>
            {campaigns.map((c) => (
              <Checkbox key={c.id} value={c.id} className="choice choice-checkbox">
                <span className="choice-title">
                  {c.name} ({c.bill})
                </span>
              </Checkbox>
            ))}
          </CheckboxGroup>
        ))}
      <TextField value={choice.expiresOn} onChange={(expiresOn) => set({ expiresOn })} isRequired className="react-aria-TextField narrow">
        <Label>{t('story.expires')}</Label>
        <Input type="date" min={range.min} max={range.max} />
        <Text slot="description" className="hint">
          {t('story.expiresHint')}
        </Text>
      </TextField>
    </>
  );
}
