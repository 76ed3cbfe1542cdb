/**
 * The officer's way to let a person into their portal without a code: the server makes a one-use sign-in
 * link (24 hours), audited and shown in the person's own list of who acted on their record; the page
 * shows the full address to copy and hand over (read aloud, texted from the officer's phone). The link is
 * kept only in this page's memory: leaving the page forgets it, and a new one can be made at any time.
 */
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { ApiError, api } from '../../api/client.ts';
import type { PortalLink } from '../../api/types.ts';
import { Announcer, type Outcome } from './Announcer.tsx';
import { refusal } from './refusal.ts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function PortalLinkButton({ personId, personName }: { personId: string; personName: string }) {
  const [link, setLink] = useState<{ address: string; expiresAt: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function make() {
    setBusy(true);
    try {
      const made = await api<PortalLink>(`/api/people/${encodeURIComponent(personId)}/portal-link`, { method: 'POST' });
      const address = new URL(made.url, window.location.origin).href;
      setLink({ address, expiresAt: made.expiresAt });
      setOutcome({ kind: 'done', lines: [`Link made. It works once, until ${dateTime.format(new Date(made.expiresAt))}.`] });
    } catch (e) {
      setLink(null);
      setOutcome(
        e instanceof ApiError && e.status === 409
          ? { kind: 'refused', lines: [`${personName} has no portal account yet, so there is nothing to sign in to.`] }
          : refusal(e),
      );
    } finally {
      setBusy(false);
    }
  }

  async function copy(address: string) {
    try {
      await navigator.clipboard.writeText(address);
      setOutcome({ kind: 'done', lines: ['Link copied.'] });
    } catch {
      // No clipboard (a page served over plain http, or permission refused): the field can still be selected.
      setOutcome({ kind: 'refused', lines: ['The link could not be copied here: select it in the field and copy it by hand.'] });
    }
  }

  return (
    <section className="card" aria-labelledby="portal-link-title">
      <h2 id="portal-link-title">Portal sign-in link</h2>
      <p className="reasons">
        A link that signs {personName} in to their portal without a code. It works once, for 24 hours. Give it only to them: anyone with the
        link can open their portal.
      </p>
      <div className="button-row">
        <Button className="react-aria-Button" onPress={() => void make()} isDisabled={busy}>
          {link ? 'Make a new link' : 'Make a sign-in link'}
        </Button>
      </div>
      {link && (
        <div className="note-form">
          <TextField value={link.address} isReadOnly className="field">
            <Label>Sign-in link for {personName}</Label>
            <Input onFocus={(e) => e.currentTarget.select()} />
          </TextField>
          <div className="button-row">
            <Button className="react-aria-Button" onPress={() => void copy(link.address)}>
              Copy the link
            </Button>
          </div>
        </div>
      )}
      <Announcer outcome={outcome} />
    </section>
  );
}
