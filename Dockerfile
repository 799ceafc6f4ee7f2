# One image definition, one target per service: `docker build --target gateway .`
FROM node:20-bookworm-slim AS base
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
# Dev dependencies are kept: services run their TypeScript through @swc-node/register.
RUN npm ci --include=dev --ignore-scripts=false && npm cache clean --force
COPY tsconfig.json ./
COPY services services
COPY gateway gateway
COPY hub hub
COPY schema schema
# The dashboard's persisted operations (hash → text), which the gateway loads at start.
COPY client/src/gql/persisted-documents.json client/src/gql/
USER node

FROM base AS profiles
ENV PORT=4001
EXPOSE 4001
CMD ["node", "-r", "@swc-node/register", "services/profiles/src/main.ts"]

FROM base AS missions
ENV PORT=4002
EXPOSE 4002
CMD ["node", "-r", "@swc-node/register", "services/missions/src/main.ts"]

FROM base AS approvals
ENV PORT=4003
EXPOSE 4003
CMD ["node", "-r", "@swc-node/register", "services/approvals/src/main.ts"]

FROM base AS gateway
ENV PORT=4000
EXPOSE 4000
CMD ["node", "-r", "@swc-node/register", "gateway/src/main.ts"]

# One-shot job loading the demo data into DATABASE_URL (docker-compose profile "demo").
FROM base AS seed
CMD ["node", "-r", "@swc-node/register", "hub/src/seed-cli.ts"]
