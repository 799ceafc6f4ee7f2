# Built once, run compiled. One image per process: `docker build --target gateway .` (and profiles,
# missions, approvals, migrate, seed); deploy/build-images.sh builds them all and prints their sizes.
# The build stage compiles every workspace (tsc, project references) and the dashboard (Vite) with the
# development dependencies; each image gets production dependencies only, the compiled JavaScript,
# a non-root user and nothing it writes to (read-only root filesystem).
# test/integration/compiled-build.test.ts assembles each image's /app from this file — its COPY,
# `npm ci` and CMD lines — and runs it against PostgreSQL: keep to the instructions it reads.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY services/platform/package.json services/platform/
COPY services/common/package.json services/common/
COPY services/demo/package.json services/demo/
COPY services/profiles/package.json services/profiles/
COPY services/missions/package.json services/missions/
COPY services/approvals/package.json services/approvals/
COPY gateway/package.json gateway/
COPY hub/package.json hub/
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build-base.json tsconfig.build.json ./
COPY services services
COPY gateway gateway
COPY hub hub
COPY client client
COPY schema schema
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production
# A 64 MiB young generation: live fan-out allocates short-lived objects by the thousand per event,
# and the default one promoted them into costly full collections (docs/subscriptions.md).
ENV NODE_OPTIONS=--max-semi-space-size=64
COPY package.json package-lock.json ./
COPY services/platform/package.json services/platform/
COPY services/common/package.json services/common/
COPY services/demo/package.json services/demo/
COPY services/profiles/package.json services/profiles/
COPY services/missions/package.json services/missions/
COPY services/approvals/package.json services/approvals/
COPY gateway/package.json gateway/
COPY hub/package.json hub/
COPY client/package.json client/

# Production dependencies of the workspaces an image runs, and nothing else: `npm ci -w` installs
# those workspaces' own dependencies and links the workspaces they name. Every process loads the
# compiled JavaScript through the `talents-dist` export condition of our packages (package.json).
FROM runtime AS gateway-deps
RUN npm ci --omit=dev --no-audit --no-fund -w gateway && npm cache clean --force

FROM runtime AS subgraph-deps
RUN npm ci --omit=dev --no-audit --no-fund -w services/profiles -w services/missions -w services/approvals && npm cache clean --force

# Migrations and demo data: the hub's command-line tools, which know every schema.
FROM runtime AS tools-deps
RUN npm ci --omit=dev --no-audit --no-fund -w hub && npm cache clean --force

FROM subgraph-deps AS profiles
COPY --from=build /src/services/platform/dist services/platform/dist
COPY --from=build /src/services/common/dist services/common/dist
COPY --from=build /src/services/profiles/dist services/profiles/dist
# What this image adds to the Node.js base, printed by the build (docker build --progress=plain).
RUN du -sh /app
# The node user of the base image, by number: Kubernetes can then check runAsNonRoot.
USER 1000:1000
ENV PORT=4001
EXPOSE 4001
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--conditions=talents-dist", "services/profiles/dist/main.js"]

FROM subgraph-deps AS missions
COPY --from=build /src/services/platform/dist services/platform/dist
COPY --from=build /src/services/common/dist services/common/dist
COPY --from=build /src/services/missions/dist services/missions/dist
# What this image adds to the Node.js base, printed by the build (docker build --progress=plain).
RUN du -sh /app
# The node user of the base image, by number: Kubernetes can then check runAsNonRoot.
USER 1000:1000
ENV PORT=4002
EXPOSE 4002
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--conditions=talents-dist", "services/missions/dist/main.js"]

FROM subgraph-deps AS approvals
COPY --from=build /src/services/platform/dist services/platform/dist
COPY --from=build /src/services/common/dist services/common/dist
COPY --from=build /src/services/approvals/dist services/approvals/dist
# What this image adds to the Node.js base, printed by the build (docker build --progress=plain).
RUN du -sh /app
# The node user of the base image, by number: Kubernetes can then check runAsNonRoot.
USER 1000:1000
ENV PORT=4003
EXPOSE 4003
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--conditions=talents-dist", "services/approvals/dist/main.js"]

# The gateway serves the dashboard (client/dist) and loads its persisted operations at start.
FROM gateway-deps AS gateway
COPY --from=build /src/services/platform/dist services/platform/dist
COPY --from=build /src/gateway/dist gateway/dist
COPY --from=build /src/schema schema
COPY --from=build /src/client/src/gql/persisted-documents.json client/src/gql/persisted-documents.json
COPY --from=build /src/client/dist client/dist
# What this image adds to the Node.js base, printed by the build (docker build --progress=plain).
RUN du -sh /app
# The node user of the base image, by number: Kubernetes can then check runAsNonRoot.
USER 1000:1000
ENV PORT=4000
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--conditions=talents-dist", "gateway/dist/main.js"]

# One-shot job of each release (deploy/base/migrate-job.yaml): every schema's pending migrations.
FROM tools-deps AS migrate
COPY --from=build /src/services/platform/dist services/platform/dist
COPY --from=build /src/services/common/dist services/common/dist
COPY --from=build /src/services/demo/dist services/demo/dist
COPY --from=build /src/services/profiles/dist services/profiles/dist
COPY --from=build /src/services/missions/dist services/missions/dist
COPY --from=build /src/services/approvals/dist services/approvals/dist
COPY --from=build /src/gateway/dist gateway/dist
COPY --from=build /src/hub/dist hub/dist
# What this image adds to the Node.js base, printed by the build (docker build --progress=plain).
RUN du -sh /app
# The node user of the base image, by number: Kubernetes can then check runAsNonRoot.
USER 1000:1000
CMD ["node", "--conditions=talents-dist", "hub/dist/migrate-cli.js"]

# One-shot job loading the demo data into DATABASE_URL (docker-compose profile "demo").
FROM migrate AS seed
CMD ["node", "--conditions=talents-dist", "hub/dist/seed-cli.js"]
