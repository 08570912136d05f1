/** The roles an enterprise can hold towards social security (no decorators here: the web imports it, `@chaman/contracts/quality`). */
export enum Quality {
  EMPLOYER = 'EMPLOYER',
  CPAS = 'CPAS',
  SOCIAL_SECRETARIAT = 'SOCIAL_SECRETARIAT',
  SERVICE_PROVIDER = 'SERVICE_PROVIDER',
  TECHNICAL_INTERMEDIARY = 'TECHNICAL_INTERMEDIARY',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
}
