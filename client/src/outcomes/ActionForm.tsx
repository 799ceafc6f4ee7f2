import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { FormEvent, ReactNode } from 'react';
import type { ActionProblem } from './outcome-rules';
import { ProblemAlert } from './ProblemAlert';

/**
 * The frame of an outcome's form (record, respond, give feedback, endorse): named by its heading,
 * the server's refusal above the fields (the fields' own messages stay under them when `fieldsShown`),
 * and the submit button, which says it is busy while the mutation runs.
 */
export function ActionForm({
  titleId,
  title,
  level = 3,
  intro,
  className,
  problem,
  fieldsShown = true,
  onSubmit,
  submit,
  children,
}: {
  titleId: string;
  title: ReactNode;
  level?: 3 | 4;
  intro?: ReactNode;
  className: string;
  problem: ActionProblem | null;
  fieldsShown?: boolean;
  onSubmit(event: FormEvent): void;
  submit: { label: string; busyLabel: string; busy: boolean; priority?: 'primary' | 'secondary' };
  children: ReactNode;
}) {
  const Heading = level === 4 ? 'h4' : 'h3';
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={titleId} className={className}>
      <Heading id={titleId} className={fr.cx('fr-h6')}>
        {title}
      </Heading>
      {intro}
      {problem ? <ProblemAlert problem={problem} fieldsShown={fieldsShown} /> : null}
      {children}
      <Button type="submit" priority={submit.priority ?? 'primary'} disabled={submit.busy}>
        {submit.busy ? submit.busyLabel : submit.label}
      </Button>
    </form>
  );
}
