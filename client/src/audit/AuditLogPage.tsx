import { useApolloClient, type TypedDocumentNode } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorCodeOf, reportOf } from '../common/errors';
import { Page } from '../common/Page';
import { Loading } from '../common/states';
import type {
  ProfilesAuditLogQuery as LogQuery,
  ProfilesAuditLogQueryVariables as LogVariables,
} from '../gql/graphql';
import { RequireRole } from '../host/RequireRole';
import { SOURCE_LABELS } from './audit-labels';
import {
  AUDIT_SOURCES,
  emptyLog,
  failures,
  hasMore,
  nextFetches,
  started,
  withFailure,
  withPage,
  type AuditSource,
  type MergedLog,
} from './audit-merge';
import { ApprovalsAuditLogQuery, MissionsAuditLogQuery, ProfilesAuditLogQuery } from './audit.operations';
import { AuditEntryItem } from './AuditEntryItem';
import { AuditFilters, criteriaOf, paramsOf, type AuditCriteria } from './AuditFilters';
import './audit.css';

/** Entries per page of each service's log. */
export const AUDIT_PAGE_SIZE = 20;

// The three operations have the same variables and answer shape (`log`), from a shared fragment.
const QUERIES: Record<AuditSource, TypedDocumentNode<LogQuery, LogVariables>> = {
  profiles: ProfilesAuditLogQuery,
  missions: MissionsAuditLogQuery as TypedDocumentNode<LogQuery, LogVariables>,
  approvals: ApprovalsAuditLogQuery as TypedDocumentNode<LogQuery, LogVariables>,
};

const SOURCE_OF_LOG: Record<AuditSource, string> = {
  profiles: 'des profils',
  missions: 'des missions',
  approvals: 'des candidatures',
};

/** « Journal d’audit »: who did what, when, to what, in the three services (programme team). */
export function AuditLogPage() {
  return (
    <Page
      title="Journal d’audit"
      lead="Chaque écriture des services, et chaque consultation des données personnelles d’un agent par une autre personne : qui, quand, quoi, avant et après."
    >
      <RequireRole role="ADMIN">{() => <AuditLog />}</RequireRole>
    </Page>
  );
}

function AuditLog() {
  const [params, setParams] = useSearchParams();
  const criteria = criteriaOf(params);
  const key = paramsOf(criteria).toString();
  const [subjectError, setSubjectError] = useState<string | undefined>();
  return (
    <>
      <AuditFilters
        key={`filters-${key}`}
        applied={criteria}
        subjectError={subjectError}
        onApply={(next) => setParams(paramsOf(next))}
      />
      {/* A new filter starts a new reading of the logs. */}
      <AuditEntries key={`entries-${key}`} criteria={criteria} onSubjectError={setSubjectError} />
    </>
  );
}

function AuditEntries({
  criteria,
  onSubjectError,
}: {
  criteria: AuditCriteria;
  onSubjectError: (message: string | undefined) => void;
}) {
  const apollo = useApolloClient();
  const sources = criteria.source === 'all' ? AUDIT_SOURCES : [criteria.source];
  const [log, setLog] = useState<MergedLog>(() => emptyLog(sources));
  const current = useRef(log);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const firstNew = useRef<number | null>(null);
  const loading = useRef(false);
  const items = useRef<Array<HTMLLIElement | null>>([]);

  const fetchOnce = useCallback(async () => {
    const fetches = nextFetches(current.current);
    const answers = await Promise.all(
      fetches.map(async ({ source, after }) => {
        try {
          const { data, errors } = await apollo.query({
            query: QUERIES[source],
            variables: {
              first: AUDIT_PAGE_SIZE,
              after,
              actorId: criteria.actorId || null,
              subjectAgentId: criteria.subjectAgentId || null,
            },
            fetchPolicy: 'no-cache',
            errorPolicy: 'all',
          });
          if (errors?.length || !data?.log) return { source, error: errors ?? new Error('réponse vide') };
          return { source, page: data.log };
        } catch (error) {
          return { source, error };
        }
      }),
    );
    let next = current.current;
    for (const answer of answers) {
      next =
        'page' in answer && answer.page
          ? withPage(next, answer.source, answer.page)
          : withFailure(next, answer.source, wrapped(answer.error));
    }
    current.current = next;
    setLog(next);
    return fetches.length > 0;
  }, [apollo, criteria.actorId, criteria.subjectAgentId]);

  /** Fetches until some entries can be shown (a merged view may need several pages) or none remain. */
  const loadMore = useCallback(async () => {
    // One reading at a time (a double click, or React's development double effect).
    if (loading.current) return;
    loading.current = true;
    const before = current.current.shown.length;
    setBusy(true);
    try {
      while (current.current.shown.length === before && hasMore(current.current)) {
        if (!(await fetchOnce())) break;
      }
    } finally {
      loading.current = false;
      setBusy(false);
    }
    const added = current.current.shown.length - before;
    if (before > 0) {
      firstNew.current = added > 0 ? before : null;
      setAnnouncement(
        added > 0 ? `${added} entrée${added > 1 ? 's' : ''} de plus.` : 'Aucune entrée de plus.',
      );
    }
  }, [fetchOnce]);

  useEffect(() => {
    void loadMore();
  }, [loadMore]);

  // After « Charger la suite », the focus goes to the first entry loaded, as after reading on.
  useEffect(() => {
    if (firstNew.current === null) return;
    items.current[firstNew.current]?.focus();
    firstNew.current = null;
  }, [log]);

  const failed = failures(log);
  const subjectRefusal = failed
    .map(({ error }) => reportOf(error).fields.subjectAgentId)
    .find((message) => message !== undefined);
  useEffect(() => onSubjectError(subjectRefusal), [onSubjectError, subjectRefusal]);

  if (!started(log)) return <Loading label="Chargement du journal…" />;
  const refused = failed.filter(({ error }) => errorCodeOf(error) === 'FORBIDDEN');
  if (failed.length === sources.length && refused.length === failed.length) {
    return (
      <Alert
        severity="error"
        title="Accès refusé"
        description={`Le journal d’audit est réservé à l’équipe du programme. ${reportOf(refused[0]?.error).general.join(' ')}`}
        className={fr.cx('fr-my-2w')}
      />
    );
  }
  const showSource = sources.length > 1;
  const filtered = criteria.actorId !== '' || criteria.subjectAgentId !== '';
  return (
    <section aria-labelledby="audit-entries-title" className={fr.cx('fr-mt-4w')}>
      <h2 id="audit-entries-title" className={fr.cx('fr-h5')}>
        {criteria.source === 'all'
          ? 'Entrées de tous les services'
          : `Entrées du service ${SOURCE_LABELS[criteria.source].toLowerCase()}`}
        , de la plus récente à la plus ancienne
      </h2>
      {failed.map(({ source, error }) => (
        <Alert
          key={source}
          severity={errorCodeOf(error) === 'FORBIDDEN' ? 'error' : 'warning'}
          small
          className={fr.cx('fr-mb-2w')}
          description={`${errorCodeOf(error) === 'FORBIDDEN' ? 'Accès refusé au' : 'Impossible de lire le'} journal ${SOURCE_OF_LOG[source]} : ${[...reportOf(error).general, ...Object.values(reportOf(error).fields)].join(' ')}${showSource ? ' Les entrées des autres services sont affichées.' : ''}`}
        />
      ))}
      {log.shown.length === 0 ? (
        failed.length === sources.length ? null : (
          <p data-testid="audit-empty">
            {filtered ? 'Aucune entrée ne correspond à ces filtres.' : 'Le journal est vide.'}
          </p>
        )
      ) : (
        <ol className="audit-list" data-testid="audit-entries">
          {log.shown.map((entry, index) => (
            <AuditEntryItem
              key={`${entry.source}-${entry.id}`}
              ref={(element) => {
                items.current[index] = element;
              }}
              entry={entry}
              showSource={showSource}
            />
          ))}
        </ol>
      )}
      <p className="fr-sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {hasMore(log) ? (
        <Button
          priority="secondary"
          iconId="fr-icon-arrow-down-line"
          disabled={busy}
          onClick={() => void loadMore()}
        >
          {busy ? 'Chargement…' : 'Charger la suite'}
        </Button>
      ) : log.shown.length > 0 ? (
        <p className={fr.cx('fr-text--sm')}>Début du journal atteint.</p>
      ) : null}
    </section>
  );
}

/** Apollo's answer errors as the error object the dashboard's helpers read (`graphQLErrors`). */
function wrapped(error: unknown): unknown {
  return Array.isArray(error) ? { graphQLErrors: error } : error;
}
