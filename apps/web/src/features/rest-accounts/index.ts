// What other features may use of this one.
export { scopesFrom, useEnterpriseRestAccounts, useRestAccount } from './api/rest-accounts';
export { scopesField } from './api/scopes-field';
export { RestAccountsSection } from './components/rest-accounts-section';
