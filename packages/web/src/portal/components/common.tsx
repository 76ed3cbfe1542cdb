/**
 * Small pieces every portal screen uses: the page title (also what a screen reader announces first), the
 * loading line, and an error in plain words in the person's language (never the server's English detail).
 */
import { useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n.ts';
import { errorKey } from '../presenters/errors.ts';
import { portalFormat, type PortalFormat } from '../presenters/format.ts';
import { SessionContext } from '../session.ts';

/** `key`: the screen's title in the locale files; the tab reads "<title> · Pathways" in either language. */
export function usePortalTitle(key: string, values: Record<string, string | number> = {}): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { page: t(key, values) });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="muted">
      {t('common.loading')}
    </p>
  );
}

export function Problem({ error, messageKey }: { error?: unknown; messageKey?: string }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="error-text">
      {t(messageKey ?? errorKey(error))}
    </p>
  );
}

/**
 * The formatters in the language on screen (the component re-renders when it changes, through
 * useTranslation) and, signed in, the person's time zone from their profile.
 */
export function useFormat(): PortalFormat {
  useTranslation();
  const session = useContext(SessionContext);
  return portalFormat(currentLanguage(), session?.timeZone ?? null);
}

/**
 * A presenter's message values, formatted by name in the language on screen: `date` (ISO date) as a long
 * date, `amount` as dollars, and `count` also as `n`, the number written for reading (1,222), while
 * `count` itself picks the plural form.
 */
export function formatValues(values: Record<string, string | number>, format: PortalFormat): Record<string, string | number> {
  const out: Record<string, string | number> = { ...values };
  if (typeof values.date === 'string') out.date = format.date(values.date);
  if (typeof values.amount === 'number') out.amount = format.money(values.amount);
  if (typeof values.count === 'number') out.n = format.number(values.count);
  return out;
}
