// What other features may use of this one.
export { meKey, useMyEnterprise } from './api/me';
