import { SkillFamily } from '@talents/common';

/** A job title in its feminine and masculine forms. */
export type Title = readonly [feminine: string, masculine: string];

export interface JobProfile {
  family: SkillFamily;
  weight: number;
  titles: readonly Title[];
  managerTitles: readonly Title[];
  /** Units that such a job typically sits in, whatever the administration. */
  units: readonly string[];
}

function same(title: string): Title {
  return [title, title];
}

export const JOB_PROFILES: readonly JobProfile[] = [
  {
    family: SkillFamily.DEVELOPMENT,
    weight: 18,
    titles: [
      ['Développeuse', 'Développeur'],
      ['Développeuse full stack', 'Développeur full stack'],
      ['Ingénieure logicielle', 'Ingénieur logiciel'],
      same('Lead developer'),
      ['Développeuse mobile', 'Développeur mobile'],
      ['Ingénieure d’études et de développement', 'Ingénieur d’études et de développement'],
    ],
    managerTitles: [
      ['Cheffe du pôle développement', 'Chef du pôle développement'],
      same('Responsable des études et du développement'),
    ],
    units: ['Bureau des applications', 'Pôle développement', 'Département des études et du développement'],
  },
  {
    family: SkillFamily.DATA,
    weight: 13,
    titles: [
      same('Data scientist'),
      same('Data engineer'),
      same('Data analyst'),
      ['Chargée d’études statistiques', 'Chargé d’études statistiques'],
      ['Administratrice des données', 'Administrateur des données'],
    ],
    managerTitles: [
      ['Cheffe du pôle données', 'Chef du pôle données'],
      ['Administratrice ministérielle des données', 'Administrateur ministériel des données'],
    ],
    units: ['Pôle données', 'Service statistique ministériel', 'Laboratoire d’innovation par la donnée'],
  },
  {
    family: SkillFamily.SECURITY,
    weight: 11,
    titles: [
      ['RSSI adjointe', 'RSSI adjoint'],
      same('Analyste SOC'),
      ['Auditrice en sécurité des systèmes d’information', 'Auditeur en sécurité des systèmes d’information'],
      ['Ingénieure sécurité', 'Ingénieur sécurité'],
      ['Chargée de mission cybersécurité', 'Chargé de mission cybersécurité'],
    ],
    managerTitles: [
      same('RSSI'),
      ['Cheffe du bureau de la sécurité des SI', 'Chef du bureau de la sécurité des SI'],
    ],
    units: ['Bureau de la sécurité des systèmes d’information', 'Cellule cybersécurité'],
  },
  {
    family: SkillFamily.INFRASTRUCTURE_CLOUD,
    weight: 11,
    titles: [
      ['Administratrice systèmes et réseaux', 'Administrateur systèmes et réseaux'],
      ['Ingénieure DevOps', 'Ingénieur DevOps'],
      same('Architecte cloud'),
      ['Ingénieure de production', 'Ingénieur de production'],
      ['Technicienne réseaux', 'Technicien réseaux'],
    ],
    managerTitles: [
      ['Cheffe du bureau de la production informatique', 'Chef du bureau de la production informatique'],
      same('Responsable d’exploitation'),
    ],
    units: ['Bureau de la production informatique', 'Département infrastructures et exploitation'],
  },
  {
    family: SkillFamily.ARCHITECTURE,
    weight: 6,
    titles: [
      same('Architecte SI'),
      same('Architecte d’entreprise'),
      same('Urbaniste SI'),
      same('Architecte logiciel'),
    ],
    managerTitles: [same('Responsable de l’architecture SI')],
    units: ['Bureau de l’architecture et de l’urbanisation'],
  },
  {
    family: SkillFamily.PRODUCT_PROJECT,
    weight: 17,
    titles: [
      ['Cheffe de projet numérique', 'Chef de projet numérique'],
      same('Product owner'),
      same('Product manager'),
      ['Directrice de projet SI', 'Directeur de projet SI'],
      same('Coach agile'),
      ['Chargée de mission transformation numérique', 'Chargé de mission transformation numérique'],
    ],
    managerTitles: [
      ['Cheffe du bureau des systèmes d’information', 'Chef du bureau des systèmes d’information'],
      ['Directrice de programme', 'Directeur de programme'],
      ['Cheffe du service du numérique', 'Chef du service du numérique'],
    ],
    units: [
      'Bureau des systèmes d’information',
      'Mission de la transformation numérique',
      'Laboratoire d’innovation',
    ],
  },
  {
    family: SkillFamily.DESIGN_UX,
    weight: 7,
    titles: [
      same('Designer UX'),
      same('Designer UI'),
      ['Chercheuse en expérience utilisateur', 'Chercheur en expérience utilisateur'],
      same('Designer de services'),
    ],
    managerTitles: [same('Responsable du pôle design')],
    units: ['Pôle design et expérience usager', 'Laboratoire d’innovation'],
  },
  {
    family: SkillFamily.ACCESSIBILITY,
    weight: 5,
    titles: [
      ['Référente accessibilité numérique', 'Référent accessibilité numérique'],
      ['Auditrice RGAA', 'Auditeur RGAA'],
      ['Chargée de mission accessibilité', 'Chargé de mission accessibilité'],
    ],
    managerTitles: [same('Responsable de la mission accessibilité numérique')],
    units: ['Mission accessibilité numérique', 'Pôle qualité des services en ligne'],
  },
  {
    family: SkillFamily.PROCUREMENT,
    weight: 6,
    titles: [
      ['Acheteuse publique informatique', 'Acheteur public informatique'],
      ['Chargée d’achats numériques', 'Chargé d’achats numériques'],
      same('Responsable des marchés informatiques'),
    ],
    managerTitles: [['Cheffe du bureau des achats', 'Chef du bureau des achats']],
    units: ['Bureau des achats', 'Bureau des marchés informatiques'],
  },
  {
    family: SkillFamily.LEGAL,
    weight: 6,
    titles: [
      same('Juriste numérique'),
      ['Déléguée à la protection des données', 'Délégué à la protection des données'],
      same('Juriste commande publique'),
      same('Juriste propriété intellectuelle'),
    ],
    managerTitles: [['Cheffe du bureau des affaires juridiques', 'Chef du bureau des affaires juridiques']],
    units: ['Bureau des affaires juridiques', 'Délégation à la protection des données'],
  },
];
