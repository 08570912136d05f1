/** What an integrator copies to try the account: the example program of the repository, filled in for this account. */
export function clientExample(issuer: string, clientId: string): string {
  return [
    `CHAMAN_ISSUER=${issuer} CLIENT_ID=${clientId} \\`,
    '  PRIVATE_KEY_FILE=key.pem CERTIFICATE_FILE=cert.pem \\',
    '  node examples/rest-client/src/main.ts',
  ].join('\n');
}
