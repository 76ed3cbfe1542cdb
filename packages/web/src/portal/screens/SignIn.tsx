/**
 * Sign in without a password: the person gives the email address or phone number their officer has on
 * file, gets a six-digit code there (POST /api/portal/code, which answers the same whether or not the
 * address is known), and types it in (POST /api/portal/session). Errors are announced in a live region
 * without moving focus; focus moves to the code field when it appears.
 */
import { useState, type FormEvent } from 'react';
import { Button, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, rememberCsrfToken } from '../../api/client.ts';
import type { PortalSessionAnswer } from '../api-types.ts';
import { usePortalTitle } from '../components/common.tsx';
import { signInErrorKey } from '../presenters/errors.ts';

export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'address' | 'code'>('address');
  usePortalTitle(step === 'address' ? 'signIn.title' : 'signIn.codeTitle');
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function askForCode(event?: FormEvent) {
    event?.preventDefault();
    setBusy(true);
    setError('');
    try {
      await api('/api/portal/code', { method: 'POST', body: { address: address.trim() } });
      setStep('code');
      setStatus(t('signIn.codeSent'));
    } catch (e) {
      setError(t(signInErrorKey(e, 'address')));
    } finally {
      setBusy(false);
    }
  }

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const answer = await api<PortalSessionAnswer>('/api/portal/session', { method: 'POST', body: { address: address.trim(), code } });
      rememberCsrfToken(answer.csrfToken);
      onSignedIn();
    } catch (e) {
      setStatus('');
      setError(t(signInErrorKey(e, 'code')));
      setCode('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabIndex={-1}>
        {step === 'address' ? t('signIn.title') : t('signIn.codeTitle')}
      </h1>
      <p role="status" className="status-text">
        {status}
      </p>
      <p role="alert" className="error-text">
        {error}
      </p>
      {step === 'address' ? (
        <Form onSubmit={askForCode} className="stack">
          <p>{t('signIn.intro')}</p>
          <TextField name="address" value={address} onChange={setAddress} isRequired autoComplete="username" autoFocus>
            <Label>{t('signIn.address')}</Label>
            <Input />
            <Text slot="description" className="hint">
              {t('signIn.addressHint')}
            </Text>
          </TextField>
          <Button type="submit" className="primary" isDisabled={busy || address.trim().length < 3}>
            {t('signIn.sendCode')}
          </Button>
        </Form>
      ) : (
        <Form onSubmit={signIn} className="stack">
          <p>{t('signIn.codeIntro')}</p>
          <TextField
            name="code"
            value={code}
            onChange={(v) => setCode(v.replace(/\D/g, '').slice(0, 6))}
            isRequired
            autoComplete="one-time-code"
            inputMode="numeric"
            autoFocus
          >
            <Label>{t('signIn.code')}</Label>
            <Input pattern="\d{6}" />
          </TextField>
          <Button type="submit" className="primary" isDisabled={busy || code.length !== 6}>
            {t('signIn.signIn')}
          </Button>
          <Button onPress={() => void askForCode()} isDisabled={busy}>
            {t('signIn.newCode')}
          </Button>
          <Button
            onPress={() => {
              setStep('address');
              setCode('');
              setError('');
              setStatus('');
            }}
          >
            {t('signIn.startOver')}
          </Button>
        </Form>
      )}
    </section>
  );
}
