import { useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { administrationName } from '../common/labels';
import { Loading, QueryError } from '../common/states';
import { AdministrationCreditQuery } from './team.operations';

interface AdministrationRef {
  id: string;
  name: string;
  acronym?: string | null;
}

const signed = (hours: number) => (hours > 0 ? `+${hours} h` : `${hours} h`);

/**
 * The virtual credit of the manager's administration: hours its agents gave to other
 * administrations' missions, hours it received, and the difference (confirmed completions only).
 */
export function CreditBalance({ administration, year }: { administration: AdministrationRef; year: number }) {
  const { data, loading, error } = useQuery(AdministrationCreditQuery, {
    variables: { year, administrationId: administration.id },
    fetchPolicy: 'cache-and-network',
  });
  const name = administrationName(administration);
  const balances = data?.statsCreditBalances;
  const body = (() => {
    if (loading && !data) return <Loading label="Chargement du crédit de temps…" />;
    if (!balances) return <QueryError error={error} title="Le crédit de temps n’a pas pu être chargé" />;
    // No entry this year: the administration neither gave nor received hours.
    const balance = balances[0] ?? { hoursGiven: 0, hoursReceived: 0, balance: 0 };
    return (
      <dl className="credit-figures" data-testid="credit-balance">
        <div>
          <dt>Heures données</dt>
          <dd>{balance.hoursGiven} h</dd>
        </div>
        <div>
          <dt>Heures reçues</dt>
          <dd>{balance.hoursReceived} h</dd>
        </div>
        <div>
          <dt>Solde (données − reçues)</dt>
          <dd>{signed(balance.balance)}</dd>
        </div>
      </dl>
    );
  })();
  return (
    <section aria-labelledby="credit-balance" className={fr.cx('fr-mt-6w')}>
      <h2 id="credit-balance">
        Crédit de temps de {name} en {year}
      </h2>
      <p className={fr.cx('fr-text--sm')}>
        Heures de mission confirmées par les agents : données par vos agents aux missions d’autres
        administrations, reçues par les missions de votre administration.
      </p>
      {body}
    </section>
  );
}
