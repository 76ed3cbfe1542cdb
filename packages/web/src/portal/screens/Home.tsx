/**
 * Home: "Your supervision can end on DATE", from the law package's evaluations the server stored for this
 * person (GET /api/people/<own id>): the latest projected end among their terms. Under it, progress from
 * the start of the deciding term to that date, the reasons in plain words (and the law package's own
 * step-by-step explanation, which is in English), what brings the date closer (computed here, in the
 * browser, by the law package: closer/closer.ts, loaded with the state's rules only when this screen shows),
 * and other ways it may end sooner.
 */
import { useEffect, useState } from 'react';
import type { PersonRecord as LawRecord } from '@pathways/law';
import { useTranslation } from 'react-i18next';
import type { PersonDetail, PersonRecord, TermEvaluation } from '../../api/types.ts';
import { localToday } from '../../presenters/dates.ts';
import { formatValues, Loading, Problem, useFormat, usePortalTitle } from '../components/common.tsx';
import { closerMessage, type CloserItem } from '../presenters/closer.ts';
import { chooseEndDate, progressToward, type EndDateChoice } from '../presenters/end-date.ts';
import { plainSteps } from '../presenters/explanation.ts';
import { otherWays } from '../presenters/ways.ts';
import { useSession } from '../session.ts';
import { useApi } from '../useApi.ts';

function headline(
  choice: EndDateChoice | null,
  t: (key: string, values?: Record<string, string>) => string,
  date: (iso: string) => string,
) {
  if (choice === null) return t('home.title');
  switch (choice.kind) {
    case 'date':
      return choice.reached ? t('home.reached', { date: date(choice.date) }) : t('home.endsOn', { date: date(choice.date) });
    case 'open-ended':
      return t('home.openEnded');
    case 'none':
      return t('home.noDate');
  }
}

export function Home() {
  const { t } = useTranslation();
  const format = useFormat();
  usePortalTitle('home.title');
  const { me } = useSession();
  const { result } = useApi<PersonDetail>(`/api/people/${encodeURIComponent(me.user.personId!)}`);
  const today = localToday();

  const detail = result.state === 'ready' ? result.data : null;
  const evaluations = detail ? detail.evaluations.map((e) => e.evaluation) : [];
  const terms = detail?.person.record.terms ?? [];
  const choice = detail ? chooseEndDate(evaluations, terms, today) : null;

  return (
    <div className="home">
      <h1 tabIndex={-1}>{headline(choice, t, format.date)}</h1>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' && <Problem error={result.error} />}
      {detail && choice?.kind === 'date' && (
        <DateDetails
          choice={choice}
          evaluations={evaluations}
          record={detail.person.record}
          today={today}
          asOf={detail.evaluations[0]?.asOf ?? today}
        />
      )}
      {detail && choice && choice.kind !== 'date' && <p>{t(choice.kind === 'none' ? 'home.noDateText' : 'home.openEndedText')}</p>}
      <p className="muted small">{t('home.notAdvice')}</p>
    </div>
  );
}

function DateDetails({
  choice,
  evaluations,
  record,
  today,
  asOf,
}: {
  choice: Extract<EndDateChoice, { kind: 'date' }>;
  evaluations: TermEvaluation[];
  record: PersonRecord;
  today: string;
  asOf: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const deciding = evaluations.find((e) => e.termId === choice.termId)!;
  const steps = plainSteps(deciding, choice.startDate, today, evaluations.length - 1);
  const progress = choice.startDate ? progressToward(choice.startDate, choice.date, today) : null;
  const ways = otherWays(evaluations, today, record.terms);
  const stateName = t(`states.${deciding.jurisdiction}`, { defaultValue: deciding.jurisdiction });

  return (
    <>
      <p className="lead">{choice.reached ? t('home.reachedText') : t('home.ifYouKeep')}</p>
      <p className="muted small">{t('home.asOf', { date: format.date(asOf), state: stateName })}</p>

      {progress && choice.startDate && (
        <section aria-labelledby="progress-title" className="card">
          <h2 id="progress-title">{t('home.progress.title')}</h2>
          <progress id="progress" max={100} value={progress.percent} aria-labelledby="progress-title" aria-describedby="progress-text" />
          <p id="progress-text">
            {t('home.progress.text', { percent: progress.percent, start: format.date(choice.startDate), end: format.date(choice.date) })}{' '}
            {progress.daysLeft > 0 && t('home.progress.daysLeft', { count: progress.daysLeft, n: format.number(progress.daysLeft) })}
          </p>
        </section>
      )}

      <section aria-labelledby="how-title">
        <h2 id="how-title">{t('home.how.title')}</h2>
        <ol className="steps">
          {steps.map((step) => (
            <li key={step.key}>{t(step.key, formatValues(step.values, format))}</li>
          ))}
        </ol>
        <details>
          <summary>{t('home.how.full')}</summary>
          <p className="muted small">{t('home.how.fullNote')}</p>
          {evaluations.map((e) => (
            <ol key={e.termId} className="law-steps" lang="en">
              {e.explanation.map((step, n) => (
                <li key={n}>{step.text}</li>
              ))}
            </ol>
          ))}
        </details>
      </section>

      {!choice.reached && (
        <section aria-labelledby="closer-title">
          <h2 id="closer-title">{t('home.closer.title')}</h2>
          <Closer record={record} today={today} />
        </section>
      )}

      {ways.length > 0 && (
        <section aria-labelledby="ways-title">
          <h2 id="ways-title">{t('home.ways.title')}</h2>
          <ul className="plain-list">
            {ways.map((way) => (
              <li key={way.kind}>
                {way.from === null ? t(`home.ways.${way.kind}.now`) : t(`home.ways.${way.kind}.later`, { date: format.date(way.from) })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

type CloserState = { state: 'working' } | { state: 'error' } | { state: 'ready'; items: CloserItem[] };

function Closer({ record, today }: { record: PersonRecord; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, setState] = useState<CloserState>({ state: 'working' });

  useEffect(() => {
    let live = true;
    setState({ state: 'working' });
    import('../closer/closer.ts')
      // The API's record is the spec's record; the law package's type is the validated form of the same JSON.
      .then((m) => m.whatBringsItCloser(record as unknown as LawRecord, today))
      .then(
        (items) => live && setState({ state: 'ready', items }),
        () => live && setState({ state: 'error' }),
      );
    return () => {
      live = false;
    };
  }, [record, today]);

  return (
    <div aria-live="polite">
      {state.state === 'working' && <p className="muted">{t('home.closer.working')}</p>}
      {state.state === 'error' && <p className="error-text">{t('home.closer.error')}</p>}
      {state.state === 'ready' && state.items.length === 0 && <p>{t('home.closer.none')}</p>}
      {state.state === 'ready' && state.items.length > 0 && (
        <ul className="closer-list">
          {state.items.map((item) => {
            const message = closerMessage(item);
            return <li key={item.kind}>{t(message.key, formatValues(message.values, format))}</li>;
          })}
        </ul>
      )}
    </div>
  );
}
