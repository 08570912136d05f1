// What other features may use of this one.
export { lastUsedById, toTheMinute } from './api/last-used';
export { useTokenUsage } from './api/tokens';
export { TokenAccessSection } from './components/token-access-section';
