import { createRoot } from 'react-dom/client';
import { Options } from './options';
import '../sidepanel/style.css';
import './options.css';

createRoot(document.getElementById('root')!).render(<Options />);
