# syntax=docker/dockerfile:1
# creatorgraph API image. Build: `docker build -t creatorgraph .`; guide: docs/deploy.md.
#   server:     docker run … creatorgraph                                  (node apps/server/dist/main.js)
#   migrations: docker run --rm … creatorgraph node apps/server/dist/migrate.js
#   admin CLI:  docker run --rm … creatorgraph node apps/server/dist/admin.js help
# Both stages use the same Node release and Debian (bookworm), so better-sqlite3's native module built in
# the first stage loads in the second (glibc; an Alpine runtime would need musl builds).
ARG NODE_VERSION=20.20

FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
# Manifests first: the dependency layer is reused until package-lock.json or a package.json changes.
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY packages/sdk/package.json packages/sdk/
COPY apps/server/package.json apps/server/
COPY apps/cli/package.json apps/cli/
COPY test/package.json test/
RUN npm ci
COPY tsconfig.base.json ./
COPY packages/core packages/core
COPY packages/sdk packages/sdk
COPY apps/server apps/server
# The server and the workspace it depends on, in dependency order (what `npm start` builds through turbo).
RUN npm run build -w @creatorgraph/core && npm run build -w @creatorgraph/server
RUN npm prune --omit=dev
# Gather only what runs: manifests, compiled code, production node_modules (workspace packages are
# symlinks in node_modules/@creatorgraph, kept as such), and the SDK's trusted-documents manifest that the
# server reads at start (apps/server/src/http/trusted-documents.ts).
RUN set -eu; mkdir -p /out; \
    cp -a package.json package-lock.json node_modules /out/; \
    for ws in packages/core apps/server; do \
      mkdir -p "/out/$ws"; cp -a "$ws/package.json" "$ws/dist" "/out/$ws/"; \
      if [ -d "$ws/node_modules" ]; then cp -a "$ws/node_modules" "/out/$ws/"; fi; \
    done; \
    mkdir -p /out/packages/sdk/src/__generated__; \
    cp -a packages/sdk/package.json /out/packages/sdk/; \
    cp -a packages/sdk/src/__generated__/persisted-documents.json /out/packages/sdk/src/__generated__/

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production PROFILE=production PORT=4000
WORKDIR /app
# Owned by root and read-only to the process: the server never writes its own code.
COPY --from=build /out/ /app/
# The image's unprivileged user (uid 1000). /app/data is only for a SQLite file (single instance, no
# PostgreSQL): mount a volume there if you use one.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000
# /health says the process answers; the load balancer asks /ready (dependencies, draining).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1 (no npm or shell in between): SIGTERM from `docker stop` reaches the server, which
# drains for DRAIN_TIMEOUT_MS; give the container a longer stop timeout (compose: stop_grace_period).
STOPSIGNAL SIGTERM
CMD ["node", "apps/server/dist/main.js"]
