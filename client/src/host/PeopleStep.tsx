import { fr } from '@codegouvfr/react-dsfr';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { AddButton, RemoveButton } from '../common/AddButton';
import { administrationName } from '../common/labels';
import { LevelOptions } from '../common/options';
import { SkillPicker } from '../common/SkillPicker';
import type { SkillLevel } from '../gql/graphql';
import type { SignedInAgent } from '../session/session';
import { idOf, type FieldKit } from './field-kit';
import { LIMITS, type MissionDraft } from './mission-draft';

type Named = { id: string; name: string; acronym: string | null };
type SkillChoice = { id: string; label: string; familyLabel: string };

/** Step 3: required skills with their level, seats, host administration, contact, restrictions. */
export function PeopleStep({
  kit: { draft, change, messageOf, stateOf },
  options,
  skillById,
  administrationById,
  hostOf,
  viewer,
  contacts,
  contactsLoading,
}: {
  kit: FieldKit;
  options: { skills: readonly SkillChoice[]; administrations: readonly Named[] };
  skillById: ReadonlyMap<string, SkillChoice>;
  administrationById: ReadonlyMap<string, Named>;
  hostOf: readonly string[];
  viewer: SignedInAgent;
  contacts: ReadonlyArray<{ id: string; displayName: string; jobTitle: string }>;
  contactsLoading: boolean;
}) {
  const [restricting, setRestricting] = useState('');
  return (
    <>
      <fieldset
        className={fr.cx('fr-fieldset', 'fr-mb-2w')}
        aria-describedby={messageOf('requiredSkills') ? `${idOf('requiredSkills')}-message` : undefined}
      >
        <legend className={fr.cx('fr-fieldset__legend')}>Compétences demandées</legend>
        <p className={fr.cx('fr-text--sm', 'fr-px-1w')}>
          De 1 à {LIMITS.maxSkills}, avec le niveau minimal attendu. Les indispensables comptent double dans
          le rapprochement avec les agents.
        </p>
        <ListMessage field="requiredSkills" messageOf={messageOf} />
        <ul className="skill-list fr-px-1w" data-testid="required-skills">
          {draft.skills.map((required, index) => {
            const label = skillById.get(required.skillId)?.label ?? required.skillId;
            const update = (patch: Partial<MissionDraft['skills'][number]>) =>
              change(['requiredSkills'], {
                skills: draft.skills.map((s, i) => (i === index ? { ...s, ...patch } : s)),
              });
            return (
              <li key={required.skillId} className="skill-row">
                <Select
                  label={<>Niveau minimal — {label}</>}
                  nativeSelectProps={{
                    value: required.minLevel,
                    onChange: (event) => update({ minLevel: event.target.value as SkillLevel }),
                  }}
                >
                  <LevelOptions />
                </Select>
                <Checkbox
                  small
                  className="skill-essential"
                  options={[
                    {
                      label: 'Indispensable',
                      nativeInputProps: {
                        'aria-label': `${label} : indispensable`,
                        checked: required.essential,
                        onChange: (event) => update({ essential: event.target.checked }),
                      },
                    },
                  ]}
                />
                <RemoveButton
                  label={label}
                  onRemove={() =>
                    change(['requiredSkills'], { skills: draft.skills.filter((_, i) => i !== index) })
                  }
                />
              </li>
            );
          })}
        </ul>
        <SkillPicker
          className="skill-row fr-px-1w"
          skills={options.skills.filter((s) => !draft.skills.some((r) => r.skillId === s.id))}
          labels={{ skill: 'Compétence à ajouter', level: 'Niveau minimal', add: 'Ajouter la compétence' }}
          skillSelectProps={{
            id: idOf('requiredSkills'),
            // The list's message, read where the focus lands when the list is at fault.
            'aria-describedby': messageOf('requiredSkills') ? `${idOf('requiredSkills')}-message` : undefined,
          }}
          onAdd={(skillId, minLevel) =>
            change(['requiredSkills'], { skills: [...draft.skills, { skillId, minLevel, essential: true }] })
          }
        />
      </fieldset>
      <Input
        label="Nombre de places"
        hintText={`Combien d’agents vous accueillerez, de ${LIMITS.minSeats} à ${LIMITS.maxSeats}.`}
        state={stateOf('seats')}
        stateRelatedMessage={messageOf('seats')}
        nativeInputProps={{
          id: idOf('seats'),
          inputMode: 'numeric',
          value: draft.seats,
          onChange: (event) => change(['seats'], { seats: event.target.value }),
        }}
      />
      {hostOf.length > 1 ? (
        <Select
          label="Administration d’accueil"
          hint="Une administration dont vous êtes référent."
          state={stateOf('hostAdministrationId')}
          stateRelatedMessage={messageOf('hostAdministrationId')}
          nativeSelectProps={{
            id: idOf('hostAdministrationId'),
            value: draft.hostAdministrationId,
            onChange: (event) =>
              change(['hostAdministrationId', 'contactAgentId'], {
                hostAdministrationId: event.target.value,
                contactAgentId: viewer.administration?.id === event.target.value ? viewer.id : '',
              }),
          }}
        >
          {hostOf.map((id) => (
            <option key={id} value={id}>
              {administrationName(administrationById.get(id))}
            </option>
          ))}
        </Select>
      ) : (
        <p>
          <strong>Administration d’accueil :</strong>{' '}
          {administrationName(administrationById.get(draft.hostAdministrationId))}
          {messageOf('hostAdministrationId') ? (
            <span className={fr.cx('fr-error-text')}>{messageOf('hostAdministrationId')}</span>
          ) : null}
        </p>
      )}
      <Select
        label="Agent à contacter"
        hint="Un agent de l’administration d’accueil : c’est lui que les candidats verront."
        state={stateOf('contactAgentId')}
        stateRelatedMessage={messageOf('contactAgentId')}
        nativeSelectProps={{
          id: idOf('contactAgentId'),
          value: draft.contactAgentId,
          onChange: (event) => change(['contactAgentId'], { contactAgentId: event.target.value }),
        }}
      >
        <option value="">{contactsLoading ? 'Chargement…' : 'Choisir…'}</option>
        {contacts.map((agent) => (
          <option key={agent.id} value={agent.id}>
            {agent.id === viewer.id ? `Vous-même (${agent.displayName})` : agent.displayName}
            {agent.jobTitle ? ` — ${agent.jobTitle}` : ''}
          </option>
        ))}
      </Select>
      <RadioButtons
        legend="Qui peut candidater ?"
        name="restricted"
        id={`${idOf('restrictedTo')}-group`}
        options={[
          {
            label: 'Les agents de toutes les administrations',
            nativeInputProps: {
              checked: !draft.restricted,
              onChange: () => change(['restrictedTo'], { restricted: false }),
            },
          },
          {
            label: 'Seulement les agents de certaines administrations',
            hintText: 'La mission ne sera ni montrée ni proposée aux autres.',
            nativeInputProps: {
              checked: draft.restricted,
              onChange: () => change(['restrictedTo'], { restricted: true }),
            },
          },
        ]}
      />
      {draft.restricted ? (
        <fieldset className={fr.cx('fr-fieldset', 'fr-mb-2w')}>
          <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>
            Administrations retenues
          </legend>
          <ListMessage field="restrictedTo" messageOf={messageOf} />
          <ul className="skill-list fr-px-1w">
            {draft.restrictedTo.map((id) => (
              <li key={id} className="skill-row fr-mb-1w">
                <span>{administrationName(administrationById.get(id))}</span>
                <RemoveButton
                  label={administrationName(administrationById.get(id))}
                  onRemove={() =>
                    change(['restrictedTo'], {
                      restrictedTo: draft.restrictedTo.filter((r) => r !== id),
                    })
                  }
                />
              </li>
            ))}
          </ul>
          <div className="skill-row fr-px-1w">
            <Select
              label="Administration à ajouter"
              nativeSelectProps={{
                id: idOf('restrictedTo'),
                'aria-describedby': messageOf('restrictedTo') ? `${idOf('restrictedTo')}-message` : undefined,
                value: restricting,
                onChange: (event) => setRestricting(event.target.value),
              }}
            >
              <option value="">Choisir…</option>
              {options.administrations
                .filter((a) => !draft.restrictedTo.includes(a.id))
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {administrationName(a)}
                  </option>
                ))}
            </Select>
            <AddButton
              label="Ajouter l’administration"
              iconId="fr-icon-add-line"
              disabled={!restricting}
              onAdd={() => {
                change(['restrictedTo'], { restrictedTo: [...draft.restrictedTo, restricting] });
                setRestricting('');
              }}
            />
          </div>
        </fieldset>
      ) : null}
    </>
  );
}

/** A list's own message (skills, administrations), which its picker is described by. */
function ListMessage({
  field,
  messageOf,
}: {
  field: 'requiredSkills' | 'restrictedTo';
  messageOf: FieldKit['messageOf'];
}) {
  const message = messageOf(field);
  if (!message) return null;
  return (
    <p id={`${idOf(field)}-message`} className={fr.cx('fr-error-text', 'fr-px-1w', 'fr-mb-2w')}>
      {message}
    </p>
  );
}
