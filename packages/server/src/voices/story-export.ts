/**
 * A campaign's published stories as CSV (the export of the desk): one row per story, in their public form
 * only (an anonymous story masked, an attributed one with its name, the media's type but never its bytes).
 * Cells are quoted when they must be, and a leading = + - @ is defused so that a spreadsheet does not run
 * a story's first word as a formula (as the audit export does).
 */
export const STORY_CSV_COLUMNS = ['id', 'campaign', 'tier', 'attribution', 'published_on', 'media', 'text'] as const;

export interface ExportedStory {
  id: string;
  tier: string;
  attribution: string | null;
  publishedOn: string | null;
  media: string | null;
  text: string;
}

function csvCell(value: string | null): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvOfStories(campaign: string, list: readonly ExportedStory[]): string {
  const rows = list.map((s) => [s.id, campaign, s.tier, s.attribution, s.publishedOn, s.media, s.text].map(csvCell).join(','));
  return [STORY_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
