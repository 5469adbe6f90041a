import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { connectHost } from './host/host';
import { App } from './ui/App';
// Mantine's styles first (spotlight and notifications after core, as their docs ask), ours last.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './ui/styles.css';

const api = await connectHost();
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
);
