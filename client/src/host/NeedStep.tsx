import { fr } from '@codegouvfr/react-dsfr';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { DOMAIN_LABELS, WORK_MODE_LABELS } from '../common/labels';
import { LabelOptions } from '../common/options';
import type { WorkMode } from '../gql/graphql';
import { idOf, type FieldKit } from './field-kit';
import { LIMITS } from './mission-draft';

/** Step 2: the need — title, domain, description, effort, dates, work mode, place, crisis. */
export function NeedStep({ kit: { draft, change, messageOf, stateOf } }: { kit: FieldKit }) {
  return (
    <>
      <Input
        label="Titre de la mission"
        hintText={`Court et concret, ${LIMITS.title} caractères au plus (${draft.title.trim().length} saisis).`}
        state={stateOf('title')}
        stateRelatedMessage={messageOf('title')}
        nativeInputProps={{
          id: idOf('title'),
          value: draft.title,
          onChange: (event) => change(['title'], { title: event.target.value }),
        }}
      />
      <RadioButtons
        legend="Domaine"
        orientation="horizontal"
        name="domain"
        options={(['TECHNICAL', 'BUSINESS'] as const).map((domain) => ({
          label: DOMAIN_LABELS[domain],
          nativeInputProps: {
            value: domain,
            checked: draft.domain === domain,
            onChange: () => change(['domain'], { domain }),
          },
        }))}
      />
      <Input
        label="Description du besoin"
        hintText={`Contexte, ce que l’agent fera, les livrables, ce qu’il y gagnera ; ${LIMITS.description.toLocaleString('fr-FR')} caractères au plus (${draft.description.trim().length} saisis).`}
        textArea
        state={stateOf('description')}
        stateRelatedMessage={messageOf('description')}
        nativeTextAreaProps={{
          id: idOf('description'),
          rows: 12,
          value: draft.description,
          onChange: (event) => change(['description'], { description: event.target.value }),
        }}
      />
      <Input
        label="Effort attendu, en heures"
        hintText={`Le temps total demandé à l’agent, de ${LIMITS.minHours} à ${LIMITS.maxHours} heures (15 jours ouvrés).`}
        state={stateOf('effortHours')}
        stateRelatedMessage={messageOf('effortHours')}
        nativeInputProps={{
          id: idOf('effortHours'),
          inputMode: 'numeric',
          value: draft.effortHours,
          onChange: (event) => change(['effortHours'], { effortHours: event.target.value }),
        }}
      />
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-3w')}>
        {(
          [
            ['applicationDeadline', 'Date limite de candidature', 'Avant le début de la mission.'],
            ['startDate', 'Date de début', 'Le premier jour de la mission.'],
            ['endDate', 'Date de fin', 'Au plus 12 mois après le début.'],
          ] as const
        ).map(([field, label, hint]) => (
          <div key={field} className={fr.cx('fr-col-12', 'fr-col-md-4')}>
            <Input
              label={label}
              hintText={hint}
              state={stateOf(field)}
              stateRelatedMessage={messageOf(field)}
              nativeInputProps={{
                id: idOf(field),
                type: 'date',
                value: draft[field],
                onChange: (event) => change([field], { [field]: event.target.value }),
              }}
            />
          </div>
        ))}
      </div>
      <Select
        label="Modalité de travail"
        nativeSelectProps={{
          id: idOf('workMode'),
          value: draft.workMode,
          onChange: (event) => change(['workMode'], { workMode: event.target.value as WorkMode }),
        }}
      >
        <LabelOptions labels={WORK_MODE_LABELS} />
      </Select>
      <Input
        label="Lieu (facultatif)"
        hintText="La ville ou le site, pour une mission sur site ou hybride."
        state={stateOf('location')}
        stateRelatedMessage={messageOf('location')}
        nativeInputProps={{
          id: idOf('location'),
          value: draft.location,
          onChange: (event) => change(['location'], { location: event.target.value }),
        }}
      />
      <Checkbox
        options={[
          {
            label: 'Mission liée à une situation de crise',
            hintText: 'Elle est signalée comme telle aux agents.',
            nativeInputProps: {
              checked: draft.crisis,
              onChange: (event) => change([], { crisis: event.target.checked }),
            },
          },
        ]}
      />
    </>
  );
}
