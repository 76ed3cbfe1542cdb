/** The law reference's address for a citation of a jurisdiction (the server redirects to its section). */
export function citationHref(jurisdiction: string, citation: string): string {
  return `/law/cite?${new URLSearchParams({ jurisdiction, citation }).toString()}`;
}
