import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { ActionProblem } from './outcome-rules';

/** A refused action, above its form: the kind as a title, then the server's French messages. */
export function ProblemAlert({
  problem,
  fieldsShown = false,
}: {
  problem: ActionProblem;
  fieldsShown?: boolean;
}) {
  const messages = fieldsShown ? problem.messages : [...problem.messages, ...Object.values(problem.fields)];
  return (
    <Alert
      severity="error"
      title={problem.title}
      description={messages.join(' ') || 'Corrigez les champs signalés.'}
      className={fr.cx('fr-my-2w')}
    />
  );
}
