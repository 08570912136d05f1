// What other features may use of this one.
export { useSession } from './api/session';
export { WelcomePage } from './routes/welcome-page';
