/**
 * A campaign page's sign-up form: name, email, ZIP code and the consent to be contacted (required, in the
 * server's own words), with the hidden honeypot, posted through the public-form guard. The server answers
 * the same whatever it did (a new address, a known one, one that has had enough emails this hour), so the
 * page says the same to everyone: check your email; support counts once the link in it is opened.
 */
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { ApiError } from '../../api/client.ts';
import { HoneypotField } from '../HoneypotField.tsx';
import { postPublicForm } from '../public-form.ts';
import { CampaignCheckbox, CampaignTextField } from './CampaignFields.tsx';

function problemText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return 'Too many sign-ups from this connection. Wait a few minutes and try again.';
    if (error.status === 400) {
      const fields = (error.problem.errors ?? []).map((e) => e.path.replace(/^body\./, ''));
      if (fields.includes('zip')) return 'Enter your five-digit ZIP code.';
      if (fields.includes('email')) return 'Check your email address.';
      if (fields.includes('consent')) return 'To sign up, agree to be contacted.';
      return 'Check your name, email address and ZIP code.';
    }
    return error.message;
  }
  return 'The server could not be reached. Check your connection and try again.';
}

export function SignUpForm({ campaignId, consentText }: { campaignId: string; consentText: string }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [zip, setZip] = useState('');
  const [consent, setConsent] = useState(false);
  const [website, setWebsite] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!consent) {
      setError('To sign up, agree to be contacted.');
      return;
    }
    setBusy(true);
    setError('');
    try {
      await postPublicForm(`/api/public/campaigns/${encodeURIComponent(campaignId)}/supporters`, {
        name: name.trim(),
        email: email.trim(),
        zip: zip.trim(),
        consent: true,
        website,
      });
      setSentTo(email.trim());
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="cmp-signup">
      <p role="status" className="cmp-status">
        {sentTo === null
          ? ''
          : `Check your email: we sent a link to ${sentTo}. Open it within 48 hours to confirm your address; then you can write to your legislators.`}
      </p>
      <p role="alert" className="error-text">
        {error}
      </p>
      {sentTo === null && (
        <Form onSubmit={submit} className="cmp-form" aria-label="Sign up as a supporter">
          <CampaignTextField label="Your name" value={name} onChange={setName} isRequired autoComplete="name" maxLength={120} />
          <CampaignTextField
            label="Email address"
            type="email"
            value={email}
            onChange={setEmail}
            isRequired
            autoComplete="email"
            inputMode="email"
            maxLength={254}
            hint="We send a link to confirm it. Nothing you do counts until you open it."
          />
          <CampaignTextField
            label="ZIP code"
            value={zip}
            onChange={setZip}
            isRequired
            autoComplete="postal-code"
            inputMode="numeric"
            pattern="[0-9]{5}"
            maxLength={5}
            hint="Five digits: it tells us who your legislators are."
          />
          <CampaignCheckbox isSelected={consent} onChange={setConsent}>
            {consentText}
          </CampaignCheckbox>
          <HoneypotField value={website} onChange={setWebsite} />
          <Button type="submit" className="primary" isDisabled={busy}>
            {busy ? 'Signing up…' : 'Sign up'}
          </Button>
        </Form>
      )}
    </div>
  );
}
