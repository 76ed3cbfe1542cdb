/**
 * What the signed-in role may do on the person page. The server decides (security/permissions.ts in
 * packages/server, which answers 403 to anyone else); this mirrors its rules only so that the page does
 * not offer controls that would be refused.
 */
export interface Capabilities {
  /** Mark an opportunity submitted, granted, denied or snoozed (`person.action`). */
  act: boolean;
  /** Uphold or reopen a denial (`action.review`). */
  review: boolean;
  /** Verify checklist items (`checklist.verify`). */
  verify: boolean;
  /** List and generate documents (`document.generate`). */
  documents: boolean;
  /** Record a violation (`violation.record`). */
  recordViolation: boolean;
  /** Read the notes on the person's file written by the caller's side (`note.read`). */
  notes: boolean;
  /** Add a note to the person's file (`note.write`). */
  writeNotes: boolean;
  /** Read and write messages with the person in their portal (`message.staff`). */
  messages: boolean;
  /** Make a one-time sign-in link to the person's portal (`portal.link`). */
  portalLink: boolean;
  /** Keep how the person is reached, their home ZIP and conditions (`portal.profile`). */
  portalProfile: boolean;
}

export function capabilities(role: string): Capabilities {
  const staff = role === 'officer' || role === 'supervisor';
  return {
    act: staff,
    review: role === 'supervisor',
    verify: staff,
    documents: staff || role === 'defender',
    recordViolation: staff,
    notes: staff || role === 'admin' || role === 'defender',
    writeNotes: staff || role === 'defender',
    messages: staff,
    portalLink: staff,
    portalProfile: staff,
  };
}
