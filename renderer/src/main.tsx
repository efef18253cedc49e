import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerFigureView } from './editor/figure/register-figure-view';
import { registerRelatedNewsView } from './editor/related/register-related-news-view';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/article.css';
import './styles/body.css';
import './styles/figure.css';
import './styles/related-news.css';

registerRelatedNewsView();

registerFigureView();

const container = document.getElementById('root');
if (!container) throw new Error('Newsdesk: #root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
