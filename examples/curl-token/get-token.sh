#!/bin/sh
# Gets an access token from Chaman's token endpoint with curl and openssl only (docs/tokens.md):
#   ISSUER=http://localhost:3000 CLIENT_ID=<clientId> KEY=key.pem CERT=cert.pem [SCOPE=scope:demo:consult] examples/curl-token/get-token.sh
# KEY is the RSA private key of CERT, a certificate registered on the REST account (or on the intermediary's own
# account under an accepted delegation). Prints the token endpoint's JSON answer.
set -eu
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
KID=$(openssl x509 -in "$CERT" -outform DER | openssl dgst -sha256 -binary | b64url)
NOW=$(date +%s)
HEADER=$(printf '{"alg":"RS256","typ":"JWT","kid":"%s"}' "$KID" | b64url)
CLAIMS=$(printf '{"iss":"%s","sub":"%s","aud":"%s/oauth/token","jti":"%s","iat":%d,"exp":%d}' \
  "$CLIENT_ID" "$CLIENT_ID" "$ISSUER" "$(openssl rand -hex 16)" "$NOW" "$((NOW + 120))" | b64url)
SIGNATURE=$(printf '%s.%s' "$HEADER" "$CLAIMS" | openssl dgst -sha256 -sign "$KEY" -binary | b64url)
curl -s -X POST "$ISSUER/oauth/token" \
  --data-urlencode grant_type=client_credentials \
  --data-urlencode client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer \
  --data-urlencode "client_assertion=$HEADER.$CLAIMS.$SIGNATURE" \
  ${SCOPE:+--data-urlencode "scope=$SCOPE"}
