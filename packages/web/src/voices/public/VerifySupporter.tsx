/**
 * The link in a supporter's verification email (/supporters/verify/<token>). Opening it confirms nothing
 * by itself (mail scanners open links too): the supporter presses Confirm, which posts the token through
 * the public-form guard. The server then sets this browser's supporter cookie, and the page sends them on
 * to write to their legislators. A used or expired link says so, and how to get a new one.
 */
import { useState, type FormEvent } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { ApiError } from '../../api/client.ts';
import { usePageTitle } from '../../usePageTitle.ts';
import type { VerifyAnswer } from '../campaigns/types.ts';
import { HoneypotField } from '../HoneypotField.tsx';
import { postPublicForm } from '../public-form.ts';
import { campaignPath } from '../routes.ts';

type State = { step: 'ready' } | { step: 'busy' } | { step: 'done'; answer: VerifyAnswer } | { step: 'failed'; message: string };

function problemText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return 'Too many tries from this connection. Wait a few minutes and try again.';
    return error.message;
  }
  return 'The server could not be reached. Check your connection and try again.';
}

export function VerifySupporter({ token }: { token: string }) {
  const [state, setState] = useState<State>({ step: 'ready' });
  const [website, setWebsite] = useState('');
  usePageTitle(state.step === 'done' ? 'Email address confirmed' : 'Confirm your email address');

  async function confirm(event: FormEvent) {
    event.preventDefault();
    setState({ step: 'busy' });
    try {
      setState({ step: 'done', answer: await postPublicForm<VerifyAnswer>('/api/public/supporters/verify', { token, website }) });
    } catch (e) {
      setState({ step: 'failed', message: problemText(e) });
    }
  }

  if (state.step === 'done') {
    const { supporter, campaign } = state.answer;
    return (
      <main id="main" tabIndex={-1} className="voices-main cmp-page">
        <h1 tabIndex={-1}>Email address confirmed</h1>
        <p role="status">
          Thank you, {supporter.name}. Your address {supporter.email} is confirmed: what you send from this browser now counts.
        </p>
        <p>
          <Link href={`${campaignPath(campaign.id)}#write`} className="cmp-cta">
            Continue to write to your legislators about “{campaign.name}”
          </Link>
        </p>
      </main>
    );
  }
  return (
    <main id="main" tabIndex={-1} className="voices-main cmp-page">
      <h1 tabIndex={-1}>Confirm your email address</h1>
      <p>You signed up to support a campaign on Pathways. Confirm that this is your address; then you can write to your legislators.</p>
      <p role="alert" className="error-text">
        {state.step === 'failed' ? state.message : ''}
      </p>
      <Form onSubmit={confirm} className="cmp-form" aria-label="Confirm your email address">
        <HoneypotField value={website} onChange={setWebsite} />
        <Button type="submit" className="primary" isDisabled={state.step === 'busy'}>
          {state.step === 'busy' ? 'Confirming…' : 'Confirm my email address'}
        </Button>
      </Form>
      {state.step === 'failed' && (
        <p>
          <Link href="/campaigns">Go to the campaigns</Link> to sign up again.
        </p>
      )}
    </main>
  );
}
