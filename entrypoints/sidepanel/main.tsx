import { createRoot } from 'react-dom/client';
import { App } from './app';
import './style.css';

// When the panel's code starts to run (its modules loaded): `npm run bench:e2e` splits the cached
// click's time at this mark into Chrome opening the panel and the panel's own work.
performance.mark('parallax:panel-script');
createRoot(document.getElementById('root')!).render(<App />);
