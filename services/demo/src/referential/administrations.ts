import { AdministrationKind } from '@talents/common';
import type { DemoAdministration } from '../types';
import { PLACES, type Place } from './places';
import { subject, type Subject } from './subjects';

export interface AdministrationEntry extends DemoAdministration {
  /** The name with its article, as it reads in a sentence: « la DINUM », « l’Insee », « Météo-France ». */
  phrase: string;
  emailDomain: string;
  /** Relative share of the demo agents working there. */
  agentWeight: number;
  /** Main sites, weighted. */
  sites: readonly (readonly [Place, number])[];
  /** Share of agents working in the regional network rather than at a main site. */
  regionalShare: number;
  units: readonly string[];
  subjects: readonly Subject[];
}

const { MINISTRY, DIRECTORATE, AGENCY, DECENTRALISED_SERVICE } = AdministrationKind;

type Definition = Omit<AdministrationEntry, 'acronym' | 'parentId' | 'regionalShare' | 'sites'> & {
  acronym?: string;
  parentId?: string;
  regionalShare?: number;
  sites?: readonly (readonly [Place, number])[];
};

function administration(definition: Definition): AdministrationEntry {
  return {
    ...definition,
    acronym: definition.acronym ?? null,
    parentId: definition.parentId ?? null,
    regionalShare: definition.regionalShare ?? 0.05,
    sites: definition.sites ?? [[PLACES.paris, 1]],
  };
}

/** Ministries first, then their directorates, agencies and decentralised services (parents first). */
export const ADMINISTRATIONS: readonly AdministrationEntry[] = [
  administration({
    id: 'premier-ministre',
    name: 'Services du Premier ministre',
    kind: MINISTRY,
    phrase: 'les services du Premier ministre',
    emailDomain: 'pm.gouv.fr',
    agentWeight: 1,
    units: ['Secrétariat général du Gouvernement', 'Service de l’information du Gouvernement'],
    subjects: [subject('le site gouvernement.fr', 'online')],
  }),
  administration({
    id: 'dinum',
    name: 'Direction interministérielle du numérique',
    acronym: 'DINUM',
    kind: DIRECTORATE,
    parentId: 'premier-ministre',
    phrase: 'la DINUM',
    emailDomain: 'modernisation.gouv.fr',
    agentWeight: 6,
    units: [
      'Incubateur de services numériques (beta.gouv.fr)',
      'Département Etalab – données et intelligence artificielle',
      'Opérateur des produits interministériels',
      'Pôle design des services numériques',
      'Mission Talents numériques',
      'Département infrastructures et services opérés',
    ],
    subjects: [
      subject('la messagerie Tchap', 'online', 'internal'),
      subject('le service FranceConnect', 'api'),
      subject('l’API Particulier', 'api'),
      subject('la plateforme data.gouv.fr', 'data', 'online'),
      subject('la plateforme Démarches simplifiées', 'online', 'api'),
      subject('le service ProConnect', 'api'),
      subject('la Suite numérique des agents publics', 'internal', 'platform'),
    ],
  }),
  administration({
    id: 'ditp',
    name: 'Direction interministérielle de la transformation publique',
    acronym: 'DITP',
    kind: DIRECTORATE,
    parentId: 'premier-ministre',
    phrase: 'la DITP',
    emailDomain: 'modernisation.gouv.fr',
    agentWeight: 2,
    units: ['Pôle expérience usager', 'Pôle pilotage des politiques prioritaires'],
    subjects: [
      subject('la plateforme Services Publics+', 'online', 'data'),
      subject('le baromètre des résultats de l’action publique', 'data', 'online'),
    ],
  }),
  administration({
    id: 'dila',
    name: 'Direction de l’information légale et administrative',
    acronym: 'DILA',
    kind: DIRECTORATE,
    parentId: 'premier-ministre',
    phrase: 'la DILA',
    emailDomain: 'dila.gouv.fr',
    agentWeight: 2,
    units: ['Département des systèmes d’information', 'Département de l’information administrative'],
    subjects: [
      subject('le site service-public.fr', 'online'),
      subject('le site Légifrance', 'online', 'data'),
      subject('l’API Légifrance', 'api', 'data'),
    ],
  }),
  administration({
    id: 'sgdsn',
    name: 'Secrétariat général de la défense et de la sécurité nationale',
    acronym: 'SGDSN',
    kind: DIRECTORATE,
    parentId: 'premier-ministre',
    phrase: 'le SGDSN',
    emailDomain: 'sgdsn.gouv.fr',
    agentWeight: 1,
    units: [
      'Direction de la protection et de la sécurité de l’État',
      'Centre de transmissions gouvernemental',
    ],
    subjects: [subject('l’outil interministériel de gestion de crise', 'internal', 'platform')],
  }),
  administration({
    id: 'anssi',
    name: 'Agence nationale de la sécurité des systèmes d’information',
    acronym: 'ANSSI',
    kind: AGENCY,
    parentId: 'sgdsn',
    phrase: 'l’ANSSI',
    emailDomain: 'ssi.gouv.fr',
    agentWeight: 4,
    sites: [
      [PLACES.paris, 0.8],
      [PLACES.rennes, 0.2],
    ],
    units: [
      'Sous-direction Expertise',
      'Sous-direction Opérations',
      'Sous-direction Stratégie',
      'Division Conseil',
    ],
    subjects: [
      subject('le service MonServiceSécurisé', 'online'),
      subject('le dispositif MonAideCyber', 'online'),
      subject('la plateforme de déclaration des incidents de sécurité', 'online', 'internal'),
    ],
  }),
  administration({
    id: 'interieur',
    name: 'Ministère de l’Intérieur',
    kind: MINISTRY,
    phrase: 'le ministère de l’Intérieur',
    emailDomain: 'interieur.gouv.fr',
    agentWeight: 6,
    units: [
      'Direction du numérique (DNUM)',
      'Direction générale des étrangers en France',
      'Secrétariat général – sous-direction des systèmes d’information',
    ],
    subjects: [
      subject('le téléservice de demande de titre de séjour', 'online'),
      subject('la plateforme de signalement PHAROS', 'online', 'internal'),
      subject('l’application de prise de rendez-vous en préfecture', 'online', 'api'),
    ],
  }),
  administration({
    id: 'ants',
    name: 'Agence nationale des titres sécurisés (France Titres)',
    acronym: 'ANTS',
    kind: AGENCY,
    parentId: 'interieur',
    phrase: 'l’ANTS',
    emailDomain: 'ants.gouv.fr',
    agentWeight: 3,
    sites: [
      [PLACES.charleville, 0.6],
      [PLACES.paris, 0.4],
    ],
    units: ['Direction des systèmes d’information', 'Direction de l’expérience usager'],
    subjects: [
      subject('le téléservice de pré-demande de passeport', 'online'),
      subject('le système d’immatriculation des véhicules', 'internal', 'api'),
      subject('le téléservice du permis de conduire', 'online'),
      subject('l’application France Identité', 'online'),
    ],
  }),
  administration({
    id: 'dgsi',
    name: 'Direction générale de la sécurité intérieure',
    acronym: 'DGSI',
    kind: DIRECTORATE,
    parentId: 'interieur',
    phrase: 'la DGSI',
    emailDomain: 'interieur.gouv.fr',
    agentWeight: 2,
    sites: [[PLACES.levallois, 1]],
    units: ['Sous-direction technique', 'Service des systèmes d’information'],
    subjects: [
      subject('l’outil interne de gestion des habilitations', 'internal'),
      subject('la plateforme d’analyse des signalements', 'data', 'internal'),
    ],
  }),
  administration({
    id: 'prefecture-rhone',
    name: 'Préfecture du Rhône',
    kind: DECENTRALISED_SERVICE,
    parentId: 'interieur',
    phrase: 'la préfecture du Rhône',
    emailDomain: 'rhone.gouv.fr',
    agentWeight: 2,
    sites: [[PLACES.lyon, 1]],
    regionalShare: 0,
    units: [
      'Service interministériel départemental des systèmes d’information',
      'Direction des migrations et de l’intégration',
    ],
    subjects: [
      subject('le site des services de l’État dans le Rhône', 'online'),
      subject('la prise de rendez-vous en ligne des guichets', 'online'),
      subject('l’instruction des déclarations de manifestation', 'internal'),
    ],
  }),
  administration({
    id: 'prefecture-gironde',
    name: 'Préfecture de la Gironde',
    kind: DECENTRALISED_SERVICE,
    parentId: 'interieur',
    phrase: 'la préfecture de la Gironde',
    emailDomain: 'gironde.gouv.fr',
    agentWeight: 2,
    sites: [[PLACES.bordeaux, 1]],
    regionalShare: 0,
    units: [
      'Service interministériel départemental des systèmes d’information',
      'Bureau de la communication interministérielle',
    ],
    subjects: [
      subject('le site des services de l’État en Gironde', 'online'),
      subject('le traitement des demandes de titres de séjour', 'internal'),
    ],
  }),
  administration({
    id: 'armees',
    name: 'Ministère des Armées',
    kind: MINISTRY,
    phrase: 'le ministère des Armées',
    emailDomain: 'intradef.gouv.fr',
    agentWeight: 5,
    sites: [
      [PLACES.paris, 0.6],
      [PLACES.bruz, 0.15],
      [PLACES.brest, 0.1],
      [PLACES.toulon, 0.15],
    ],
    units: [
      'Secrétariat général pour l’administration',
      'Agence du numérique de défense',
      'Direction générale de l’armement',
    ],
    subjects: [
      subject('le portail des réservistes', 'online'),
      subject('l’intranet Intradef', 'internal'),
      subject('l’application de gestion des parcours des militaires', 'internal', 'data'),
    ],
  }),
  administration({
    id: 'dgnum',
    name: 'Direction générale du numérique et des systèmes d’information et de communication',
    acronym: 'DGNUM',
    kind: DIRECTORATE,
    parentId: 'armees',
    phrase: 'la DGNUM',
    emailDomain: 'intradef.gouv.fr',
    agentWeight: 4,
    units: [
      'Sous-direction de la stratégie numérique',
      'Sous-direction de la gouvernance des données',
      'Pôle cloud',
    ],
    subjects: [
      subject('la messagerie sécurisée des armées', 'internal', 'platform'),
      subject('le cloud de défense', 'platform'),
      subject('le catalogue des données du ministère', 'data', 'api'),
    ],
  }),
  administration({
    id: 'economie',
    name: 'Ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique',
    kind: MINISTRY,
    phrase: 'le ministère de l’Économie',
    emailDomain: 'finances.gouv.fr',
    agentWeight: 3,
    units: ['Secrétariat général – Service du numérique', 'Direction générale des entreprises'],
    subjects: [
      subject('le portail economie.gouv.fr', 'online'),
      subject('le guichet des aides aux entreprises', 'online', 'api'),
    ],
  }),
  administration({
    id: 'dgfip',
    name: 'Direction générale des Finances publiques',
    acronym: 'DGFiP',
    kind: DIRECTORATE,
    parentId: 'economie',
    phrase: 'la DGFiP',
    emailDomain: 'dgfip.finances.gouv.fr',
    agentWeight: 10,
    sites: [
      [PLACES.paris, 0.65],
      [PLACES.noisy, 0.35],
    ],
    regionalShare: 0.5,
    units: [
      'Service des systèmes d’information',
      'Bureau SI-1 – stratégie et urbanisation',
      'Établissement de services informatiques',
      'Direction régionale des finances publiques',
      'Service de la gestion fiscale',
    ],
    subjects: [
      subject('l’espace particulier d’impots.gouv.fr', 'online'),
      subject('la déclaration en ligne des revenus', 'online'),
      subject('le service Gérer mes biens immobiliers', 'online'),
      subject('le service de paiement en ligne PayFiP', 'online', 'api'),
      subject('l’API Impôt particulier', 'api'),
      subject('l’application de contrôle fiscal', 'internal', 'data'),
    ],
  }),
  administration({
    id: 'dgddi',
    name: 'Direction générale des douanes et droits indirects',
    acronym: 'DGDDI',
    kind: DIRECTORATE,
    parentId: 'economie',
    phrase: 'la DGDDI',
    emailDomain: 'douane.finances.gouv.fr',
    agentWeight: 4,
    sites: [[PLACES.montreuil, 1]],
    regionalShare: 0.3,
    units: [
      'Sous-direction des systèmes d’information et de télécommunication',
      'Direction nationale du renseignement et des enquêtes douanières',
    ],
    subjects: [
      subject('le portail douane.gouv.fr', 'online'),
      subject('le système de détaxe électronique PABLO', 'online', 'api'),
      subject('le dédouanement en ligne des marchandises', 'online', 'api'),
    ],
  }),
  administration({
    id: 'insee',
    name: 'Institut national de la statistique et des études économiques',
    acronym: 'Insee',
    kind: DIRECTORATE,
    parentId: 'economie',
    phrase: 'l’Insee',
    emailDomain: 'insee.fr',
    agentWeight: 5,
    sites: [
      [PLACES.montrouge, 0.65],
      [PLACES.metz, 0.35],
    ],
    regionalShare: 0.35,
    units: [
      'Direction de la méthodologie et de la coordination statistique et internationale',
      'Service national de développement informatique',
      'Département de la diffusion',
      'Direction régionale',
    ],
    subjects: [
      subject('le répertoire Sirene', 'data'),
      subject('l’API Sirene', 'api', 'data'),
      subject('le recensement de la population en ligne', 'online'),
      subject('la diffusion des données locales', 'data', 'online'),
    ],
  }),
  administration({
    id: 'dae',
    name: 'Direction des achats de l’État',
    acronym: 'DAE',
    kind: DIRECTORATE,
    parentId: 'economie',
    phrase: 'la DAE',
    emailDomain: 'finances.gouv.fr',
    agentWeight: 2,
    units: ['Pôle achats numériques', 'Bureau de la performance achat'],
    subjects: [
      subject('la plateforme des achats de l’État', 'online'),
      subject('l’outil de suivi de la performance achat', 'internal', 'data'),
    ],
  }),
  administration({
    id: 'justice',
    name: 'Ministère de la Justice',
    kind: MINISTRY,
    phrase: 'le ministère de la Justice',
    emailDomain: 'justice.gouv.fr',
    agentWeight: 5,
    sites: [
      [PLACES.paris, 0.8],
      [PLACES.nantes, 0.2],
    ],
    units: [
      'Secrétariat général – Service du numérique',
      'Direction des services judiciaires',
      'Direction de l’administration pénitentiaire',
    ],
    subjects: [
      subject('la procédure pénale numérique', 'internal'),
      subject('le portail justice.fr', 'online'),
      subject('la demande d’extrait de casier judiciaire en ligne', 'online'),
      subject('l’application de gestion des personnes détenues', 'internal', 'data'),
    ],
  }),
  administration({
    id: 'education',
    name: 'Ministère de l’Éducation nationale',
    kind: MINISTRY,
    phrase: 'le ministère de l’Éducation nationale',
    emailDomain: 'education.gouv.fr',
    agentWeight: 3,
    units: [
      'Direction générale de l’enseignement scolaire',
      'Direction de l’évaluation, de la prospective et de la performance',
    ],
    subjects: [
      subject('le service ÉduConnect', 'api'),
      subject('la procédure d’affectation des élèves au lycée', 'online', 'data'),
    ],
  }),
  administration({
    id: 'dne',
    name: 'Direction du numérique pour l’éducation',
    acronym: 'DNE',
    kind: DIRECTORATE,
    parentId: 'education',
    phrase: 'la DNE',
    emailDomain: 'education.gouv.fr',
    agentWeight: 4,
    units: ['Sous-direction des systèmes d’information', 'Sous-direction de la transformation numérique'],
    subjects: [
      subject('le portail Éduscol', 'online'),
      subject('la plateforme Apps Éducation', 'online', 'platform'),
      subject('l’application de gestion des examens', 'internal'),
    ],
  }),
  administration({
    id: 'rectorat-lyon',
    name: 'Rectorat de l’académie de Lyon',
    kind: DECENTRALISED_SERVICE,
    parentId: 'education',
    phrase: 'le rectorat de Lyon',
    emailDomain: 'ac-lyon.fr',
    agentWeight: 2,
    sites: [[PLACES.lyon, 1]],
    regionalShare: 0,
    units: ['Direction des systèmes d’information', 'Délégation régionale académique au numérique éducatif'],
    subjects: [
      subject('la gestion des remplacements des enseignants', 'internal'),
      subject('le site de l’académie', 'online'),
    ],
  }),
  administration({
    id: 'enseignement-superieur',
    name: 'Ministère de l’Enseignement supérieur et de la Recherche',
    kind: MINISTRY,
    phrase: 'le ministère de l’Enseignement supérieur et de la Recherche',
    emailDomain: 'recherche.gouv.fr',
    agentWeight: 2,
    units: [
      'Service de la coordination des stratégies de l’enseignement supérieur',
      'Sous-direction des systèmes d’information',
    ],
    subjects: [subject('la plateforme Parcoursup', 'online'), subject('la plateforme Mon Master', 'online')],
  }),
  administration({
    id: 'transition-ecologique',
    name: 'Ministère de la Transition écologique',
    kind: MINISTRY,
    phrase: 'le ministère de la Transition écologique',
    emailDomain: 'developpement-durable.gouv.fr',
    agentWeight: 4,
    sites: [[PLACES.puteaux, 1]],
    units: [
      'Service du numérique',
      'Commissariat général au développement durable',
      'Direction générale de la prévention des risques',
    ],
    subjects: [
      subject('le portail Géorisques', 'online', 'data'),
      subject('le service Mes Aides Réno', 'online'),
      subject('la base des installations classées', 'data'),
    ],
  }),
  administration({
    id: 'dreal-occitanie',
    name: 'Direction régionale de l’environnement, de l’aménagement et du logement d’Occitanie',
    acronym: 'DREAL Occitanie',
    kind: DECENTRALISED_SERVICE,
    parentId: 'transition-ecologique',
    phrase: 'la DREAL Occitanie',
    emailDomain: 'developpement-durable.gouv.fr',
    agentWeight: 2,
    sites: [
      [PLACES.toulouse, 0.6],
      [PLACES.montpellier, 0.4],
    ],
    regionalShare: 0,
    units: ['Département connaissance et information', 'Service risques industriels'],
    subjects: [
      subject('le suivi des installations classées en Occitanie', 'internal', 'data'),
      subject('la cartographie régionale des risques naturels', 'data', 'online'),
    ],
  }),
  administration({
    id: 'meteo-france',
    name: 'Météo-France',
    kind: AGENCY,
    parentId: 'transition-ecologique',
    phrase: 'Météo-France',
    emailDomain: 'meteo.fr',
    agentWeight: 3,
    sites: [
      [PLACES.toulouse, 0.6],
      [PLACES.saintMande, 0.4],
    ],
    regionalShare: 0.1,
    units: ['Direction des systèmes d’information', 'Direction des services météorologiques'],
    subjects: [
      subject('l’application Météo-France', 'online'),
      subject('le portail des données publiques de Météo-France', 'data', 'api'),
      subject('la carte de vigilance météorologique', 'online'),
    ],
  }),
  administration({
    id: 'ign',
    name: 'Institut national de l’information géographique et forestière',
    acronym: 'IGN',
    kind: AGENCY,
    parentId: 'transition-ecologique',
    phrase: 'l’IGN',
    emailDomain: 'ign.fr',
    agentWeight: 3,
    sites: [[PLACES.saintMande, 1]],
    units: [
      'Direction des programmes et de l’appui aux politiques publiques',
      'Service des projets numériques',
    ],
    subjects: [subject('le Géoportail', 'online'), subject('la Géoplateforme', 'platform', 'api', 'data')],
  }),
  administration({
    id: 'travail',
    name: 'Ministère du Travail',
    kind: MINISTRY,
    phrase: 'le ministère du Travail',
    emailDomain: 'travail.gouv.fr',
    agentWeight: 2,
    units: [
      'Direction générale du travail',
      'Délégation générale à l’emploi et à la formation professionnelle',
    ],
    subjects: [
      subject('le Code du travail numérique', 'online'),
      subject('le service Index de l’égalité professionnelle', 'online', 'data'),
    ],
  }),
  administration({
    id: 'france-travail',
    name: 'France Travail',
    kind: AGENCY,
    parentId: 'travail',
    phrase: 'France Travail',
    emailDomain: 'francetravail.fr',
    agentWeight: 5,
    sites: [
      [PLACES.paris, 0.5],
      [PLACES.nantes, 0.5],
    ],
    regionalShare: 0.5,
    units: [
      'Direction des systèmes d’information',
      'Direction régionale',
      'Direction de l’expérience utilisateur',
    ],
    subjects: [
      subject('l’application France Travail', 'online'),
      subject('le service La bonne boîte', 'online', 'api'),
      subject('l’espace candidat', 'online'),
    ],
  }),
  administration({
    id: 'sante',
    name: 'Ministère de la Santé',
    kind: MINISTRY,
    phrase: 'le ministère de la Santé',
    emailDomain: 'sante.gouv.fr',
    agentWeight: 3,
    units: ['Direction du numérique des ministères sociaux', 'Direction générale de la santé'],
    subjects: [
      subject('le portail de signalement des événements sanitaires indésirables', 'online'),
      subject('le site Santé.fr', 'online', 'data'),
    ],
  }),
  administration({
    id: 'ans',
    name: 'Agence du numérique en santé',
    acronym: 'ANS',
    kind: AGENCY,
    parentId: 'sante',
    phrase: 'l’Agence du numérique en santé',
    emailDomain: 'esante.gouv.fr',
    agentWeight: 3,
    units: ['Direction de l’innovation', 'Direction des services numériques socles'],
    subjects: [
      subject('la messagerie sécurisée de santé MSSanté', 'online', 'api'),
      subject('la carte de professionnel de santé dématérialisée', 'online'),
      subject('le service Pro Santé Connect', 'api'),
    ],
  }),
  administration({
    id: 'culture',
    name: 'Ministère de la Culture',
    kind: MINISTRY,
    phrase: 'le ministère de la Culture',
    emailDomain: 'culture.gouv.fr',
    agentWeight: 3,
    units: [
      'Département du numérique',
      'Service interministériel des archives de France',
      'Direction générale des patrimoines',
    ],
    subjects: [
      subject('le portail FranceArchives', 'online', 'data'),
      subject('la base Joconde des collections des musées', 'data'),
      subject('le site culture.gouv.fr', 'online'),
    ],
  }),
  administration({
    id: 'agriculture',
    name: 'Ministère de l’Agriculture et de la Souveraineté alimentaire',
    kind: MINISTRY,
    phrase: 'le ministère de l’Agriculture',
    emailDomain: 'agriculture.gouv.fr',
    agentWeight: 3,
    sites: [
      [PLACES.paris, 0.7],
      [PLACES.toulouse, 0.3],
    ],
    units: ['Service du numérique', 'Direction générale de l’alimentation'],
    subjects: [
      subject('le portail TéléPAC', 'online'),
      subject('le système d’information de l’alimentation', 'internal', 'data'),
    ],
  }),
  administration({
    id: 'affaires-etrangeres',
    name: 'Ministère de l’Europe et des Affaires étrangères',
    kind: MINISTRY,
    phrase: 'le ministère de l’Europe et des Affaires étrangères',
    emailDomain: 'diplomatie.gouv.fr',
    agentWeight: 3,
    sites: [
      [PLACES.paris, 0.7],
      [PLACES.nantes, 0.3],
    ],
    units: [
      'Direction du numérique',
      'Direction des Français à l’étranger et de l’administration consulaire',
    ],
    subjects: [
      subject('le service France-Visas', 'online'),
      subject('le service Ariane pour les voyageurs', 'online'),
      subject('le registre des Français établis hors de France', 'data', 'internal'),
    ],
  }),
  administration({
    id: 'fonction-publique',
    name: 'Ministère de la Transformation et de la Fonction publiques',
    kind: MINISTRY,
    phrase: 'le ministère de la Transformation et de la Fonction publiques',
    emailDomain: 'fonction-publique.gouv.fr',
    agentWeight: 1,
    units: ['Cabinet', 'Mission de la transformation numérique'],
    subjects: [subject('le portail de la fonction publique', 'online')],
  }),
  administration({
    id: 'dgafp',
    name: 'Direction générale de l’administration et de la fonction publique',
    acronym: 'DGAFP',
    kind: DIRECTORATE,
    parentId: 'fonction-publique',
    phrase: 'la DGAFP',
    emailDomain: 'fonction-publique.gouv.fr',
    agentWeight: 2,
    units: [
      'Service du pilotage des politiques de ressources humaines',
      'Bureau des systèmes d’information RH',
    ],
    subjects: [
      subject('la Place de l’emploi public', 'online'),
      subject('le système d’information RH interministériel', 'internal', 'data'),
    ],
  }),
];

export const ADMINISTRATION_BY_ID: ReadonlyMap<string, AdministrationEntry> = new Map(
  ADMINISTRATIONS.map((entry) => [entry.id, entry]),
);

/** The ministry (root) an administration belongs to. */
export function rootOf(id: string): string {
  let current = ADMINISTRATION_BY_ID.get(id);
  while (current?.parentId) current = ADMINISTRATION_BY_ID.get(current.parentId);
  return current?.id ?? id;
}

/** Every administration under a ministry, the ministry included, in referential order. */
export function ministryMembers(rootId: string): string[] {
  return ADMINISTRATIONS.filter((entry) => rootOf(entry.id) === rootId).map((entry) => entry.id);
}
