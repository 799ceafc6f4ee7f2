import { useMutation } from '@apollo/client';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState, type FormEvent } from 'react';
import { formatDate } from '../common/labels';
import type {
  AgreementFieldsFragment,
  ApplicationOutcomesQuery,
  CompletionFieldsFragment,
  CompletionResponse,
  FeedbackSide,
} from '../gql/graphql';
import {
  GiveMissionFeedbackMutation,
  RecordCompletionMutation,
  RespondToCompletionMutation,
} from './outcomes.operations';
import {
  actionProblemOf,
  disputeCommentProblem,
  FEEDBACK_TEXT_MAX,
  hoursSpentBound,
  hoursSpentProblem,
  SIDE_LABELS,
  todayInParis,
  type ActionProblem,
} from './outcome-rules';
import { EndorsedSkills, EndorseForm } from './EndorseForm';
import { ActionForm } from './ActionForm';

type Application = NonNullable<ApplicationOutcomesQuery['application']>;

const RESPONSE: Record<CompletionResponse, { label: string; severity: 'info' | 'success' | 'error' }> = {
  PENDING: { label: 'En attente de la confirmation de l’agent', severity: 'info' },
  CONFIRMED: { label: 'Heures confirmées par l’agent', severity: 'success' },
  DISPUTED: { label: 'Heures contestées par l’agent', severity: 'error' },
};

/** The application and its agreement, and what to tell the person once a step is done. */
interface CompletionProps {
  application: Application;
  agreement: AgreementFieldsFragment;
  onDone(message: string): void;
}

/**
 * After the mission: the hours spent, the agent's answer, the skills the host endorses, both sides'
 * feedback, the attestation.
 */
export function CompletionSection({ application, agreement, onDone }: CompletionProps) {
  const completion = application.completion;
  const host = agreement.myParties.includes('HOST');
  const agent = agreement.myParties.includes('AGENT');
  return (
    <section aria-labelledby="completion-title" data-testid="completion" className={fr.cx('fr-mb-6w')}>
      <h2 id="completion-title">Réalisation de la mission</h2>
      {completion ? (
        <CompletionFacts completion={completion} />
      ) : application.status !== 'ACCEPTED' ? (
        <p>Aucune réalisation n’a été enregistrée.</p>
      ) : host ? (
        <RecordForm application={application} agreement={agreement} onDone={onDone} />
      ) : (
        <p>
          L’administration d’accueil enregistrera les heures réalisées après la fin de la mission
          {agreement.endDate ? ` (${formatDate(agreement.endDate)})` : ''} ; l’agent les confirmera ensuite.
        </p>
      )}
      {completion && agent && completion.agentResponse === 'PENDING' ? (
        <RespondForm applicationId={application.id} completion={completion} onDone={onDone} />
      ) : null}
      {completion ? <EndorsedSkills completion={completion} /> : null}
      {completion && host && application.status === 'COMPLETED' ? (
        <EndorseForm application={application} completion={completion} onDone={onDone} />
      ) : null}
      {completion ? (
        <Feedback
          applicationId={application.id}
          completion={completion}
          mySides={[...(agent ? ['AGENT' as const] : []), ...(host ? ['HOST' as const] : [])]}
          onDone={onDone}
        />
      ) : null}
    </section>
  );
}

function CompletionFacts({ completion }: { completion: CompletionFieldsFragment }) {
  const response = RESPONSE[completion.agentResponse];
  return (
    <>
      <dl className="mission-facts facts-in-columns" data-testid="completion-facts">
        <dt>Heures réalisées</dt>
        <dd>
          {completion.hoursSpent} h, enregistrées le {formatDate(completion.recordedAt)}
          {completion.recordedBy ? ` par ${completion.recordedBy.displayName}` : ''}
        </dd>
        <dt>Réponse de l’agent</dt>
        <dd>
          <Badge severity={response.severity} small>
            {response.label}
          </Badge>
          {completion.respondedAt ? ` le ${formatDate(completion.respondedAt)}` : ''}
          {completion.agentComment ? ` — « ${completion.agentComment} »` : ''}
        </dd>
      </dl>
      {completion.certificateUrl ? (
        <p className={fr.cx('fr-mt-2w')}>
          <a
            className={fr.cx('fr-link', 'fr-link--download')}
            href={completion.certificateUrl}
            download
            data-testid="certificate-pdf"
          >
            Télécharger l’attestation de réalisation
            <span className={fr.cx('fr-link__detail')}>PDF</span>
          </a>
        </p>
      ) : (
        <p className={fr.cx('fr-text--sm', 'fr-mt-2w')}>
          L’attestation de réalisation sera disponible quand l’agent aura confirmé les heures.
        </p>
      )}
    </>
  );
}

function RecordForm({ application, agreement, onDone }: CompletionProps) {
  const [record, recording] = useMutation(RecordCompletionMutation);
  const [value, setValue] = useState(String(agreement.hours));
  const [touched, setTouched] = useState(false);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const most = agreement.maxHoursSpent;
  const local = hoursSpentProblem(value, agreement.hours, most);
  const message = (touched ? local : null) ?? problem?.fields.hoursSpent ?? null;
  // The server refuses a completion before the day after the agreement's last day.
  if (agreement.endDate && agreement.endDate >= todayInParis()) {
    return (
      <p>
        Vous pourrez enregistrer les heures réalisées après le dernier jour de la mission, le{' '}
        {formatDate(agreement.endDate)}.
      </p>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (local) return;
    setProblem(null);
    record({
      variables: { id: application.id, hoursSpent: Number(value), expectedVersion: application.version },
    }).then(
      () => onDone(`${value} h réalisées enregistrées. L’agent doit maintenant les confirmer.`),
      (error: unknown) => setProblem(actionProblemOf(error)),
    );
  };

  return (
    <ActionForm
      titleId="record-title"
      title="Enregistrer les heures réalisées"
      className={fr.cx('fr-mb-3w')}
      problem={problem}
      onSubmit={submit}
      submit={{
        label: 'Enregistrer les heures réalisées',
        busyLabel: 'Enregistrement…',
        busy: recording.loading,
      }}
    >
      <Input
        label="Heures réalisées"
        hintText={`De 1 à ${most} h : ${hoursSpentBound(agreement.hours, most)}.`}
        className="outcome-narrow"
        state={message ? 'error' : 'default'}
        stateRelatedMessage={message ?? undefined}
        nativeInputProps={{
          name: 'hoursSpent',
          type: 'number',
          inputMode: 'numeric',
          min: 1,
          max: most,
          value,
          onChange: (event) => {
            setTouched(true);
            setProblem(null);
            setValue(event.target.value);
          },
        }}
      />
    </ActionForm>
  );
}

function RespondForm({
  applicationId,
  completion,
  onDone,
}: {
  applicationId: string;
  completion: CompletionFieldsFragment;
  onDone(message: string): void;
}) {
  const [respond, responding] = useMutation(RespondToCompletionMutation);
  const [choice, setChoice] = useState<'confirm' | 'dispute' | null>(null);
  const [comment, setComment] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const choiceMessage = submitted && !choice ? 'Confirmez ou contestez les heures.' : null;
  const commentLocal = choice ? disputeCommentProblem(choice === 'confirm', comment) : null;
  const commentMessage = (submitted || comment ? commentLocal : null) ?? problem?.fields.comment ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!choice || commentLocal) return;
    setProblem(null);
    respond({
      variables: { id: applicationId, confirmed: choice === 'confirm', comment: comment.trim() || null },
    }).then(
      () =>
        onDone(
          choice === 'confirm'
            ? `Vous avez confirmé ${completion.hoursSpent} h réalisées. Votre attestation est disponible.`
            : 'Vous avez contesté les heures réalisées. L’administration d’accueil et l’équipe du programme le voient.',
        ),
      (error: unknown) => setProblem(actionProblemOf(error)),
    );
  };

  return (
    <ActionForm
      titleId="respond-title"
      title="Confirmer les heures réalisées"
      className={fr.cx('fr-my-3w')}
      problem={problem}
      onSubmit={submit}
      submit={{ label: 'Envoyer ma réponse', busyLabel: 'Envoi…', busy: responding.loading }}
    >
      <RadioButtons
        legend={`L’administration d’accueil a enregistré ${completion.hoursSpent} h réalisées.`}
        name="completion-response"
        state={choiceMessage ? 'error' : 'default'}
        stateRelatedMessage={choiceMessage ?? undefined}
        options={[
          {
            label: `Je confirme ces ${completion.hoursSpent} h`,
            nativeInputProps: { checked: choice === 'confirm', onChange: () => setChoice('confirm') },
          },
          {
            label: 'Je conteste ces heures',
            nativeInputProps: { checked: choice === 'dispute', onChange: () => setChoice('dispute') },
          },
        ]}
      />
      <Input
        label={choice === 'dispute' ? 'Commentaire (obligatoire)' : 'Commentaire (facultatif)'}
        hintText={`${FEEDBACK_TEXT_MAX} caractères au plus ; l’administration d’accueil le lira.`}
        textArea
        state={commentMessage ? 'error' : 'default'}
        stateRelatedMessage={commentMessage ?? undefined}
        nativeTextAreaProps={{
          name: 'comment',
          rows: 3,
          value: comment,
          onChange: (event) => setComment(event.target.value),
        }}
      />
    </ActionForm>
  );
}

function Feedback({
  applicationId,
  completion,
  mySides,
  onDone,
}: {
  applicationId: string;
  completion: CompletionFieldsFragment;
  mySides: FeedbackSide[];
  onDone(message: string): void;
}) {
  const given = new Set(completion.feedback.map((feedback) => feedback.side));
  const open = mySides.filter((side) => !given.has(side));
  return (
    <div className={fr.cx('fr-mt-4w')} data-testid="feedback">
      <h3 className={fr.cx('fr-h6')}>Retours sur la mission</h3>
      {completion.feedback.length === 0 ? (
        <p>Aucun retour pour le moment.</p>
      ) : (
        <ul>
          {completion.feedback.map((feedback) => (
            <li key={feedback.side} className={fr.cx('fr-mb-1w')}>
              <strong>{SIDE_LABELS[feedback.side]}</strong> — {feedback.rating} sur 5, par{' '}
              {feedback.author.displayName} le {formatDate(feedback.createdAt)}
              {feedback.text ? ` : « ${feedback.text} »` : ''}
            </li>
          ))}
        </ul>
      )}
      {open.map((side) => (
        <FeedbackForm key={side} side={side} applicationId={applicationId} onDone={onDone} />
      ))}
    </div>
  );
}

function FeedbackForm({
  side,
  applicationId,
  onDone,
}: {
  side: FeedbackSide;
  applicationId: string;
  onDone(message: string): void;
}) {
  const [give, giving] = useMutation(GiveMissionFeedbackMutation);
  const [rating, setRating] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const ratingMessage =
    (submitted && rating === null ? 'Choisissez une note de 1 à 5.' : null) ?? problem?.fields.rating ?? null;
  const textMessage =
    (text.trim().length > FEEDBACK_TEXT_MAX
      ? `Le commentaire ne doit pas dépasser ${FEEDBACK_TEXT_MAX} caractères.`
      : null) ??
    problem?.fields.text ??
    null;
  const titleId = `feedback-${side}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (rating === null || textMessage) return;
    setProblem(null);
    give({ variables: { id: applicationId, rating, text: text.trim() || null } }).then(
      () => onDone(`Merci : votre retour (${rating} sur 5) est enregistré.`),
      (error: unknown) => setProblem(actionProblemOf(error)),
    );
  };

  return (
    <ActionForm
      titleId={titleId}
      title={side === 'AGENT' ? 'Votre retour sur la mission' : 'Votre retour sur la contribution de l’agent'}
      level={4}
      className={fr.cx('fr-mt-3w')}
      problem={problem}
      onSubmit={submit}
      submit={{
        label: 'Envoyer mon retour',
        busyLabel: 'Envoi…',
        busy: giving.loading,
        priority: 'secondary',
      }}
    >
      <RadioButtons
        legend="Note"
        hintText="De 1 (pas satisfait) à 5 (très satisfait)."
        name={`rating-${side}`}
        orientation="horizontal"
        state={ratingMessage ? 'error' : 'default'}
        stateRelatedMessage={ratingMessage ?? undefined}
        options={[1, 2, 3, 4, 5].map((value) => ({
          label: `${value} sur 5`,
          nativeInputProps: { checked: rating === value, onChange: () => setRating(value) },
        }))}
      />
      <Input
        label="Commentaire (facultatif)"
        hintText={`${FEEDBACK_TEXT_MAX} caractères au plus.`}
        textArea
        state={textMessage ? 'error' : 'default'}
        stateRelatedMessage={textMessage ?? undefined}
        nativeTextAreaProps={{
          name: `feedback-text-${side}`,
          rows: 3,
          value: text,
          onChange: (event) => setText(event.target.value),
        }}
      />
    </ActionForm>
  );
}
