/**
 * Settings: the language (the same switch as the header's, saved to the account) and reminders by text
 * message and by email, each on or off (PUT /api/portal/preferences, saved at once and announced). The
 * phone number and email address on file are shown but changed only by the officer. Turning texts off is
 * the same as replying STOP.
 */
import { useEffect, useState } from 'react';
import { Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import type { PortalPreferences } from '../api-types.ts';
import { Loading, Problem, usePortalTitle } from '../components/common.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { currentLanguage, switchLanguage } from '../i18n.ts';
import { errorKey } from '../presenters/errors.ts';
import type { Language } from '../presenters/language.ts';
import { useSession } from '../session.ts';
import { useApi } from '../useApi.ts';

type Change = Partial<Pick<PortalPreferences, 'language' | 'sms' | 'email'>>;

export function Settings() {
  const { t } = useTranslation();
  usePortalTitle('settings.title');
  const { sessionEnded } = useSession();
  const { result } = useApi<PortalPreferences>('/api/portal/preferences');
  const [preferences, setPreferences] = useState<PortalPreferences | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'saved' } | { kind: 'error'; key: string } | null>(null);

  useEffect(() => {
    if (result.state === 'ready') setPreferences(result.data);
  }, [result]);

  async function save(change: Change) {
    setOutcome(null);
    try {
      setPreferences(await api<PortalPreferences>('/api/portal/preferences', { method: 'PUT', body: change }));
      setOutcome({ kind: 'saved' });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) sessionEnded();
      else setOutcome({ kind: 'error', key: errorKey(e) });
    }
  }

  async function changeLanguage(language: Language) {
    try {
      await switchLanguage(language);
    } catch (e) {
      setOutcome({ kind: 'error', key: errorKey(e) });
      return;
    }
    await save({ language });
  }

  return (
    <>
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' && <Problem error={result.error} />}
      {preferences && (
        <div className="stack">
          <section aria-labelledby="language-title">
            <h2 id="language-title">{t('settings.language')}</h2>
            <p>{t('settings.languageHelp')}</p>
            <LanguageSwitch value={currentLanguage()} onChange={(language) => void changeLanguage(language)} />
          </section>
          <section aria-labelledby="reminders-title">
            <h2 id="reminders-title">{t('settings.reminders')}</h2>
            <p>{t('settings.remindersHelp')}</p>
            <div className="stack">
              <div>
                <Switch isSelected={preferences.sms} onChange={(sms) => void save({ sms })} isDisabled={preferences.phone === null}>
                  <span className="switch-track" aria-hidden="true" />
                  {t('settings.sms')}
                </Switch>
                <p className="hint">
                  {preferences.phone ? t('settings.phoneOnFile', { phone: preferences.phone }) : t('settings.noPhone')}
                </p>
              </div>
              <div>
                <Switch
                  isSelected={preferences.email}
                  onChange={(email) => void save({ email })}
                  isDisabled={preferences.emailAddress === null}
                >
                  <span className="switch-track" aria-hidden="true" />
                  {t('settings.email')}
                </Switch>
                <p className="hint">
                  {preferences.emailAddress ? t('settings.emailOnFile', { email: preferences.emailAddress }) : t('settings.noEmail')}
                </p>
              </div>
            </div>
          </section>
        </div>
      )}
      <p role="status" className="status-text">
        {outcome?.kind === 'saved' ? t('settings.saved') : ''}
      </p>
      <p role="alert" className="error-text">
        {outcome?.kind === 'error' ? t(outcome.key) : ''}
      </p>
    </>
  );
}
