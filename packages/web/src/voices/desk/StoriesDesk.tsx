/**
 * The desk's Stories tab (issue 9): the review queue (submitted stories, the longest waiting first) and the
 * stories reviewed, published or rejected; one opened to review beside the list (under it on a phone);
 * and the export of a campaign's published stories. Campaign staff never see who told a story: the API
 * gives no person id, and anonymous excerpts are masked.
 */
import { useCallback, useEffect, useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { api } from '../../api/client.ts';
import { StoryReview } from '../stories/StoryReview.tsx';
import type { DeskListItem, LiveCampaign } from '../stories/types.ts';

const STATUSES = [
  { status: 'submitted', label: 'To review' },
  { status: 'reviewed', label: 'Reviewed' },
  { status: 'published', label: 'Published' },
  { status: 'rejected', label: 'Rejected' },
] as const;
type ListStatus = (typeof STATUSES)[number]['status'];

const TIER_WORDS = { internal: 'Internal only', anonymous: 'Anonymous', attributed: 'Attributed' } as const;
const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; stories: DeskListItem[] };

function ExportStories() {
  const [campaigns, setCampaigns] = useState<LiveCampaign[]>([]);
  const [campaign, setCampaign] = useState<string | null>(null);
  useEffect(() => {
    api<{ campaigns: LiveCampaign[] }>('/api/stories/campaigns').then(
      (answer) => {
        setCampaigns(answer.campaigns);
        setCampaign((c) => c ?? answer.campaigns[0]?.id ?? null);
      },
      () => setCampaigns([]),
    );
  }, []);
  if (campaigns.length === 0) return null;
  const href = (format: 'csv' | 'json') => `/api/voices/stories/export?campaign=${encodeURIComponent(campaign ?? '')}&format=${format}`;
  return (
    <section aria-labelledby="export-title" className="stories-export">
      <h2 id="export-title">Export a campaign’s published stories</h2>
      <p className="stories-note">
        What the campaign’s page shows, as of now: anonymous stories masked. Each story exported is counted as viewed by you.
      </p>
      <Select selectedKey={campaign} onSelectionChange={(key) => setCampaign(String(key))} className="stories-campaign-select">
        <Label>Campaign</Label>
        <Button className="secondary">
          <SelectValue />
          <span aria-hidden="true"> ▾</span>
        </Button>
        <Popover className="select-popover">
          <ListBox className="select-listbox">
            {campaigns.map((c) => (
              <ListBoxItem key={c.id} id={c.id} className="select-option">
                {c.name}
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
      {campaign && (
        <p className="stories-export-links">
          <a href={href('csv')} download>
            Download CSV
          </a>{' '}
          <a href={href('json')} download>
            Download JSON
          </a>
        </p>
      )}
    </section>
  );
}

export function StoriesDesk() {
  const [status, setStatus] = useState<ListStatus>('submitted');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [open, setOpen] = useState<string | null>(null);

  const load = useCallback(async (which: ListStatus) => {
    try {
      const answer = await api<{ stories: DeskListItem[] }>(`/api/voices/stories?status=${which}`);
      setLoaded({ state: 'ready', stories: answer.stories });
    } catch (e) {
      setLoaded({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  useEffect(() => {
    setLoaded({ state: 'loading' });
    void load(status);
  }, [status, load]);

  useEffect(() => {
    document.title = 'Stories · Pathways campaigns desk';
  }, []);

  return (
    <>
      <h1 tabIndex={-1}>Stories</h1>
      <div className="stories-filter" role="group" aria-label="Show stories">
        {STATUSES.map((s) => (
          <Button
            key={s.status}
            className={s.status === status ? 'primary' : 'secondary'}
            aria-pressed={s.status === status}
            onPress={() => {
              setStatus(s.status);
              setOpen(null);
            }}
          >
            {s.label}
          </Button>
        ))}
      </div>
      <div className="desk-layout">
        <section aria-labelledby="story-list-title" className="story-queue">
          <h2 id="story-list-title">{STATUSES.find((s) => s.status === status)!.label}</h2>
          {loaded.state === 'loading' && <p role="status">Loading…</p>}
          {loaded.state === 'error' && (
            <p role="alert" className="error-text">
              {loaded.message}
            </p>
          )}
          {loaded.state === 'ready' &&
            (loaded.stories.length === 0 ? (
              <p>No stories here.</p>
            ) : (
              <ul className="story-desk-cards">
                {loaded.stories.map((s) => (
                  <li key={s.id} className={s.id === open ? 'story-desk-card story-desk-card-open' : 'story-desk-card'}>
                    <p className="story-desk-card-meta">
                      <strong>{TIER_WORDS[s.tier]}</strong> · told {DATE.format(new Date(s.submittedAt))}
                      {s.media ? ` · with a ${s.media.kind === 'photo' ? 'photo' : 'recording'}` : ''}
                    </p>
                    <p className="story-excerpt">{s.excerpt}</p>
                    <Button
                      className="secondary"
                      aria-label={`Open the ${TIER_WORDS[s.tier].toLowerCase()} story told ${DATE.format(new Date(s.submittedAt))}`}
                      onPress={() => setOpen(s.id)}
                    >
                      Open
                    </Button>
                  </li>
                ))}
              </ul>
            ))}
        </section>
        {open && (
          <section aria-label="The story opened" className="story-open">
            <StoryReview key={open} id={open} onChanged={() => void load(status)} />
          </section>
        )}
      </div>
      <ExportStories />
    </>
  );
}
