import { useQuery } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { MISSION_KIND_LABELS, WORK_MODE_LABELS } from '../common/labels';
import { LabelOptions, SkillOptions } from '../common/options';
import { Page } from '../common/Page';
import { withNextMissions } from '../common/pagination';
import { Loading, QueryError } from '../common/states';
import type { MissionFilter, MissionKind, WorkMode } from '../gql/graphql';
import { MissionCard } from '../missions/MissionCard';
import { SearchFacetsQuery, SearchMissionsQuery } from './search.operations';

const PAGE_SIZE = 12;

interface Criteria {
  q: string;
  kind: string;
  mode: string;
  skill: string;
  host: string;
  crisis: boolean;
}

function criteriaOf(params: URLSearchParams): Criteria {
  return {
    q: params.get('q') ?? '',
    kind: params.get('type') ?? '',
    mode: params.get('modalite') ?? '',
    skill: params.get('competence') ?? '',
    host: params.get('administration') ?? '',
    crisis: params.get('crise') === 'oui',
  };
}

function filterOf(criteria: Criteria): MissionFilter {
  return {
    statuses: ['PUBLISHED'],
    search: criteria.q.trim() || null,
    kinds: criteria.kind ? [criteria.kind as MissionKind] : null,
    workModes: criteria.mode ? [criteria.mode as WorkMode] : null,
    skillIds: criteria.skill ? [criteria.skill] : null,
    hostAdministrationId: criteria.host || null,
    crisis: criteria.crisis ? true : null,
  };
}

/** Published missions, filtered; the criteria live in the address so that a search can be shared. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const applied = criteriaOf(params);
  const [draft, setDraft] = useState<Criteria>(applied);
  const facets = useQuery(SearchFacetsQuery);
  const { data, loading, error, fetchMore } = useQuery(SearchMissionsQuery, {
    variables: { filter: filterOf(applied), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const result = data?.missions;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.q.trim()) next.set('q', draft.q.trim());
    if (draft.kind) next.set('type', draft.kind);
    if (draft.mode) next.set('modalite', draft.mode);
    if (draft.skill) next.set('competence', draft.skill);
    if (draft.host) next.set('administration', draft.host);
    if (draft.crisis) next.set('crise', 'oui');
    setParams(next);
  };
  const set = <K extends keyof Criteria>(key: K, value: Criteria[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  return (
    <Page title="Rechercher une mission">
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <form onSubmit={submit} role="search" aria-label="Filtres des missions">
            <Input
              label="Mots-clés"
              hintText="Titre, description ou compétence, par exemple « accessibilité »."
              nativeInputProps={{
                type: 'search',
                name: 'q',
                value: draft.q,
                onChange: (e) => set('q', e.target.value),
              }}
            />
            <Select
              label="Type de mission"
              nativeSelectProps={{ value: draft.kind, onChange: (e) => set('kind', e.target.value) }}
            >
              <option value="">Tous les types</option>
              <LabelOptions labels={MISSION_KIND_LABELS} />
            </Select>
            <Select
              label="Modalité"
              nativeSelectProps={{ value: draft.mode, onChange: (e) => set('mode', e.target.value) }}
            >
              <option value="">Toutes les modalités</option>
              <LabelOptions labels={WORK_MODE_LABELS} />
            </Select>
            <Select
              label="Compétence"
              nativeSelectProps={{ value: draft.skill, onChange: (e) => set('skill', e.target.value) }}
            >
              <option value="">Toutes les compétences</option>
              <SkillOptions skills={facets.data?.skills ?? []} />
            </Select>
            <Select
              label="Administration d’accueil"
              nativeSelectProps={{ value: draft.host, onChange: (e) => set('host', e.target.value) }}
            >
              <option value="">Toutes les administrations</option>
              {(facets.data?.administrations ?? []).map((administration) => (
                <option key={administration.id} value={administration.id}>
                  {administration.name}
                </option>
              ))}
            </Select>
            <Checkbox
              className={fr.cx('fr-mb-3w')}
              options={[
                {
                  label: 'Missions de crise seulement',
                  nativeInputProps: {
                    checked: draft.crisis,
                    onChange: (e) => set('crisis', e.target.checked),
                  },
                },
              ]}
            />
            <Button type="submit" iconId="fr-icon-search-line">
              Rechercher
            </Button>
          </form>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
          <h2 className={fr.cx('fr-h4')} aria-live="polite" data-testid="search-count">
            {result
              ? `${result.totalCount} mission${result.totalCount > 1 ? 's' : ''} publiée${result.totalCount > 1 ? 's' : ''}`
              : 'Résultats'}
          </h2>
          {error ? <QueryError error={error} /> : null}
          {loading && !result ? <Loading label="Recherche…" /> : null}
          {result && result.nodes.length === 0 ? <p>Aucune mission ne correspond à ces critères.</p> : null}
          <ul className="mission-list" data-testid="search-results">
            {(result?.nodes ?? []).map((mission) => (
              <li key={mission.id}>
                <MissionCard mission={mission} />
              </li>
            ))}
          </ul>
          {result?.pageInfo.hasNextPage ? (
            <Button
              priority="secondary"
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: result.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) =>
                    withNextMissions(previous, fetchMoreResult, fetchMoreResult),
                })
              }
            >
              {loading ? 'Chargement…' : 'Afficher plus de missions'}
            </Button>
          ) : null}
        </div>
      </div>
    </Page>
  );
}
