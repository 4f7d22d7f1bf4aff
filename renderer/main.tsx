import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/apiClient';
import { App } from './app/App';
import { setupI18n } from './i18n/setupI18n';
import './styles/fonts.css';
import './styles/prosemirror.css';
import './styles/app.css';
import './styles/outbox.css';

const { language } = await api.getSettings({});
await setupI18n(language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
