// First: ask for what the first screen needs while everything below is evaluated.
import { settingsKey } from './app/firstScreenCalls';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/apiClient';
import { takeEarly } from './api/earlyCalls';
import { App } from './app/App';
import { setupI18n } from './i18n/setupI18n';
import './styles/fonts.css';
import './styles/prosemirror.css';
import './styles/app.css';
import './styles/outbox.css';

const { language } = await (takeEarly<Awaited<ReturnType<typeof api.getSettings>>>(settingsKey)?.promise ?? api.getSettings({}));
await setupI18n(language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
