// What other features may use of this one.
export { meKey, useDelegableQualities, useMyEnterprise } from './api/me';
