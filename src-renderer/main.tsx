import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { connectHost } from './host/host';
import { App } from './ui/App';
import './ui/styles.css';

const api = await connectHost();
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
);
