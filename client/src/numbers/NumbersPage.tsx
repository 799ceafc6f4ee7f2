import { useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useSearchParams } from 'react-router';
import { reportOf } from '../common/errors';
import { administrationName, formatDate, MISSION_KIND_LABELS } from '../common/labels';
import { Page } from '../common/Page';
import { Loading, QueryError } from '../common/states';
import { RequireRole } from '../host/RequireRole';
import { NumbersFilters } from './NumbersFilters';
import { ProgrammeNumbersQuery } from './numbers.operations';
import {
  DelaysSection,
  FunnelSection,
  HoursSection,
  ReasonsSection,
  SkillsSection,
  WithoutApplicantsSection,
  type Numbers,
} from './NumbersTables';
import { filterOf, paramsOf, scopeOf } from './scope';
import './numbers.css';

/** « Chiffres du programme »: the programme team's numbers, as charts with their data tables and CSV. */
export function NumbersPage() {
  return (
    <Page
      title="Chiffres du programme"
      lead="L’entonnoir, les délais, les motifs de clôture, les heures par ministère et les compétences, sur la période, le ministère et le type de mission choisis."
    >
      <RequireRole role="ADMIN">{() => <ProgrammeNumbers />}</RequireRole>
    </Page>
  );
}

/** « du 1 mai 2025 au 14 mai 2026, Ministère … (MEF), Conseil » as the answer states its scope. */
function scopeSentence(numbers: Numbers): string {
  const parts = [`du ${formatDate(numbers.from)} au ${formatDate(numbers.to)}`];
  parts.push(numbers.ministry ? administrationName(numbers.ministry) : 'tous les ministères');
  parts.push(numbers.kind ? MISSION_KIND_LABELS[numbers.kind] : 'tous les types de mission');
  return parts.join(', ');
}

/** The parts of the answer that a service down left null (the rest is shown). */
function missingParts(numbers: Numbers): boolean {
  return (
    !numbers.applicationFunnel ||
    !numbers.timeToFirstApplicant ||
    !numbers.timeToRelease ||
    !numbers.timeToAcceptance ||
    !numbers.closureReasons ||
    !numbers.hoursByMinistry ||
    !numbers.missionsWithoutApplicants
  );
}

function ProgrammeNumbers() {
  const [params, setParams] = useSearchParams();
  const scope = scopeOf(params);
  const { data, loading, error } = useQuery(ProgrammeNumbersQuery, {
    variables: { filter: filterOf(scope) },
    fetchPolicy: 'cache-and-network',
  });
  const numbers = data?.statsProgrammeNumbers ?? null;
  const report = error ? reportOf(error) : { fields: {}, general: [] };
  const refused = Object.keys(report.fields).length > 0;

  const body = (() => {
    if (loading && !numbers) return <Loading label="Calcul des chiffres…" />;
    if (refused && !numbers) {
      return (
        <Alert
          severity="error"
          title="Ce périmètre est refusé"
          description="Corrigez le champ signalé, puis affichez les chiffres."
          className={fr.cx('fr-my-2w')}
        />
      );
    }
    if (!numbers) return <QueryError error={error} title="Les chiffres n’ont pas pu être chargés" />;
    return (
      <>
        {missingParts(numbers) ? (
          <Alert
            severity="warning"
            title="Une partie des chiffres est indisponible"
            description="Le service des candidatures ne répond pas : les chiffres qui en dépendent manquent. Les autres sont à jour ; réessayez dans un instant pour le reste."
            className={fr.cx('fr-my-2w')}
            data-testid="numbers-partial"
          />
        ) : null}
        <FunnelSection numbers={numbers} scope={scope} />
        <DelaysSection numbers={numbers} scope={scope} />
        <HoursSection numbers={numbers} scope={scope} />
        <SkillsSection numbers={numbers} scope={scope} />
        <ReasonsSection numbers={numbers} scope={scope} />
        <WithoutApplicantsSection numbers={numbers} scope={scope} />
      </>
    );
  })();

  return (
    <>
      {/* Remounted when the address changes (back, a shared link): the fields show what is applied. */}
      <NumbersFilters
        key={params.toString()}
        scope={scope}
        fieldErrors={report.fields}
        onApply={(next) => setParams(paramsOf(next))}
      />
      <p role="status" aria-live="polite" data-testid="numbers-scope" className={fr.cx('fr-text--bold')}>
        {numbers && !loading ? `Chiffres ${scopeSentence(numbers)}.` : ''}
      </p>
      {body}
    </>
  );
}
