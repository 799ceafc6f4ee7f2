import { Link } from 'react-router';
import type { MissionContentFragment } from '../gql/graphql';
import { errorCodeOf } from './errors';
import { SKILL_LEVEL_LABELS, UNAVAILABLE } from './labels';
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
