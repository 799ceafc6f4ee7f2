import { useMutation, useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Loading, QueryError } from '../common/states';
import type { ApprovalRequestItemFragment } from '../gql/graphql';
import { AgentTimeBudgetQuery, SetTimeBudgetMutation } from './approvals.operations';
import { decisionProblemOf, type DecisionProblem } from './decisions';

const MAX_HOURS = 1607;

/** The annual-hours field's problem, as the manager types. */
export function budgetProblem(value: string): string | null {
  if (!value.trim()) return 'Indiquez un nombre d’heures.';
  const hours = Number(value);
  if (!Number.isInteger(hours) || hours < 0 || hours > MAX_HOURS)
    return `Indiquez un nombre entier d’heures, de 0 à ${MAX_HOURS}.`;
  return null;
}

/**
 * The time budgets of the agents whose requests are in the inbox, for the year each request
 * counts against. The API has no list of a manager's reports yet, so agents without a pending
 * request do not appear here.
 */
export function TeamBudgets({
  requests,
  onSaved,
}: {
  requests: ApprovalRequestItemFragment[];
  /** A budget changed: the requests' « budget restant » must be read again. */
  onSaved(): void;
}) {
  const agents = new Map<string, { name: string; year: number }>();
  for (const request of requests) {
    const id = request.agent?.id;
    if (id && !agents.has(id))
      agents.set(id, { name: request.agent?.displayName ?? id, year: request.budgetYear });
  }
  return (
    <section aria-labelledby="team-budgets" className={fr.cx('fr-mt-6w')}>
      <h2 id="team-budgets">Budgets de temps des agents</h2>
      <p className={fr.cx('fr-text--sm')}>
        Heures qu’un agent peut donner aux missions sur une année. Seuls les agents qui ont une demande en
        attente apparaissent ici pour le moment.
      </p>
      {agents.size === 0 ? (
        <p>Aucun agent n’a de demande en attente.</p>
      ) : (
        <ul className="application-list" data-testid="team-budgets">
          {[...agents].map(([id, { name, year }]) => (
            <BudgetItem key={id} agentId={id} name={name} year={year} onSaved={onSaved} />
          ))}
        </ul>
      )}
    </section>
  );
}

function BudgetItem({
  agentId,
  name,
  year,
  onSaved,
}: {
  agentId: string;
  name: string;
  year: number;
  onSaved(): void;
}) {
  const { data, loading, error, refetch } = useQuery(AgentTimeBudgetQuery, {
    variables: { id: agentId, year },
  });
  const [save, saving] = useMutation(SetTimeBudgetMutation);
  const [value, setValue] = useState<string | null>(null);
  const [problem, setProblem] = useState<DecisionProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const budget = data?.agent?.timeBudget;
  const headingId = `budget-${agentId}`;

  if (loading && !data) return <Loading label={`Chargement du budget de ${name}…`} />;
  if (!budget) {
    return (
      <li>
        <QueryError error={error} title={`Le budget de ${name} n’a pas pu être chargé`} />
      </li>
    );
  }
  const current = value ?? String(budget.annualHours);
  const fieldProblem = value === null ? null : (budgetProblem(current) ?? problem?.fields.hours ?? null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (budgetProblem(current)) {
      setValue(current);
      return;
    }
    setProblem(null);
    save({ variables: { agentId, year, hours: Number(current) } }).then(
      async () => {
        // A TimeBudget has no id of its own, so the cache cannot merge the answer: read it again.
        await refetch();
        setValue(null);
        setSaved(true);
        onSaved();
      },
      (failure: unknown) => setProblem(decisionProblemOf(failure)),
    );
  };

  return (
    <li className={fr.cx('fr-card', 'fr-p-3w', 'fr-mb-2w')} aria-labelledby={headingId}>
      <h3 id={headingId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {name} — {year}
      </h3>
      <p className={fr.cx('fr-mb-1w')}>
        {budget.annualHours} h par an
        {budget.customised ? ' (fixé par le supérieur)' : ' (valeur du programme)'} · {budget.committedHours}{' '}
        h engagées · <strong>{budget.remainingHours} h restantes</strong>
      </p>
      {problem && problem.messages.length > 0 ? (
        <Alert
          severity="error"
          small
          description={problem.messages.join(' ')}
          className={fr.cx('fr-mb-2w')}
        />
      ) : null}
      <form onSubmit={submit} noValidate className="budget-form" aria-label={`Budget ${year} de ${name}`}>
        <Input
          label={`Heures de l’année ${year}`}
          state={fieldProblem ? 'error' : saved ? 'success' : 'default'}
          stateRelatedMessage={fieldProblem ?? (saved ? 'Budget enregistré.' : undefined)}
          nativeInputProps={{
            name: `budget-${agentId}`,
            type: 'number',
            inputMode: 'numeric',
            min: 0,
            max: MAX_HOURS,
            value: current,
            onChange: (event) => {
              setSaved(false);
              setValue(event.target.value);
            },
          }}
        />
        <Button type="submit" priority="secondary" size="small" disabled={saving.loading}>
          Enregistrer le budget
        </Button>
      </form>
    </li>
  );
}
