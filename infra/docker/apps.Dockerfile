# syntax=docker/dockerfile:1
#
# One image for both Next.js apps (production builds of admin and storefront); the Deployment picks
# the app by its command:
#   node node_modules/next/dist/bin/next start apps/admin --port 3000
#   node node_modules/next/dist/bin/next start apps/storefront --port 3000
#
# Build from the repository root:
#   docker build -f infra/docker/apps.Dockerfile -t <registry>/ucos/apps:<version> .
#
# Stages: `build` installs everything and runs `next build` for both apps, then drops
# devDependencies; `runtime` is Node slim with the builds, run as the image's unprivileged `node`
# user (uid 1000). Next's runtime cache (.next/cache) is an emptyDir in the pod: the root
# filesystem is read-only.

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV npm_config_fund=false \
    npm_config_audit=false \
    npm_config_update_notifier=false \
    CHECKPOINT_DISABLE=1 \
    NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm ci \
 && npm run build --workspace @ucos/admin \
 && npm run build --workspace @ucos/storefront \
 && npm prune --omit=dev \
 && npm cache clean --force \
 && rm -rf apps/admin/.next/cache apps/storefront/.next/cache

FROM ${NODE_IMAGE} AS runtime
COPY --from=build --chown=root:root /app /app
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
USER 1000:1000
EXPOSE 3000
STOPSIGNAL SIGTERM
CMD ["node", "node_modules/next/dist/bin/next", "start", "apps/storefront", "--port", "3000"]
