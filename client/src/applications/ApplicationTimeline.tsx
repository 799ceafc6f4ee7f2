import { fr } from '@codegouvfr/react-dsfr';
import type { ApplicationStatus } from '../gql/graphql';
import { formatDateTime } from '../common/labels';
import { STEP_LABELS, upcomingSteps } from './timeline';

interface Step {
  status: ApplicationStatus;
  at: string;
}

/**
 * The steps an application went through, oldest first, as an ordered list: the last one reached is
 * the current step (`aria-current="step"`), the steps still ahead follow without a date.
 */
export function ApplicationTimeline({
  steps,
  status,
  titleId,
}: {
  steps: Step[];
  status: ApplicationStatus;
  titleId: string;
}) {
  const upcoming = upcomingSteps(status);
  return (
    <ol className="application-timeline" aria-labelledby={titleId} data-testid="application-timeline">
      {steps.map((step, index) => {
        const current = index === steps.length - 1;
        return (
          <li
            key={`${step.status}-${step.at}`}
            className={current ? 'application-timeline__step--current' : 'application-timeline__step--done'}
            aria-current={current ? 'step' : undefined}
          >
            <span className="application-timeline__label">{STEP_LABELS[step.status]}</span>
            {current ? <span className="fr-sr-only"> (étape actuelle)</span> : null}
            <br />
            <time dateTime={step.at} className={fr.cx('fr-text--sm')}>
              le {formatDateTime(step.at)}
            </time>
          </li>
        );
      })}
      {upcoming.map((next) => (
        <li key={next} className="application-timeline__step--upcoming">
          <span className="application-timeline__label">{STEP_LABELS[next]}</span>
          <br />
          <span className={fr.cx('fr-text--sm')}>à venir</span>
        </li>
      ))}
    </ol>
  );
}
