/**
 * Voices and campaigns' entry (voices.html): the public campaign pages, a story's shared link, the
 * supporter's verification link, event pages, and the campaign staff's desk. Its own bundle: none of the
 * workspace's or the portal's screens.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { VoicesApp } from './VoicesApp.tsx';
import './voices.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <VoicesApp />
  </StrictMode>,
);
