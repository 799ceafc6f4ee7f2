/**
 * The clauses every mission agreement carries (the programme's terms, from its launch
 * announcement): the agent stays an agent of their home administration, paid by it; the mission
 * costs the host nothing in salary; what is produced belongs to the host administration.
 */
export const AGREEMENT_CLAUSES: ReadonlyArray<{ title: string; text: string }> = [
  {
    title: 'Objet',
    text:
      'La présente convention organise la participation de l’agent à une mission numérique de l’administration ' +
      'd’accueil, sur une partie de son temps de travail libérée par son administration d’origine, dans le cadre ' +
      'du programme « Partagez vos talents numériques ».',
  },
  {
    title: 'Situation de l’agent',
    text:
      'L’agent reste placé sous l’autorité de son administration d’origine, qui continue de le rémunérer et de ' +
      'gérer sa situation administrative. La mission ne crée aucun lien de subordination avec l’administration ' +
      'd’accueil au-delà de l’organisation du travail de la mission.',
  },
  {
    title: 'Temps consacré',
    text:
      'Le nombre d’heures et la période figurent en tête de la convention. Toute modification fait l’objet ' +
      'd’une nouvelle version, que les trois parties prennent en compte à nouveau.',
  },
  {
    title: 'Frais',
    text:
      'Les frais de déplacement éventuels sont pris en charge par l’administration d’accueil selon ses règles, ' +
      'sauf accord contraire écrit entre les parties.',
  },
  {
    title: 'Confidentialité',
    text:
      'L’agent respecte la confidentialité des informations dont il a connaissance au cours de la mission, ' +
      'pendant et après celle-ci, ainsi que les règles de sécurité des systèmes d’information de l’administration ' +
      'd’accueil.',
  },
  {
    title: 'Propriété intellectuelle',
    text:
      'Les productions réalisées pendant la mission appartiennent à l’administration d’accueil. Les logiciels ' +
      'produits ont vocation à être publiés sous licence libre, conformément à la politique de l’État en matière ' +
      'de codes sources.',
  },
  {
    title: 'Fin de la mission',
    text:
      'La mission prend fin à la date prévue ou, avant, d’un commun accord ou à la demande d’une des parties ' +
      'avec un préavis raisonnable. L’administration d’accueil atteste des heures effectuées.',
  },
];
