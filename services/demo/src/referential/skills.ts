import { SkillFamily } from '@talents/common';
import type { DemoSkill } from '../types';

export interface SkillEntry extends DemoSkill {
  /** How the skill reads inside a sentence (« design UX », but « TypeScript »). */
  inSentence: string;
}

function family(name: SkillFamily, entries: [id: string, label: string, keepCase?: boolean][]): SkillEntry[] {
  return entries.map(([id, label, keepCase]) => ({
    id,
    label,
    family: name,
    inSentence: keepCase ? label : label.charAt(0).toLowerCase() + label.slice(1),
  }));
}

/** The skills referential: ids are stable slugs. */
export const SKILLS: readonly SkillEntry[] = [
  ...family(SkillFamily.DEVELOPMENT, [
    ['typescript', 'TypeScript', true],
    ['java', 'Java', true],
    ['python', 'Python', true],
    ['php', 'PHP', true],
    ['nodejs', 'Node.js', true],
    ['react', 'React', true],
    ['vuejs', 'Vue.js', true],
    ['developpement-mobile', 'Développement mobile'],
    ['tests-automatises', 'Tests automatisés'],
    ['qualite-logicielle', 'Qualité logicielle et revue de code'],
  ]),
  ...family(SkillFamily.DATA, [
    ['sql', 'SQL', true],
    ['science-des-donnees', 'Science des données'],
    ['data-engineering', 'Ingénierie des données (data engineering)'],
    ['visualisation-de-donnees', 'Visualisation de données'],
    ['ia-apprentissage-automatique', 'Intelligence artificielle et apprentissage automatique'],
    ['statistique-publique', 'Statistique publique'],
    ['open-data', 'Ouverture des données (open data)'],
    ['gouvernance-des-donnees', 'Gouvernance des données'],
  ]),
  ...family(SkillFamily.SECURITY, [
    ['ebios-rm', 'Analyse de risques EBIOS RM'],
    ['homologation-securite', 'Homologation de sécurité'],
    ['tests-intrusion', 'Tests d’intrusion'],
    ['securite-cloud', 'Sécurité du cloud'],
    ['gestion-identites', 'Gestion des identités et des accès'],
    ['reponse-incidents', 'Réponse aux incidents de sécurité'],
    ['securite-applicative', 'Sécurité applicative'],
  ]),
  ...family(SkillFamily.INFRASTRUCTURE_CLOUD, [
    ['kubernetes', 'Kubernetes', true],
    ['linux', 'Administration Linux'],
    ['reseaux', 'Réseaux et télécommunications'],
    ['devops-ci', 'DevOps et intégration continue', true],
    ['cloud-souverain', 'Cloud souverain (SecNumCloud)'],
    ['observabilite', 'Supervision et observabilité'],
    ['postgresql', 'PostgreSQL', true],
  ]),
  ...family(SkillFamily.ARCHITECTURE, [
    ['architecture-entreprise', 'Architecture d’entreprise'],
    ['conception-api', 'Conception d’API'],
    ['urbanisation-si', 'Urbanisation du SI'],
    ['architecture-logicielle', 'Architecture logicielle'],
    ['interoperabilite', 'Interopérabilité et échanges de données'],
    ['franceconnect-proconnect', 'Intégration FranceConnect et ProConnect'],
  ]),
  ...family(SkillFamily.PRODUCT_PROJECT, [
    ['product-management', 'Product management'],
    ['agilite-scrum', 'Agilité et Scrum'],
    ['gestion-de-projet', 'Gestion de projet'],
    ['conduite-du-changement', 'Conduite du changement'],
    ['methode-beta-gouv', 'Méthode beta.gouv.fr (startups d’État)'],
    ['specifications-fonctionnelles', 'Rédaction de spécifications fonctionnelles'],
    ['animation-communaute', 'Animation de communauté'],
  ]),
  ...family(SkillFamily.DESIGN_UX, [
    ['design-ux', 'Design UX'],
    ['design-ui', 'Design d’interface (UI)'],
    ['recherche-utilisateur', 'Recherche utilisateur'],
    ['dsfr', 'Système de design de l’État (DSFR)', true],
    ['ecriture-ux', 'Écriture UX et langage clair'],
  ]),
  ...family(SkillFamily.ACCESSIBILITY, [
    ['rgaa', 'RGAA', true],
    ['audit-accessibilite', 'Audit d’accessibilité'],
    ['developpement-accessible', 'Développement accessible'],
    ['technologies-assistance', 'Tests avec les technologies d’assistance'],
  ]),
  ...family(SkillFamily.PROCUREMENT, [
    ['achat-public-it', 'Achat public informatique'],
    ['redaction-cctp', 'Rédaction de CCTP'],
    ['ugap', 'Recours à l’UGAP et aux centrales d’achat'],
    ['sourcing', 'Sourcing et analyse du marché fournisseurs'],
    ['execution-marches', 'Suivi de l’exécution des marchés'],
  ]),
  ...family(SkillFamily.LEGAL, [
    ['rgpd', 'RGPD et protection des données personnelles'],
    ['droit-du-numerique', 'Droit du numérique'],
    ['licences-libres', 'Licences libres'],
    ['aipd', 'Analyse d’impact relative à la protection des données (AIPD)'],
    ['commande-publique', 'Droit de la commande publique'],
  ]),
];

export const SKILL_BY_ID: ReadonlyMap<string, SkillEntry> = new Map(SKILLS.map((skill) => [skill.id, skill]));

export const SKILLS_BY_FAMILY: ReadonlyMap<SkillFamily, readonly SkillEntry[]> = new Map(
  Object.values(SkillFamily).map((name) => [name, SKILLS.filter((skill) => skill.family === name)]),
);

/** Families whose skills an agent of a given family often also has. */
export const RELATED_FAMILIES: Record<SkillFamily, readonly SkillFamily[]> = {
  DEVELOPMENT: [
    SkillFamily.INFRASTRUCTURE_CLOUD,
    SkillFamily.ARCHITECTURE,
    SkillFamily.ACCESSIBILITY,
    SkillFamily.DATA,
  ],
  DATA: [SkillFamily.DEVELOPMENT, SkillFamily.LEGAL, SkillFamily.ARCHITECTURE],
  SECURITY: [SkillFamily.INFRASTRUCTURE_CLOUD, SkillFamily.ARCHITECTURE, SkillFamily.LEGAL],
  INFRASTRUCTURE_CLOUD: [SkillFamily.SECURITY, SkillFamily.DEVELOPMENT, SkillFamily.ARCHITECTURE],
  ARCHITECTURE: [SkillFamily.DEVELOPMENT, SkillFamily.INFRASTRUCTURE_CLOUD, SkillFamily.PRODUCT_PROJECT],
  PRODUCT_PROJECT: [SkillFamily.DESIGN_UX, SkillFamily.PROCUREMENT, SkillFamily.ACCESSIBILITY],
  DESIGN_UX: [SkillFamily.ACCESSIBILITY, SkillFamily.PRODUCT_PROJECT, SkillFamily.DEVELOPMENT],
  ACCESSIBILITY: [SkillFamily.DESIGN_UX, SkillFamily.DEVELOPMENT, SkillFamily.PRODUCT_PROJECT],
  PROCUREMENT: [SkillFamily.LEGAL, SkillFamily.PRODUCT_PROJECT],
  LEGAL: [SkillFamily.PROCUREMENT, SkillFamily.DATA, SkillFamily.SECURITY],
};
