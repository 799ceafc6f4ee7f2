import { Link } from 'react-router';
import { Page } from '../common/Page';

export function LegalNoticePage() {
  return (
    <Page title="Mentions légales">
      <h2>Éditeur</h2>
      <p>
        Direction interministérielle du numérique (DINUM), programme « Partagez vos talents numériques »
        <br />
        20 avenue de Ségur, 75007 Paris
      </p>
      <h2>Directeur de la publication</h2>
      <p>Le directeur interministériel du numérique.</p>
      <h2>Hébergement</h2>
      <p>
        L’hébergeur du service sera indiqué ici lors de sa mise en production. L’instance que vous consultez
        peut être une instance de démonstration, sans données réelles.
      </p>
      <h2>Accessibilité</h2>
      <p>
        Le service est <strong>non conforme</strong> au RGAA : voir la{' '}
        <Link to="/accessibilite">déclaration d’accessibilité</Link>.
      </p>
      <h2>Réutilisation</h2>
      <p>
        Le code source du hub est publié sous licence MIT. Le Système de design de l’État et la Marianne sont
        réservés aux sites de l’État.
      </p>
    </Page>
  );
}
