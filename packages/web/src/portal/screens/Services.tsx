/**
 * Help near the person (GET /api/portal/services): services from the Open Referral directory, filtered by
 * need, open now and distance from home, nearest first, each with its hours in words
 * (presenters/directory.ts), whether it is open now, and how to reach it. The filters are react-aria
 * widgets (the workspace's Choice select, a Checkbox); each change searches again.
 */
import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../screens/Choice.tsx';
import type { ServiceResult } from '../api-types.ts';
import { Loading, Problem, useFormat, usePortalTitle } from '../components/common.tsx';
import { DISTANCES, hoursText, NEEDS, servicesQuery, type Need, type ServiceFilters } from '../presenters/directory.ts';
import { useApi } from '../useApi.ts';

const ALL = 'all';

export function Services() {
  const { t } = useTranslation();
  usePortalTitle('services.title');
  const [filters, setFilters] = useState<ServiceFilters>({ need: null, openNow: false, maxMiles: 25 });
  const { result } = useApi<{ results: ServiceResult[] }>(`/api/portal/services${servicesQuery(filters)}`);

  return (
    <>
      <h1 tabIndex={-1}>{t('services.title')}</h1>
      <p>{t('services.intro')}</p>
      <div className="filters" role="search" aria-label={t('services.filters')}>
        <Choice
          label={t('services.need')}
          value={filters.need ?? ALL}
          options={[{ id: ALL, text: t('services.allNeeds') }, ...NEEDS.map((need) => ({ id: need, text: t(`services.needs.${need}`) }))]}
          onChange={(value) => setFilters((f) => ({ ...f, need: value === ALL ? null : (value as Need) }))}
        />
        <Choice
          label={t('services.distance')}
          value={String(filters.maxMiles)}
          options={DISTANCES.map((miles) => ({ id: String(miles), text: t('services.within', { count: miles }) }))}
          onChange={(value) => setFilters((f) => ({ ...f, maxMiles: Number(value) }))}
        />
        <Checkbox isSelected={filters.openNow} onChange={(openNow) => setFilters((f) => ({ ...f, openNow }))}>
          <span className="checkbox-box" aria-hidden="true" />
          {t('services.openNowOnly')}
        </Checkbox>
      </div>
      <div aria-live="polite">
        {result.state === 'loading' && <Loading />}
        {result.state === 'ready' && <p className="muted">{t('services.count', { count: result.data.results.length })}</p>}
      </div>
      {result.state === 'error' && <Problem error={result.error} />}
      {result.state === 'ready' && result.data.results.length > 0 && (
        <ul className="cards">
          {result.data.results.map((service) => (
            <ServiceCard key={`${service.serviceId}-${service.location?.id ?? ''}`} service={service} />
          ))}
        </ul>
      )}
    </>
  );
}

function ServiceCard({ service }: { service: ServiceResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `service-${service.serviceId}-${service.location?.id ?? 'none'}`;
  const address = service.location
    ? [service.location.address1, service.location.city, [service.location.state, service.location.postalCode].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ')
    : '';
  const hours = service.hours.map((h) => hoursText(h, format.language)).filter((h): h is string => h !== null);
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {service.name}
      </h2>
      {service.organization.name !== service.name && <p>{service.organization.name}</p>}
      <p className="tags">
        {service.openNow === true && <span className="badge badge-open">{t('services.openNow')}</span>}
        {service.openNow === false && <span className="badge badge-closed">{t('services.closedNow')}</span>}
        {service.needs.map((need) => (
          <span key={need} className="tag">
            {t(`services.needs.${need}`, { defaultValue: need })}
          </span>
        ))}
      </p>
      {service.distanceMiles !== null && (
        <p>{service.distanceMiles < 1 ? t('common.underAMile') : t('services.away', { distance: format.miles(service.distanceMiles) })}</p>
      )}
      {address && <p>{address}</p>}
      {service.description && <p>{service.description}</p>}
      {hours.length > 0 && (
        <>
          <h3>{t('services.hours')}</h3>
          <ul className="reasons">
            {hours.map((h, n) => (
              <li key={n}>{h}</li>
            ))}
          </ul>
        </>
      )}
      <p className="tags">
        {service.phone && (
          <a href={`tel:${service.phone.replace(/[^\d+]/g, '')}`} className="contact">
            {t('services.call', { phone: service.phone })}
          </a>
        )}
        {(service.url ?? service.organization.website) && (
          <a href={(service.url ?? service.organization.website)!} rel="noopener noreferrer" className="contact">
            {t('services.website')}
          </a>
        )}
      </p>
    </li>
  );
}
