import '@codegouvfr/react-dsfr/main.css';
import './dashboard.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import faviconUrl from '@codegouvfr/react-dsfr/favicon/favicon.svg?url';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link } from 'react-router';
import { createDashboardClient } from './apollo';
import { App } from './App';
import { DashboardClientProvider } from './dashboard-client';

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

startReactDsfr({ defaultColorScheme: 'system', Link });

const icon = document.getElementById('favicon');
if (icon instanceof HTMLLinkElement) {
  icon.type = 'image/svg+xml';
  icon.href = faviconUrl;
}

const root = document.getElementById('root');
if (!root) throw new Error('élément #root introuvable');
createRoot(root).render(
  <StrictMode>
    <DashboardClientProvider client={createDashboardClient()}>
      {/* Without transitions, a screen whose script is still on its way shows its French loading
          state (common/lazy.tsx) instead of leaving the previous screen up with no sign of waiting. */}
      <BrowserRouter useTransitions={false}>
        <App />
      </BrowserRouter>
    </DashboardClientProvider>
  </StrictMode>,
);
