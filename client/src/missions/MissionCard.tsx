import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import type { ReactNode } from 'react';
import { administrationName, formatDate, seatsLabel, WORK_MODE_LABELS } from '../common/labels';
import type { MissionSummaryFragment } from '../gql/graphql';

/** One mission in a list: what, where, how long, and the places left. */
export function MissionCard({
  mission,
  extra,
  badge,
}: {
  mission: MissionSummaryFragment;
  extra?: ReactNode;
  badge?: ReactNode;
}) {
  return (
    <Card
      title={mission.title}
      titleAs="h3"
      enlargeLink
      linkProps={{ to: `/missions/${mission.id}` }}
      size="small"
      start={
        <ul className={fr.cx('fr-badges-group')}>
          {badge ? <li>{badge}</li> : null}
          {mission.crisis ? (
            <li>
              <Badge severity="warning" small>
                Crise
              </Badge>
            </li>
          ) : null}
          <li>
            <Badge small noIcon>
              {mission.kindLabel}
            </Badge>
          </li>
        </ul>
      }
      detail={administrationName(mission.hostAdministration)}
      desc={
        <>
          {mission.effortHours} h · du {formatDate(mission.startDate)} au {formatDate(mission.endDate)} ·{' '}
          {WORK_MODE_LABELS[mission.workMode]}
          {mission.location ? ` (${mission.location})` : ''}
          <br />
          {seatsLabel(mission.seatsRemaining)} · candidatures jusqu’au{' '}
          {formatDate(mission.applicationDeadline)}
        </>
      }
      end={extra}
    />
  );
}

/** Skill labels as a group of tags. */
export function SkillTags({
  skills,
  label,
  endorsed,
}: {
  skills: ReadonlyArray<{ id: string; label: string }>;
  label: string;
  /** Skills that hosts endorsed after completed missions: each says so. */
  endorsed?: ReadonlySet<string>;
}) {
  if (skills.length === 0) return null;
  return (
    <div className="skill-tags">
      <span className={fr.cx('fr-text--sm', 'fr-mb-0')}>{label}</span>
      <ul className={fr.cx('fr-tags-group')}>
        {skills.map((skill) => (
          <li key={skill.id}>
            {endorsed?.has(skill.id) ? (
              <Tag small iconId="fr-icon-award-line">
                {`${skill.label} (recommandée)`}
              </Tag>
            ) : (
              <Tag small>{skill.label}</Tag>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
