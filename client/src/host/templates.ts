import type { MissionDomain, MissionKind, SkillLevel, WorkMode } from '../gql/graphql';

/**
 * A starting point per mission kind, so that posting takes minutes (the 2020 pilot's web forms
 * took so long that four missions were posted in a year). Brackets mark what the host replaces.
 * Skill ids are the referential's; one the referential does not hold is simply left out.
 */
export interface MissionTemplate {
  /** One line under the kind's name, saying what such a mission is. */
  summary: string;
  title: string;
  domain: MissionDomain;
  description: string;
  effortHours: number;
  /** Typical span from start to end, in weeks. */
  weeks: number;
  workMode: WorkMode;
  skills: ReadonlyArray<{ skillId: string; minLevel: SkillLevel }>;
}

const outline = (context: string, tasks: string, deliverables: string, gains: string) =>
  [
    `Contexte\n${context}`,
    `Ce que vous ferez\n${tasks}`,
    `Livrables attendus\n${deliverables}`,
    `Ce que vous y gagnerez\n${gains}`,
  ].join('\n\n');

export const MISSION_TEMPLATES: Record<MissionKind, MissionTemplate> = {
  PROJECT_SUPPORT: {
    summary: 'Un renfort ponctuel dans une équipe projet, sur un sujet précis.',
    title: 'Appui à l’équipe du projet [nom du projet]',
    domain: 'TECHNICAL',
    description: outline(
      '[Le projet, son équipe, l’échéance qui motive le besoin.]',
      '[Deux ou trois tâches concrètes, par exemple : reprise de composants, correction d’anomalies.]',
      '[Ce qui sera livré à la fin de la mission.]',
      '[Ce que l’agent apprendra ou fera valoir.]',
    ),
    effortHours: 35,
    weeks: 8,
    workMode: 'HYBRID',
    skills: [
      { skillId: 'gestion-de-projet', minLevel: 'INTERMEDIATE' },
      { skillId: 'agilite-scrum', minLevel: 'INTERMEDIATE' },
    ],
  },
  EXPERIENCE_FEEDBACK: {
    summary: 'Un agent partage ce qu’il a vécu sur un projet comparable au vôtre.',
    title: 'Retour d’expérience sur [le sujet]',
    domain: 'BUSINESS',
    description: outline(
      '[Ce que votre équipe s’apprête à faire et pourquoi une expérience comparable aiderait.]',
      'Un ou deux entretiens avec l’équipe, puis un échange sur les difficultés rencontrées et les choix faits.',
      'Une synthèse des enseignements et des points de vigilance.',
      'Faire connaître son expérience au-delà de son administration.',
    ),
    effortHours: 4,
    weeks: 2,
    workMode: 'REMOTE',
    skills: [{ skillId: 'conduite-du-changement', minLevel: 'ADVANCED' }],
  },
  SKILLS_TRANSFER: {
    summary: 'Former une équipe à une pratique ou un outil, en quelques séances.',
    title: 'Transfert de compétences en [compétence] à l’équipe [nom de l’équipe]',
    domain: 'TECHNICAL',
    description: outline(
      '[L’équipe, son niveau actuel, ce qu’elle doit savoir faire seule à la fin.]',
      'Préparer et animer quelques séances de formation, accompagner l’équipe sur un cas réel.',
      'Supports de formation réutilisables, cas pratique mené à bien.',
      'Transmettre son savoir-faire et le valoriser.',
    ),
    effortHours: 14,
    weeks: 6,
    workMode: 'HYBRID',
    skills: [{ skillId: 'tests-automatises', minLevel: 'ADVANCED' }],
  },
  CONSULTING: {
    summary: 'Un avis d’expert sur une question précise, en quelques heures.',
    title: 'Conseil sur [la question posée]',
    domain: 'TECHNICAL',
    description: outline(
      '[La décision à prendre et ce qui la rend difficile.]',
      'Analyser la situation avec l’équipe et recommander une option argumentée.',
      'Une note de recommandation de quelques pages.',
      'Mettre son expertise au service d’une autre administration.',
    ),
    effortHours: 7,
    weeks: 4,
    workMode: 'REMOTE',
    skills: [{ skillId: 'architecture-logicielle', minLevel: 'EXPERT' }],
  },
  STUDY_AUDIT: {
    summary: 'Étudier ou auditer un service, un système ou une pratique.',
    title: 'Audit de [service ou système]',
    domain: 'TECHNICAL',
    description: outline(
      '[Le service audité, pourquoi maintenant, le référentiel qui s’applique.]',
      'Examiner le service selon le référentiel, hiérarchiser les écarts, en discuter avec l’équipe.',
      'Un rapport d’audit et un plan d’actions priorisé.',
      'Une mission courte et bien délimitée, utile à tous les usagers.',
    ),
    effortHours: 21,
    weeks: 6,
    workMode: 'REMOTE',
    skills: [
      { skillId: 'rgaa', minLevel: 'ADVANCED' },
      { skillId: 'audit-accessibilite', minLevel: 'ADVANCED' },
    ],
  },
  COMPONENT_DEVELOPMENT: {
    summary: 'Développer un composant, un module ou une intégration bien délimités.',
    title: 'Développement de [composant] pour [service]',
    domain: 'TECHNICAL',
    description: outline(
      '[Le service, ce qui manque, qui s’en servira.]',
      'Concevoir, développer et tester le composant avec l’équipe, puis le documenter.',
      'Le composant livré, testé et documenté dans le dépôt de l’équipe.',
      'Du code utile, réutilisable, dans un autre contexte que le sien.',
    ),
    effortHours: 70,
    weeks: 10,
    workMode: 'REMOTE',
    skills: [
      { skillId: 'typescript', minLevel: 'ADVANCED' },
      { skillId: 'tests-automatises', minLevel: 'INTERMEDIATE' },
    ],
  },
  SECURITY_HARDENING: {
    summary: 'Renforcer la sécurité d’un service ou préparer son homologation.',
    title: 'Renforcement de la sécurité de [service]',
    domain: 'TECHNICAL',
    description: outline(
      '[Le service, son exposition, l’échéance d’homologation s’il y en a une.]',
      'Analyser les risques, proposer et accompagner les mesures de sécurité prioritaires.',
      'Analyse de risques, mesures mises en œuvre, dossier pour l’homologation.',
      'Un cas concret de sécurisation, de bout en bout.',
    ),
    effortHours: 35,
    weeks: 8,
    workMode: 'HYBRID',
    skills: [
      { skillId: 'ebios-rm', minLevel: 'ADVANCED' },
      { skillId: 'homologation-securite', minLevel: 'INTERMEDIATE' },
    ],
  },
  UX_IMPROVEMENT: {
    summary: 'Rendre un service plus simple pour ses usagers.',
    title: 'Amélioration du parcours usager de [service]',
    domain: 'TECHNICAL',
    description: outline(
      '[Le service, ses usagers, ce qui les gêne aujourd’hui.]',
      'Observer des usagers, proposer des améliorations, les tester avec eux.',
      'Constats de recherche utilisateur, maquettes des écrans revus.',
      'Voir l’effet de son travail sur les usagers d’un autre service public.',
    ),
    effortHours: 28,
    weeks: 8,
    workMode: 'HYBRID',
    skills: [
      { skillId: 'design-ux', minLevel: 'ADVANCED' },
      { skillId: 'recherche-utilisateur', minLevel: 'INTERMEDIATE' },
    ],
  },
  IDEATION_WORKSHOP: {
    summary: 'Animer un atelier pour faire émerger des idées ou des solutions.',
    title: 'Atelier d’idéation sur [le sujet]',
    domain: 'BUSINESS',
    description: outline(
      '[La question à explorer, les participants, la date envisagée.]',
      'Préparer l’atelier avec l’équipe, l’animer, en restituer les idées retenues.',
      'Le déroulé de l’atelier et sa restitution.',
      'Animer un collectif au-delà de son administration.',
    ),
    effortHours: 7,
    weeks: 3,
    workMode: 'ON_SITE',
    skills: [{ skillId: 'animation-communaute', minLevel: 'INTERMEDIATE' }],
  },
};
