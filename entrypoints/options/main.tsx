import { createRoot } from 'react-dom/client';
import { Options } from './options';
import '../sidepanel/style.css';

createRoot(document.getElementById('root')!).render(<Options />);
