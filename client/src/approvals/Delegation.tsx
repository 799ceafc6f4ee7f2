import { useMutation, useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { formatDate } from '../common/labels';
import { Loading, QueryError } from '../common/states';
import type { SignedInAgent } from '../session/session';
import {
  DelegateApprovalsMutation,
  DeputyCandidatesQuery,
  MyDelegationsQuery,
  RevokeDelegationMutation,
} from './approvals.operations';
import { decisionProblemOf, type DecisionProblem } from './decisions';

/** YYYY-MM-DD in France, `days` from today. */
function parisDay(days = 0): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(date);
}

/** The delegation form's problems, as the manager fills it in. */
export function delegationProblems(deputy: string, from: string, until: string, today: string) {
  return {
    deputy: deputy ? null : 'Choisissez un suppléant.',
    from: !from
      ? 'Indiquez le premier jour.'
      : from < today
        ? 'Le premier jour ne peut pas être passé.'
        : null,
    until: !until
      ? 'Indiquez le dernier jour.'
      : from && until < from
        ? 'Le dernier jour suit le premier.'
        : null,
  };
}

/**
 * « Suppléance »: a manager hands their decisions to a deputy for a period (one at a time), and
 * sees the delegations they gave or received.
 */
export function Delegation({ agent, onChanged }: { agent: SignedInAgent; onChanged(): void }) {
  const { data, loading, error, refetch } = useQuery(MyDelegationsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [revoke, revoking] = useMutation(RevokeDelegationMutation);
  const [problem, setProblem] = useState<DecisionProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const delegations = (data?.me?.approvalDelegations ?? []).filter((d) => !d.revokedAt);
  const given = delegations.filter((d) => d.manager?.id === agent.id);
  const received = delegations.filter((d) => d.deputy?.id === agent.id);

  const changed = (message: string) => {
    setNotice(message);
    setProblem(null);
    void refetch();
    onChanged();
  };

  return (
    <section aria-labelledby="delegation" className={fr.cx('fr-mt-6w')}>
      <h2 id="delegation">Suppléance</h2>
      <p className={fr.cx('fr-text--sm')}>
        Absent quelques jours ? Confiez vos décisions à un suppléant : il verra vos demandes en attente et
        décidera en votre nom pendant la période choisie. Chaque décision est tracée à son nom.
      </p>
      <div role="status" aria-live="polite">
        {notice ? (
          <Alert severity="success" small description={notice} className={fr.cx('fr-mb-2w')} />
        ) : null}
      </div>
      {problem ? (
        <Alert
          severity="error"
          title={problem.title}
          description={[...problem.messages, ...Object.values(problem.fields)].join(' ')}
          className={fr.cx('fr-mb-2w')}
        />
      ) : null}
      {loading && !data ? <Loading /> : null}
      {error && !data?.me?.approvalDelegations ? <QueryError error={error} /> : null}
      {received.length > 0 ? (
        <ul data-testid="delegations-received">
          {received.map((d) => (
            <li key={d.id}>
              Vous êtes le suppléant de {d.manager?.displayName ?? 'votre collègue'} du {formatDate(d.from)}{' '}
              au {formatDate(d.until)}.
            </li>
          ))}
        </ul>
      ) : null}
      {given.length > 0 ? (
        <ul className="application-list" data-testid="delegations-given">
          {given.map((d) => (
            <li key={d.id} className={fr.cx('fr-mb-2w')}>
              <p className={fr.cx('fr-mb-1w')}>
                Vos décisions sont confiées à {d.deputy?.displayName ?? 'un suppléant'} du{' '}
                {formatDate(d.from)} au {formatDate(d.until)}.
              </p>
              <Button
                priority="secondary"
                size="small"
                disabled={revoking.loading}
                onClick={() => {
                  revoke({ variables: { id: d.id } }).then(
                    () => changed('La suppléance est révoquée : vous seul décidez de nouveau.'),
                    (failure: unknown) => setProblem(decisionProblemOf(failure)),
                  );
                }}
              >
                Révoquer la suppléance
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <DelegateForm agent={agent} onDone={changed} onFailed={setProblem} />
      )}
    </section>
  );
}

function DelegateForm({
  agent,
  onDone,
  onFailed,
}: {
  agent: SignedInAgent;
  onDone(message: string): void;
  onFailed(problem: DecisionProblem): void;
}) {
  const administrationId = agent.administration?.id ?? '';
  const candidates = useQuery(DeputyCandidatesQuery, {
    variables: { administrationId },
    skip: !administrationId,
  });
  const [delegate, delegating] = useMutation(DelegateApprovalsMutation);
  const today = parisDay();
  const [deputy, setDeputy] = useState('');
  const [from, setFrom] = useState(today);
  const [until, setUntil] = useState(parisDay(14));
  const [submitted, setSubmitted] = useState(false);
  const problems = delegationProblems(deputy, from, until, today);
  const shown = (field: keyof typeof problems) => (submitted || field !== 'deputy' ? problems[field] : null);
  const people = (candidates.data?.agents?.nodes ?? []).filter((a) => a.id !== agent.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.deputy || problems.from || problems.until) return;
    const name = people.find((a) => a.id === deputy)?.displayName ?? 'votre suppléant';
    delegate({ variables: { deputyAgentId: deputy, from, until } }).then(
      () => onDone(`Suppléance enregistrée : ${name} décidera en votre nom.`),
      (failure: unknown) => onFailed(decisionProblemOf(failure)),
    );
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Confier mes décisions à un suppléant"
      className="delegation-form"
    >
      <Select
        label="Suppléant"
        hint="Un agent de votre administration."
        state={shown('deputy') ? 'error' : 'default'}
        stateRelatedMessage={shown('deputy') ?? undefined}
        nativeSelectProps={{
          name: 'deputy',
          value: deputy,
          onChange: (event) => setDeputy(event.target.value),
        }}
      >
        <option value="">Choisir un agent</option>
        {people.map((a) => (
          <option key={a.id} value={a.id}>
            {a.displayName} — {a.jobTitle}
          </option>
        ))}
      </Select>
      <Input
        label="Premier jour"
        state={shown('from') ? 'error' : 'default'}
        stateRelatedMessage={shown('from') ?? undefined}
        nativeInputProps={{
          name: 'from',
          type: 'date',
          value: from,
          onChange: (event) => setFrom(event.target.value),
        }}
      />
      <Input
        label="Dernier jour"
        state={shown('until') ? 'error' : 'default'}
        stateRelatedMessage={shown('until') ?? undefined}
        nativeInputProps={{
          name: 'until',
          type: 'date',
          value: until,
          onChange: (event) => setUntil(event.target.value),
        }}
      />
      <Button type="submit" disabled={delegating.loading}>
        Confier mes décisions
      </Button>
    </form>
  );
}
