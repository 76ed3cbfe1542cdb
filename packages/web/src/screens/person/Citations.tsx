/**
 * An evaluation's citations, each a link into the law reference the server serves at /law/: /law/cite
 * answers with the section of the provision or parameter that rests on the cited text. Plain anchors, not
 * the app's router links: the reference is a set of static pages outside the app.
 */
import { citationHref } from '../../presenters/citations.ts';

export function Citations({ citations, jurisdiction }: { citations: readonly string[]; jurisdiction: string }) {
  if (!citations.length) return null;
  return (
    <span className="citations">
      {citations.map((c) => (
        <cite key={c}>
          <a href={citationHref(jurisdiction, c)}>{c}</a>
        </cite>
      ))}
    </span>
  );
}
