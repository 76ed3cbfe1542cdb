/**
 * The portal's entry (portal.html): the visit's language is loaded first, so the first thing drawn is
 * already in English or Spanish, then the shell mounts. Screens load when first opened (PortalApp).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from './i18n.ts';
import { PortalApp } from './PortalApp.tsx';
import './portal.css';

const root = createRoot(document.getElementById('root')!);
startI18n().then(
  () =>
    root.render(
      <StrictMode>
        <PortalApp />
      </StrictMode>,
    ),
  () => {
    // The language chunk could not be fetched (offline): nothing can be said in the person's words, so both.
    document.getElementById('root')!.textContent =
      'Pathways could not load. Check your connection and reload the page. / Pathways no pudo cargar. Revise su conexión y vuelva a cargar la página.';
  },
);
