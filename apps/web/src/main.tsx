import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startI18n } from './i18n/i18n';
import './styles/base.css';

startI18n();
createRoot(document.getElementById('root')!).render(<App />);
