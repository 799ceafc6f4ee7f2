import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MissionContentFragment, WorkMode } from '../gql/graphql';
import { errorCodeOf } from './errors';
import { DOMAIN_LABELS, formatDate, SKILL_LEVEL_LABELS, UNAVAILABLE, WORK_MODE_LABELS } from './labels';
import { Page } from './Page';
import { Loading, QueryError } from './states';

/**
 * A mission's page before it can show the mission: while it loads, or when the mission is not
 * there — missing or hidden (`NOT_FOUND`, or no error at all) or the query failed. The agent's and
 * the moderation's pages say it alike, each with its own words and way back.
 */
export function MissionUnavailable({
  loading,
  loadingTitle,
  error,
  notFound,
  back,
}: {
  loading: boolean;
  loadingTitle: string;
  error: unknown;
  notFound: string;
  back: { to: string; label: string };
}) {
  if (loading) {
    return (
      <Page title={loadingTitle}>
        <Loading />
      </Page>
    );
  }
  return (
    <Page title="Mission introuvable">
      {errorCodeOf(error) === 'NOT_FOUND' || !error ? <p>{notFound}</p> : <QueryError error={error} />}
      <Link to={back.to}>{back.label}</Link>
    </Page>
  );
}

/** The skills a mission asks for, each with its minimum level and whether it is essential. */
export function RequiredSkillList({ skills }: { skills: MissionContentFragment['requiredSkills'] }) {
  return (
    <ul>
      {skills.map((required, index) => (
        <li key={required.skill?.id ?? index}>
          {required.skill?.label ?? `Compétence ${UNAVAILABLE}`} — niveau{' '}
          {SKILL_LEVEL_LABELS[required.minLevel].toLowerCase()} au moins
          {required.essential ? ' (indispensable)' : ' (appréciée)'}
        </li>
      ))}
    </ul>
  );
}

/** The mission's contact as its page names them: name and job title, or unavailable. */
export function contactLabel(contact: MissionContentFragment['contact']): string {
  if (!contact) return UNAVAILABLE;
  return `${contact.displayName}${contact.jobTitle ? `, ${contact.jobTitle}` : ''}`;
}

/**
 * A mission's badges: its kind, domain and crisis flag, with the page's own (status, waiting time)
 * before or after kind and domain.
 */
export function MissionBadges({
  mission,
  before,
  after,
}: {
  mission: Pick<MissionContentFragment, 'kindLabel' | 'domain' | 'crisis'>;
  before?: ReactNode;
  after?: ReactNode;
}) {
  return (
    <ul className={fr.cx('fr-badges-group', 'fr-mb-3w')}>
      {before}
      <li>
        <Badge noIcon>{mission.kindLabel}</Badge>
      </li>
      <li>
        <Badge noIcon>{DOMAIN_LABELS[mission.domain]}</Badge>
      </li>
      {after}
      {mission.crisis ? (
        <li>
          <Badge severity="warning">Crise</Badge>
        </li>
      ) : null}
    </ul>
  );
}

/** Effort, calendar and work mode, as every screen that shows a mission lists them (inside a `<dl>`). */
export function ScheduleFacts({
  mission,
}: {
  mission: {
    effortHours: number | string;
    applicationDeadline: string;
    startDate: string;
    endDate: string;
    workMode: WorkMode;
    location?: string | null;
  };
}) {
  return (
    <>
      <dt>Effort</dt>
      <dd>{mission.effortHours} heures</dd>
      <dt>Candidatures jusqu’au</dt>
      <dd>{formatDate(mission.applicationDeadline)}</dd>
      <dt>Période</dt>
      <dd>
        du {formatDate(mission.startDate)} au {formatDate(mission.endDate)}
      </dd>
      <dt>Modalité</dt>
      <dd>
        {WORK_MODE_LABELS[mission.workMode]}
        {mission.location ? ` — ${mission.location}` : ''}
      </dd>
    </>
  );
}

/**
 * A mission's content on its own page: the description and skills beside the practical facts, where
 * each page says the places its own way and adds its own last facts (`children`: who may apply…).
 */
export function MissionBody({
  mission,
  skillsHeading,
  places,
  children,
}: {
  mission: MissionContentFragment;
  skillsHeading: string;
  places: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
        <h2>La mission</h2>
        <p style={{ whiteSpace: 'pre-line' }}>{mission.description}</p>
        <h2>{skillsHeading}</h2>
        <RequiredSkillList skills={mission.requiredSkills} />
      </div>
      <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
        <h2>En pratique</h2>
        <dl className="mission-facts">
          <ScheduleFacts mission={mission} />
          <dt>Places</dt>
          <dd>{places}</dd>
          <dt>Contact</dt>
          <dd>{contactLabel(mission.contact)}</dd>
          {children}
        </dl>
      </div>
    </div>
  );
}
