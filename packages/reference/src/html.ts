/** Small HTML building blocks: escaping, and the page frame every reference page shares. */

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An anchor id from any text: lower case, letters, digits and dashes. */
export function anchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A table inside a box that scrolls sideways on its own, so a wide table (many columns, a long value)
 * never widens the page on a phone. The box takes keyboard focus and has a name, so someone without a
 * mouse can scroll it and a screen reader says what it holds.
 */
export function scrollingTable(label: string, table: string): string {
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(label)}">${table}</div>`;
}

const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0b5cad; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 1px solid var(--line); padding-top: 1rem; padding-bottom: .5rem; }
header a { color: var(--ink); text-decoration: none; font-weight: 600; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
a { color: var(--accent); }
h1 { font-size: 1.7rem; margin: 1rem 0 .5rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin-bottom: .25rem; }
.table-scroll { overflow-x: auto; margin: .5rem 0 1rem; }
.table-scroll:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.table-scroll > table { margin: 0; }
/* Long addresses, identifiers and JSON values wrap rather than widen the page; other table cells keep
   their words whole, so a table wider than the screen scrolls in its box instead of breaking dates. */
p, li, code, a.url, td.value { overflow-wrap: anywhere; }
pre { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
.muted { color: var(--muted); }
.cite { font-size: .9rem; color: var(--muted); }
.status { display: inline-block; padding: 0 .4rem; border-radius: .3rem; background: var(--soft); border: 1px solid var(--line); font-size: .85rem; }
.card { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem 1rem; margin: .75rem 0; }
ol.explanation li { margin-bottom: .25rem; }
code { background: var(--soft); padding: 0 .2rem; border-radius: .2rem; }
svg { max-width: 100%; height: auto; }
footer { border-top: 1px solid var(--line); margin-top: 3rem; padding: 1rem; font-size: .9rem; color: var(--muted); }
`;

export interface PageFrame {
  title: string;
  /** Relative link back to the index ("index.html"). */
  home: string;
  nav: { href: string; label: string }[];
  body: string;
  generatedOn: string;
  lawVersion: string;
}

export function page(frame: PageFrame): string {
  return shell(
    frame.title,
    frame.home,
    `<nav aria-label="Jurisdictions"><ul>${frame.nav.map((n) => `<li><a href="${escapeHtml(n.href)}">${escapeHtml(n.label)}</a></li>`).join('')}</ul></nav>`,
    frame.body,
    `<footer>
Generated on ${escapeHtml(frame.generatedOn)} from the rules and parameters themselves by ${escapeHtml(frame.lawVersion)}.
Paraphrases and readings of the law, not legal advice: check each rule against the official text it cites.
</footer>
`,
  );
}

/**
 * A short page for a reference address that leads nowhere (an unknown page, a citation the reference
 * cannot place): what was not found and the way back to the index, in the reference's own look, for a
 * person who followed a link in a browser.
 */
export function messagePage(frame: { title: string; message: string; home: string }): string {
  return shell(
    frame.title,
    frame.home,
    '',
    `<h1>${escapeHtml(frame.title)}</h1>
<p>${escapeHtml(frame.message)}</p>
<p><a href="${escapeHtml(frame.home)}">Back to the law reference: every jurisdiction and provision</a></p>`,
    '',
  );
}

/** The document every reference page shares: head, stylesheet, the header's link home, then the page's own parts. */
function shell(title: string, home: string, headerExtra: string, main: string, footer: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Pathways law reference</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<a href="${escapeHtml(home)}">Pathways law reference</a>${headerExtra === '' ? '' : `\n${headerExtra}`}
</header>
<main>
${main}
</main>
${footer}</body>
</html>
`;
}
