import { MissionDomain, MissionKind } from '@talents/common';
import { de } from '../text';
import type { SubjectType } from './subjects';

export interface MissionTemplate {
  kind: MissionKind;
  domain: MissionDomain;
  /** Kinds of subject the template fits; absent: the title stands on its own. */
  subjectTypes?: readonly SubjectType[];
  /** `s` is the subject with its article (« le portail Géorisques »). */
  title: (s: string) => string;
  /** What the agent will do, one or two sentences. */
  need: (s: string) => string;
  deliverables: string;
  /** Candidate required skills, most relevant first; a nested list means « one of these ». */
  skills: readonly (string | readonly string[])[];
}

const { TECHNICAL, BUSINESS } = MissionDomain;
const UI: readonly SubjectType[] = ['online', 'internal'];
const SERVICE: readonly SubjectType[] = ['online', 'internal', 'api', 'platform'];
const LANGUAGES = ['typescript', 'java', 'python', 'php'] as const;

export const MISSION_TEMPLATES: readonly MissionTemplate[] = [
  // Appui à un projet
  {
    kind: MissionKind.PROJECT_SUPPORT,
    domain: TECHNICAL,
    subjectTypes: UI,
    title: (s) => `Appui au développement front-end ${de(s)}`,
    need: () =>
      'L’équipe produit a besoin d’un renfort ponctuel pour livrer les prochaines fonctionnalités : reprise de composants existants, intégration des maquettes et correction d’anomalies.',
    deliverables: 'composants intégrés et testés, revue de code avec l’équipe',
    skills: [['react', 'vuejs'], 'typescript', 'dsfr', 'tests-automatises', 'developpement-accessible'],
  },
  {
    kind: MissionKind.PROJECT_SUPPORT,
    domain: TECHNICAL,
    subjectTypes: SERVICE,
    title: (s) => `Appui à la migration ${de(s)} vers un cloud souverain`,
    need: () =>
      'Il s’agit d’accompagner l’équipe dans la conteneurisation de l’application, la mise en place du déploiement continu et la bascule de production.',
    deliverables: 'plan de migration, chaîne de déploiement opérationnelle, dossier d’exploitation',
    skills: ['kubernetes', 'cloud-souverain', 'devops-ci', 'linux', 'securite-cloud'],
  },
  {
    kind: MissionKind.PROJECT_SUPPORT,
    domain: TECHNICAL,
    subjectTypes: SERVICE,
    title: (s) => `Renfort en gestion de projet pour la refonte ${de(s)}`,
    need: () =>
      'Le chef de projet titulaire est absent plusieurs semaines : nous cherchons un appui pour animer le comité de suivi, tenir le planning et préparer les arbitrages.',
    deliverables: 'planning consolidé, relevés de décision, tableau de bord des risques',
    skills: ['gestion-de-projet', 'agilite-scrum', 'product-management', 'conduite-du-changement'],
  },
  {
    kind: MissionKind.PROJECT_SUPPORT,
    domain: TECHNICAL,
    subjectTypes: ['data', 'internal', 'online'],
    title: (s) => `Appui à la construction des indicateurs de pilotage ${de(s)}`,
    need: () =>
      'Nous souhaitons fiabiliser la collecte des données d’usage et construire un premier tableau de bord partagé avec la direction.',
    deliverables: 'modèle de données, requêtes documentées, tableau de bord publié',
    skills: ['sql', 'visualisation-de-donnees', 'data-engineering', 'python'],
  },
  {
    kind: MissionKind.PROJECT_SUPPORT,
    domain: BUSINESS,
    subjectTypes: SERVICE,
    title: (s) => `Appui juridique au projet de refonte ${de(s)}`,
    need: () =>
      'L’équipe projet a besoin d’un regard juridique sur les traitements de données personnelles, les mentions légales et les conditions générales d’utilisation.',
    deliverables: 'note juridique, registre des traitements mis à jour, CGU relues',
    skills: ['rgpd', 'droit-du-numerique', 'aipd'],
  },
  {
    kind: MissionKind.PROJECT_SUPPORT,
    domain: BUSINESS,
    subjectTypes: SERVICE,
    title: (s) => `Appui à la passation du marché de maintenance ${de(s)}`,
    need: () =>
      'Le marché de tierce maintenance arrive à échéance : nous cherchons un appui pour définir la stratégie d’achat et préparer les pièces de la consultation.',
    deliverables: 'stratégie d’achat, projet de CCTP, grille d’analyse des offres',
    skills: ['achat-public-it', 'redaction-cctp', 'commande-publique', 'execution-marches'],
  },
  // Retour d'expérience
  {
    kind: MissionKind.EXPERIENCE_FEEDBACK,
    domain: TECHNICAL,
    title: () => 'Retour d’expérience sur la migration d’une application métier vers Kubernetes',
    need: () =>
      'Nous préparons une migration comparable et souhaitons échanger avec un agent qui l’a déjà menée : choix techniques, écueils rencontrés, organisation de l’exploitation.',
    deliverables: 'un échange de deux heures avec l’équipe, une courte synthèse écrite',
    skills: ['kubernetes', 'devops-ci', 'cloud-souverain', 'observabilite'],
  },
  {
    kind: MissionKind.EXPERIENCE_FEEDBACK,
    domain: TECHNICAL,
    title: () => 'Retour d’expérience sur le lancement d’une startup d’État',
    need: () =>
      'Notre administration lance son premier produit selon l’approche beta.gouv.fr. Nous aimerions bénéficier du témoignage d’un intrapreneur ou d’un coach sur les premiers mois.',
    deliverables: 'une séance de partage avec l’équipe, les ressources utiles',
    skills: ['methode-beta-gouv', 'product-management', 'recherche-utilisateur'],
  },
  {
    kind: MissionKind.EXPERIENCE_FEEDBACK,
    domain: TECHNICAL,
    subjectTypes: ['data', 'online', 'internal'],
    title: (s) => `Retour d’expérience sur l’ouverture des données ${de(s)}`,
    need: () =>
      'Avant de publier nos jeux de données sur data.gouv.fr, nous voulons connaître les bonnes pratiques de documentation, de mise à jour et d’animation des réutilisateurs.',
    deliverables: 'atelier de partage, liste de recommandations',
    skills: ['open-data', 'gouvernance-des-donnees', 'data-engineering'],
  },
  {
    kind: MissionKind.EXPERIENCE_FEEDBACK,
    domain: TECHNICAL,
    title: () => 'Retour d’expérience sur l’homologation de sécurité d’un service en ligne',
    need: () =>
      'Nous engageons l’homologation de notre premier service en ligne et souhaitons profiter de l’expérience d’un agent ayant déjà conduit la démarche jusqu’à la décision d’homologation.',
    deliverables: 'un échange avec l’équipe, des modèles de documents commentés',
    skills: ['homologation-securite', 'ebios-rm', 'gestion-de-projet'],
  },
  {
    kind: MissionKind.EXPERIENCE_FEEDBACK,
    domain: BUSINESS,
    title: () => 'Retour d’expérience sur l’achat d’une solution logicielle via l’UGAP',
    need: () =>
      'Nous envisageons de recourir à une centrale d’achat pour un logiciel en mode SaaS : quels points de vigilance, quels délais, quelles clauses négocier ?',
    deliverables: 'un échange avec l’acheteur et le chef de projet, une note de synthèse',
    skills: ['ugap', 'achat-public-it', 'execution-marches'],
  },
  {
    kind: MissionKind.EXPERIENCE_FEEDBACK,
    domain: BUSINESS,
    subjectTypes: SERVICE,
    title: (s) => `Retour d’expérience sur la publication en logiciel libre ${de(s)}`,
    need: () =>
      'Nous voulons ouvrir le code source de l’application et cherchons un retour d’expérience sur le choix de la licence, la gouvernance du projet et l’accueil des contributions.',
    deliverables: 'un échange avec l’équipe, une liste de points de vigilance',
    skills: ['licences-libres', 'droit-du-numerique', 'animation-communaute'],
  },
  // Transfert de compétences
  {
    kind: MissionKind.SKILLS_TRANSFER,
    domain: TECHNICAL,
    subjectTypes: SERVICE,
    title: (s) => `Transfert de compétences sur les tests automatisés pour l’équipe ${de(s)}`,
    need: () =>
      'L’équipe souhaite mettre en place une stratégie de tests (unitaires, d’intégration, de bout en bout) et être accompagnée sur ses premiers cas.',
    deliverables: 'trois ateliers pratiques, une stratégie de tests documentée',
    skills: ['tests-automatises', LANGUAGES, 'devops-ci', 'qualite-logicielle'],
  },
  {
    kind: MissionKind.SKILLS_TRANSFER,
    domain: TECHNICAL,
    subjectTypes: UI,
    title: (s) => `Prise en main du Système de design de l’État par l’équipe ${de(s)}`,
    need: () =>
      'Les développeurs et la designer de l’équipe découvrent le DSFR : nous cherchons quelqu’un pour les accompagner sur les composants, les gabarits et les règles d’usage.',
    deliverables: 'deux demi-journées d’atelier, une revue des premiers écrans',
    skills: ['dsfr', 'design-ui', 'developpement-accessible', ['react', 'vuejs']],
  },
  {
    kind: MissionKind.SKILLS_TRANSFER,
    domain: TECHNICAL,
    title: () => 'Montée en compétences d’une équipe sur la méthode EBIOS Risk Manager',
    need: () =>
      'Les chefs de projet de la direction doivent conduire eux-mêmes leurs analyses de risques : nous cherchons un praticien pour les former à partir d’un cas réel.',
    deliverables: 'une formation-action, un cas d’étude complet',
    skills: ['ebios-rm', 'homologation-securite', 'gestion-de-projet'],
  },
  {
    kind: MissionKind.SKILLS_TRANSFER,
    domain: TECHNICAL,
    title: () => 'Initiation des chargés d’études à Python et à la science des données',
    need: () =>
      'Une équipe de chargés d’études passe du tableur à Python : nous cherchons un agent pour animer des séances pratiques sur leurs propres données.',
    deliverables: 'quatre séances pratiques, des carnets Jupyter réutilisables',
    skills: ['python', 'science-des-donnees', 'sql', 'statistique-publique'],
  },
  {
    kind: MissionKind.SKILLS_TRANSFER,
    domain: TECHNICAL,
    subjectTypes: UI,
    title: (s) => `Formation des développeurs ${de(s)} au développement accessible`,
    need: () =>
      'L’équipe corrige les non-conformités relevées par un audit et souhaite acquérir les bons réflexes : sémantique HTML, navigation au clavier, ARIA.',
    deliverables: 'deux ateliers, une revue de code ciblée',
    skills: ['developpement-accessible', 'rgaa', 'technologies-assistance', ['react', 'vuejs']],
  },
  {
    kind: MissionKind.SKILLS_TRANSFER,
    domain: BUSINESS,
    title: () => 'Formation des acheteurs aux spécificités de l’achat public informatique',
    need: () =>
      'Nos acheteurs connaissent bien la commande publique mais peu les achats numériques : licences, SaaS, maintenance, réversibilité. Nous cherchons un agent pour partager sa pratique.',
    deliverables: 'une journée de formation, un aide-mémoire',
    skills: ['achat-public-it', 'redaction-cctp', 'sourcing', 'commande-publique'],
  },
  {
    kind: MissionKind.SKILLS_TRANSFER,
    domain: BUSINESS,
    title: () => 'Sensibilisation des équipes projet au RGPD',
    need: () =>
      'Nous voulons que chaque équipe projet sache identifier un traitement de données personnelles, tenir le registre et savoir quand une analyse d’impact s’impose.',
    deliverables: 'deux sessions de sensibilisation, une fiche pratique',
    skills: ['rgpd', 'aipd', 'droit-du-numerique'],
  },
  // Conseil
  {
    kind: MissionKind.CONSULTING,
    domain: TECHNICAL,
    subjectTypes: SERVICE,
    title: (s) => `Conseil en architecture pour la refonte ${de(s)}`,
    need: () =>
      'Avant de lancer la refonte, nous souhaitons un regard extérieur sur l’architecture cible : découpage en services, exposition d’API, reprise des données existantes.',
    deliverables: 'revue du dossier d’architecture, recommandations écrites',
    skills: ['architecture-logicielle', 'conception-api', 'urbanisation-si', 'architecture-entreprise'],
  },
  {
    kind: MissionKind.CONSULTING,
    domain: TECHNICAL,
    subjectTypes: SERVICE,
    title: (s) => `Conseil sur l’hébergement ${de(s)} dans un cloud souverain`,
    need: () =>
      'Nous devons choisir une offre d’hébergement qualifiée SecNumCloud et cherchons un avis sur les critères de choix, la sécurité et la réversibilité.',
    deliverables: 'grille de comparaison, note de recommandation',
    skills: ['cloud-souverain', 'securite-cloud', 'kubernetes', 'achat-public-it'],
  },
  {
    kind: MissionKind.CONSULTING,
    domain: TECHNICAL,
    subjectTypes: ['data', 'internal', 'online'],
    title: (s) => `Conseil sur la stratégie de données ${de(s)}`,
    need: () =>
      'Nous voulons mieux exploiter les données produites par le service : qualité, catalogage, partage avec d’autres administrations et premiers cas d’usage.',
    deliverables: 'cartographie des données, feuille de route priorisée',
    skills: ['gouvernance-des-donnees', 'data-engineering', 'ia-apprentissage-automatique', 'open-data'],
  },
  {
    kind: MissionKind.CONSULTING,
    domain: TECHNICAL,
    subjectTypes: ['api', 'data', 'online'],
    title: (s) => `Conseil en conception d’API pour l’exposition des données ${de(s)}`,
    need: () =>
      'Plusieurs administrations souhaitent accéder à nos données : nous cherchons un appui pour concevoir une API sûre, documentée et conforme au cadre d’échange de l’État.',
    deliverables: 'spécification OpenAPI commentée, recommandations de sécurité',
    skills: ['conception-api', 'interoperabilite', 'securite-applicative', 'franceconnect-proconnect'],
  },
  {
    kind: MissionKind.CONSULTING,
    domain: BUSINESS,
    subjectTypes: ['data', 'online', 'api'],
    title: (s) => `Conseil juridique sur la réutilisation des données ${de(s)}`,
    need: () =>
      'Avant d’ouvrir nos données, nous devons trancher plusieurs questions : données personnelles, secrets protégés par la loi, licence de réutilisation.',
    deliverables: 'note juridique, proposition de licence',
    skills: ['droit-du-numerique', 'rgpd', 'open-data', 'licences-libres'],
  },
  {
    kind: MissionKind.CONSULTING,
    domain: BUSINESS,
    subjectTypes: SERVICE,
    title: (s) => `Conseil sur la stratégie d’achat pour le renouvellement ${de(s)}`,
    need: () =>
      'Nous hésitons entre un développement interne, un marché spécifique et une solution disponible en centrale d’achat : nous cherchons un regard d’acheteur expérimenté.',
    deliverables: 'analyse des options, recommandation argumentée',
    skills: ['achat-public-it', 'sourcing', 'ugap', 'commande-publique'],
  },
  // Étude ou audit
  {
    kind: MissionKind.STUDY_AUDIT,
    domain: TECHNICAL,
    subjectTypes: UI,
    title: (s) => `Audit RGAA ${de(s)}`,
    need: () =>
      'Nous devons publier la déclaration d’accessibilité du service : il s’agit d’auditer un échantillon représentatif de pages selon le RGAA 4.1 et de prioriser les corrections.',
    deliverables: 'grille d’audit, rapport, déclaration d’accessibilité, restitution à l’équipe',
    skills: ['rgaa', 'audit-accessibilite', 'technologies-assistance', 'developpement-accessible'],
  },
  {
    kind: MissionKind.STUDY_AUDIT,
    domain: TECHNICAL,
    subjectTypes: SERVICE,
    title: (s) => `Audit de la qualité du code ${de(s)}`,
    need: () =>
      'L’application a été développée par plusieurs prestataires successifs : nous souhaitons un diagnostic de la dette technique avant de décider de sa reprise en interne.',
    deliverables: 'rapport d’audit, plan de remédiation priorisé',
    skills: ['qualite-logicielle', LANGUAGES, 'architecture-logicielle', 'tests-automatises'],
  },
  {
    kind: MissionKind.STUDY_AUDIT,
    domain: TECHNICAL,
    subjectTypes: ['internal', 'online', 'data'],
    title: (s) => `Étude de faisabilité d’un outil d’aide au traitement des demandes ${de(s)}`,
    need: () =>
      'Les agents instructeurs passent beaucoup de temps à trier les demandes entrantes : nous voulons savoir si un modèle d’apprentissage automatique pourrait les aider, et à quelles conditions.',
    deliverables: 'étude de faisabilité, prototype sur données anonymisées',
    skills: ['ia-apprentissage-automatique', 'science-des-donnees', 'python', 'rgpd'],
  },
  {
    kind: MissionKind.STUDY_AUDIT,
    domain: TECHNICAL,
    subjectTypes: SERVICE,
    title: (s) => `Audit de performance et d’exploitabilité ${de(s)}`,
    need: () =>
      'Le service connaît des ralentissements lors des pics de fréquentation : nous cherchons un agent pour analyser les mesures, la base de données et la configuration.',
    deliverables: 'diagnostic, recommandations chiffrées, tableau de supervision',
    skills: ['observabilite', 'postgresql', 'linux', 'architecture-logicielle'],
  },
  {
    kind: MissionKind.STUDY_AUDIT,
    domain: BUSINESS,
    subjectTypes: SERVICE,
    title: (s) => `Réalisation de l’analyse d’impact relative à la protection des données ${de(s)}`,
    need: () =>
      'Le service traite des données sensibles à grande échelle : l’AIPD est obligatoire et nous cherchons un appui pour la conduire avec l’équipe projet et le délégué à la protection des données.',
    deliverables: 'AIPD complète, plan d’action',
    skills: ['aipd', 'rgpd', 'ebios-rm'],
  },
  {
    kind: MissionKind.STUDY_AUDIT,
    domain: BUSINESS,
    subjectTypes: SERVICE,
    title: (s) => `Audit des licences logicielles ${de(s)}`,
    need: () =>
      'Nous voulons vérifier la compatibilité des licences des composants utilisés avant de publier le code source et de renouveler les contrats de support.',
    deliverables: 'inventaire des composants et licences, note de conformité',
    skills: ['licences-libres', 'droit-du-numerique', 'execution-marches'],
  },
  // Développement d'un composant
  {
    kind: MissionKind.COMPONENT_DEVELOPMENT,
    domain: TECHNICAL,
    subjectTypes: ['online'],
    title: (s) => `Développement d’un module de prise de rendez-vous pour ${s}`,
    need: () =>
      'Il s’agit de développer un module réutilisable de réservation de créneaux, relié à l’agenda des services et envoyant des rappels aux usagers.',
    deliverables: 'module livré avec ses tests, documentation technique',
    skills: ['typescript', 'nodejs', 'react', 'tests-automatises', 'postgresql'],
  },
  {
    kind: MissionKind.COMPONENT_DEVELOPMENT,
    domain: TECHNICAL,
    subjectTypes: UI,
    title: (s) => `Intégration de ProConnect dans ${s}`,
    need: () =>
      'Nous voulons que les agents se connectent avec leur identité professionnelle : il faut intégrer ProConnect (OpenID Connect) et adapter la gestion des comptes.',
    deliverables: 'intégration en recette puis en production, documentation',
    skills: ['franceconnect-proconnect', 'gestion-identites', LANGUAGES, 'securite-applicative'],
  },
  {
    kind: MissionKind.COMPONENT_DEVELOPMENT,
    domain: TECHNICAL,
    subjectTypes: ['data', 'internal', 'online'],
    title: (s) => `Développement d’un tableau de bord de suivi ${de(s)}`,
    need: () =>
      'Nous avons besoin d’un tableau de bord alimenté automatiquement pour suivre l’activité et la qualité de service, consultable par les équipes et la direction.',
    deliverables: 'tableau de bord en production, chaîne d’alimentation documentée',
    skills: ['visualisation-de-donnees', 'sql', 'python', 'data-engineering'],
  },
  {
    kind: MissionKind.COMPONENT_DEVELOPMENT,
    domain: TECHNICAL,
    title: () => 'Développement d’un composant de formulaire accessible conforme au DSFR',
    need: () =>
      'Plusieurs de nos démarches partagent des formulaires complexes : nous voulons un composant réutilisable, accessible et conforme au Système de design de l’État.',
    deliverables: 'composant publié, exemples d’usage, tests d’accessibilité',
    skills: ['dsfr', 'developpement-accessible', ['react', 'vuejs'], 'typescript', 'rgaa'],
  },
  {
    kind: MissionKind.COMPONENT_DEVELOPMENT,
    domain: TECHNICAL,
    subjectTypes: ['data', 'internal', 'api'],
    title: (s) => `Développement d’une API de consultation des données ${de(s)}`,
    need: () =>
      'Nous voulons exposer une partie de nos données à d’autres administrations au moyen d’une API authentifiée, documentée et supervisée.',
    deliverables: 'API en production, documentation OpenAPI, jeu de tests',
    skills: ['conception-api', LANGUAGES, 'postgresql', 'securite-applicative'],
  },
  {
    kind: MissionKind.COMPONENT_DEVELOPMENT,
    domain: TECHNICAL,
    subjectTypes: ['online'],
    title: (s) => `Développement d’une application mobile compagnon pour ${s}`,
    need: () =>
      'Les usagers consultent surtout le service depuis leur téléphone : nous voulons une première version d’application mobile couvrant les parcours les plus fréquents.',
    deliverables: 'application en test auprès d’usagers, code source publié',
    skills: ['developpement-mobile', 'typescript', 'design-ui', 'tests-automatises'],
  },
  // Sécurisation d'un dispositif numérique
  {
    kind: MissionKind.SECURITY_HARDENING,
    domain: TECHNICAL,
    title: () => 'Revue de sécurité d’une API de paiement',
    need: () =>
      'Avant l’ouverture à de nouveaux partenaires, nous souhaitons une revue de sécurité de notre API de paiement : authentification, gestion des secrets, journalisation.',
    deliverables: 'rapport de revue, liste de mesures priorisées',
    skills: ['securite-applicative', 'conception-api', 'tests-intrusion', 'gestion-identites'],
  },
  {
    kind: MissionKind.SECURITY_HARDENING,
    domain: TECHNICAL,
    subjectTypes: ['api', 'online'],
    title: (s) => `Revue de sécurité ${de(s)}`,
    need: () =>
      'Nous cherchons un regard expert sur la sécurité du service avant une montée de version majeure : contrôle d’accès, dépendances, configuration et journalisation.',
    deliverables: 'rapport de revue, plan de correction',
    skills: ['securite-applicative', 'tests-intrusion', 'securite-cloud', 'gestion-identites'],
  },
  {
    kind: MissionKind.SECURITY_HARDENING,
    domain: TECHNICAL,
    subjectTypes: SERVICE,
    title: (s) => `Accompagnement à l’homologation de sécurité ${de(s)}`,
    need: () =>
      'Le service doit être homologué avant sa généralisation : nous cherchons un appui pour conduire l’analyse de risques et constituer le dossier d’homologation.',
    deliverables: 'analyse de risques, dossier d’homologation, plan d’action sécurité',
    skills: ['homologation-securite', 'ebios-rm', 'securite-cloud'],
  },
  {
    kind: MissionKind.SECURITY_HARDENING,
    domain: TECHNICAL,
    subjectTypes: SERVICE,
    title: (s) => `Test d’intrusion ${de(s)}`,
    need: () =>
      'Nous souhaitons faire tester le service dans les conditions d’un attaquant avant son ouverture au public, puis vérifier les corrections apportées.',
    deliverables: 'rapport de test d’intrusion, contre-audit des corrections',
    skills: ['tests-intrusion', 'securite-applicative', 'reseaux'],
  },
  {
    kind: MissionKind.SECURITY_HARDENING,
    domain: TECHNICAL,
    subjectTypes: ['internal', 'platform'],
    title: (s) => `Renforcement de la gestion des identités et des accès ${de(s)}`,
    need: () =>
      'Les comptes et les droits se sont accumulés au fil des années : nous voulons revoir les profils, généraliser l’authentification forte et automatiser les revues de droits.',
    deliverables: 'matrice des habilitations, configuration cible, procédure de revue',
    skills: ['gestion-identites', 'securite-cloud', 'franceconnect-proconnect'],
  },
  {
    kind: MissionKind.SECURITY_HARDENING,
    domain: TECHNICAL,
    subjectTypes: ['platform', 'internal', 'online'],
    title: (s) => `Durcissement des serveurs ${de(s)}`,
    need: () =>
      'Nous voulons appliquer les recommandations de l’ANSSI à nos serveurs Linux et à la configuration réseau, puis mettre en place une supervision de sécurité.',
    deliverables: 'configurations durcies, guide d’exploitation, alertes de sécurité',
    skills: ['linux', 'reseaux', 'reponse-incidents', 'observabilite'],
  },
  // Amélioration de l'ergonomie
  {
    kind: MissionKind.UX_IMPROVEMENT,
    domain: TECHNICAL,
    subjectTypes: UI,
    title: (s) => `Amélioration de l’ergonomie du formulaire en ligne ${de(s)}`,
    need: () =>
      'Trop d’usagers abandonnent le formulaire avant la fin : nous voulons comprendre pourquoi et proposer un parcours plus simple.',
    deliverables: 'analyse du parcours, maquettes améliorées, recommandations',
    skills: ['design-ux', 'recherche-utilisateur', 'dsfr', 'ecriture-ux'],
  },
  {
    kind: MissionKind.UX_IMPROVEMENT,
    domain: TECHNICAL,
    subjectTypes: UI,
    title: (s) => `Tests utilisateurs sur le parcours ${de(s)}`,
    need: () =>
      'Il s’agit de préparer et d’animer une série d’entretiens et de tests avec des usagers, puis d’en restituer les enseignements à l’équipe.',
    deliverables: 'protocole de test, synthèse des observations, recommandations priorisées',
    skills: ['recherche-utilisateur', 'design-ux'],
  },
  {
    kind: MissionKind.UX_IMPROVEMENT,
    domain: TECHNICAL,
    subjectTypes: UI,
    title: (s) => `Refonte de l’interface ${de(s)} avec le Système de design de l’État`,
    need: () =>
      'L’interface actuelle est datée et peu lisible : nous voulons la reprendre avec les composants du DSFR, en commençant par les écrans les plus consultés.',
    deliverables: 'maquettes, bibliothèque d’écrans, accompagnement de l’intégration',
    skills: ['dsfr', 'design-ui', 'design-ux', ['react', 'vuejs']],
  },
  {
    kind: MissionKind.UX_IMPROVEMENT,
    domain: TECHNICAL,
    subjectTypes: ['online'],
    title: (s) => `Réécriture en langage clair des messages ${de(s)}`,
    need: () =>
      'Les usagers comprennent mal nos courriels et nos messages d’erreur : nous cherchons un appui pour les réécrire en langage clair et les tester.',
    deliverables: 'messages réécrits, guide de rédaction',
    skills: ['ecriture-ux', 'recherche-utilisateur', 'design-ux'],
  },
  {
    kind: MissionKind.UX_IMPROVEMENT,
    domain: TECHNICAL,
    subjectTypes: UI,
    title: (s) => `Amélioration de l’accessibilité et de l’ergonomie ${de(s)}`,
    need: () =>
      'Des usagers en situation de handicap nous signalent des difficultés : nous voulons corriger les parcours bloquants et améliorer la lisibilité générale.',
    deliverables: 'liste des corrections, maquettes, vérification avec des technologies d’assistance',
    skills: ['rgaa', 'design-ux', 'technologies-assistance'],
  },
  // Atelier d'idéation
  {
    kind: MissionKind.IDEATION_WORKSHOP,
    domain: BUSINESS,
    title: () => 'Atelier d’idéation sur la dématérialisation des marchés',
    need: () =>
      'Nous voulons réunir acheteurs, prescripteurs et juristes pour imaginer une chaîne de passation et d’exécution des marchés entièrement dématérialisée.',
    deliverables: 'préparation et animation d’un atelier d’une demi-journée, synthèse des pistes',
    skills: ['achat-public-it', 'conduite-du-changement', 'design-ux', 'commande-publique'],
  },
  {
    kind: MissionKind.IDEATION_WORKSHOP,
    domain: BUSINESS,
    title: () => 'Atelier d’idéation sur la mutualisation des achats de logiciels entre ministères',
    need: () =>
      'Plusieurs ministères achètent séparément des logiciels comparables : nous cherchons un animateur pour faire émerger des pistes de mutualisation.',
    deliverables: 'atelier animé, cartographie des besoins communs, pistes priorisées',
    skills: ['achat-public-it', 'ugap', 'sourcing'],
  },
  {
    kind: MissionKind.IDEATION_WORKSHOP,
    domain: TECHNICAL,
    subjectTypes: SERVICE,
    title: (s) => `Atelier d’idéation sur les usages de l’intelligence artificielle pour ${s}`,
    need: () =>
      'Nous voulons identifier avec les agents de terrain les cas d’usage où l’IA apporterait un vrai gain, et ceux où elle n’est pas souhaitable.',
    deliverables: 'atelier animé, fiches de cas d’usage, critères de priorisation',
    skills: ['ia-apprentissage-automatique', 'product-management', 'design-ux'],
  },
  {
    kind: MissionKind.IDEATION_WORKSHOP,
    domain: TECHNICAL,
    subjectTypes: UI,
    title: (s) => `Atelier de conception de la future version ${de(s)}`,
    need: () =>
      'Avant d’écrire la feuille de route, nous voulons réunir usagers, agents et équipe technique pour imaginer ensemble la prochaine version du service.',
    deliverables: 'atelier de co-conception, synthèse et premières esquisses',
    skills: ['design-ux', 'product-management', 'recherche-utilisateur'],
  },
  {
    kind: MissionKind.IDEATION_WORKSHOP,
    domain: BUSINESS,
    title: () => 'Atelier d’idéation sur la réutilisation des données publiques',
    need: () =>
      'Nous souhaitons réunir réutilisateurs, juristes et producteurs de données pour imaginer de nouveaux usages de nos données et lever les freins juridiques.',
    deliverables: 'atelier animé, liste de projets de réutilisation',
    skills: ['droit-du-numerique', 'open-data', 'animation-communaute'],
  },
];
