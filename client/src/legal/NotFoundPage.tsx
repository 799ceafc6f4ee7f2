import { Link } from 'react-router';
import { Page } from '../common/Page';

export function NotFoundPage() {
  return (
    <Page title="Page non trouvée" lead="La page que vous cherchez est introuvable.">
      <p>
        L’adresse est peut-être erronée, ou la page a été déplacée. <Link to="/">Retour à l’accueil</Link>
      </p>
    </Page>
  );
}
