/**
 * Jobs matched to the person (GET /api/portal/jobs): each with why it fits and anything to check first,
 * worded by the server in the language on screen (the reasons carry the person's own miles and curfew
 * hours), fair-chance employers marked and listed first. The server leaves out jobs that break a
 * condition (curfew, no driving, no contact with minors, no alcohol venues, the travel limit).
 */
import { useTranslation } from 'react-i18next';
import type { JobMatch, JobsAnswer } from '../api-types.ts';
import { Loading, Problem, useFormat, usePortalTitle } from '../components/common.tsx';
import { EMPLOYMENT_TYPES, payRange } from '../presenters/directory.ts';
import { useApi } from '../useApi.ts';

export function Jobs() {
  const { t } = useTranslation();
  const format = useFormat();
  usePortalTitle('jobs.title');
  // Asked again when the language changes, since the reasons come worded from the server.
  const { result } = useApi<JobsAnswer>(`/api/portal/jobs?lang=${format.language}`);

  return (
    <>
      <h1 tabIndex={-1}>{t('jobs.title')}</h1>
      <p>{t('jobs.intro')}</p>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' && <Problem error={result.error} />}
      {result.state === 'ready' && (
        <>
          {!result.data.profile?.homeZip && <p className="muted">{t('jobs.noZip')}</p>}
          {result.data.matches.length === 0 ? (
            <p>{t('jobs.none')}</p>
          ) : (
            <ul className="cards">
              {result.data.matches.map((match) => (
                <JobCard key={match.id} job={match} />
              ))}
            </ul>
          )}
          {result.data.excludedCount > 0 && <p className="muted">{t('jobs.excluded', { count: result.data.excludedCount })}</p>}
        </>
      )}
    </>
  );
}

function JobCard({ job }: { job: JobMatch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pay = payRange(job.salary, format.language);
  const types = (job.employmentType ?? '')
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter((s): s is (typeof EMPLOYMENT_TYPES)[number] => (EMPLOYMENT_TYPES as readonly string[]).includes(s));
  const place = [job.location.locality, job.location.region].filter(Boolean).join(', ');
  const headingId = `job-${job.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {job.title}
      </h2>
      <p>{job.organization}</p>
      <p className="tags">
        {job.fairChance && <span className="badge">{t('jobs.fairChance')}</span>}
        {types.map((type) => (
          <span key={type} className="tag">
            {t(`jobs.types.${type}`)}
          </span>
        ))}
      </p>
      {job.remote ? (
        <p>{t('jobs.remote')}</p>
      ) : (
        <>
          {place && <p>{place}</p>}
          {job.distanceMiles !== null && (
            <p>{job.distanceMiles < 1 ? t('common.underAMile') : t('jobs.distance', { distance: format.miles(job.distanceMiles) })}</p>
          )}
        </>
      )}
      {job.workHours && <p>{t('jobs.hours', { hours: job.workHours })}</p>}
      {pay && <p>{t('jobs.pay', { amount: pay.amount, per: t(pay.unitKey) })}</p>}
      {job.reasons.length > 0 && (
        <>
          <h3>{t('jobs.why')}</h3>
          <ul className="reasons">
            {job.reasons.map((r) => (
              <li key={r.code}>{r.text}</li>
            ))}
          </ul>
        </>
      )}
      {job.cautions.length > 0 && (
        <>
          <h3>{t('jobs.check')}</h3>
          <ul className="cautions">
            {job.cautions.map((r) => (
              <li key={r.code}>{r.text}</li>
            ))}
          </ul>
        </>
      )}
      {job.url && (
        <p>
          {/* A plain link: the posting is on the employer's site. */}
          <a href={job.url} rel="noopener noreferrer">
            {t('jobs.apply', { title: job.title })}
          </a>
        </p>
      )}
    </li>
  );
}
