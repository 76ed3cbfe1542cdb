/**
 * The policy lab's entry (lab.html, served at /lab/): public, no sign-in. Its own bundle: it loads the
 * law engine and the simulator, which the workspace and the portal never do, and none of their screens.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LabApp } from './LabApp.tsx';
import './lab.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LabApp />
  </StrictMode>,
);
