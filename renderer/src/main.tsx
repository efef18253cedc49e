import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (!container) throw new Error('Newsdesk: #root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <p>Newsdesk</p>
  </StrictMode>,
);
