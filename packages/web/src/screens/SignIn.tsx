/**
 * Sign in: username and password, then the six-digit code from the authenticator when the account is
 * staff. Errors go to a live region (role="alert") so a screen reader announces them without moving focus.
 */
import { useState, type FormEvent } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { api, ApiError, rememberCsrfToken } from '../api/client.ts';
import type { PublicUser } from '../api/types.ts';
import { usePageTitle } from '../usePageTitle.ts';

interface SessionAnswer {
  user: PublicUser;
  csrfToken: string;
  secondFactorRequired: boolean;
}

function message(error: unknown, step: 'password' | 'code'): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return 'Too many sign-in attempts from this address. Wait a few minutes and try again.';
    if (error.status === 401 && step === 'password')
      return 'Wrong username or password, or the account is locked for 15 minutes after five wrong attempts.';
    if (error.status === 401) return 'Wrong or expired code. Enter the code your authenticator shows now.';
    return error.message;
  }
  return 'The server could not be reached. Check your connection and try again.';
}

/** `expired`: the session the page held has ended; the page stays where it was, to return to after signing in. */
export function SignIn({ onSignedIn, expired = false }: { onSignedIn: () => void; expired?: boolean }) {
  const [step, setStep] = useState<'password' | 'code'>('password');
  usePageTitle(step === 'password' ? 'Sign in' : 'Second factor');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submitPassword(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const answer = await api<SessionAnswer>('/api/session', { method: 'POST', body: { username, password } });
      rememberCsrfToken(answer.csrfToken);
      setPassword('');
      if (answer.secondFactorRequired) setStep('code');
      else onSignedIn();
    } catch (e) {
      setError(message(e, 'password'));
    } finally {
      setBusy(false);
    }
  }

  async function submitCode(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await api('/api/session/totp', { method: 'POST', body: { code } });
      onSignedIn();
    } catch (e) {
      setError(message(e, 'code'));
      setCode('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabIndex={-1}>
        {step === 'password' ? 'Sign in' : 'Enter your code'}
      </h1>
      {expired && step === 'password' && (
        <p role="status" className="notice">
          Your session has ended. Sign in again to go on where you were; a note or message you had not yet added waits in its field.
        </p>
      )}
      <p role="alert" className="error-text">
        {error}
      </p>
      {step === 'password' ? (
        <Form onSubmit={submitPassword} className="stack">
          <TextField name="username" value={username} onChange={setUsername} isRequired autoComplete="username" autoFocus>
            <Label>Username</Label>
            <Input />
          </TextField>
          <TextField name="password" type="password" value={password} onChange={setPassword} isRequired autoComplete="current-password">
            <Label>Password</Label>
            <Input />
          </TextField>
          <Button type="submit" className="primary" isDisabled={busy}>
            Sign in
          </Button>
        </Form>
      ) : (
        <Form onSubmit={submitCode} className="stack">
          <p>Staff accounts need a second factor: the six-digit code your authenticator app shows for Pathways.</p>
          <TextField
            name="code"
            value={code}
            onChange={(v) => setCode(v.replace(/\D/g, '').slice(0, 6))}
            isRequired
            autoComplete="one-time-code"
            inputMode="numeric"
            autoFocus
          >
            <Label>Six-digit code</Label>
            <Input pattern="\d{6}" />
          </TextField>
          <Button type="submit" className="primary" isDisabled={busy || code.length !== 6}>
            Verify
          </Button>
        </Form>
      )}
    </section>
  );
}
