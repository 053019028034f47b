import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { i18nReady } from './lib/i18n.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './app/app.tsx';

await i18nReady;
const app = createApp();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App {...app} />
  </StrictMode>,
);
