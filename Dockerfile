# syntax=docker/dockerfile:1
# The module's image: Next's standalone output with the module's own server (npm run build assembles it in
# .next/standalone), run by a non-root user. compose.yaml runs two of these behind nginx; README, "Deploying".

FROM node:20-bookworm-slim AS build
WORKDIR /src
# Not `npm ci`: see .ci/run (the lock file cannot list every platform's build of Next's compiler).
COPY package.json package-lock.json ./
# Scripts wait for the sources: the build's prebuild step copies the certificate fonts.
RUN npm install --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /src/.next/standalone ./
# Where a single instance keeps the key it makes for itself (several instances are given one instead).
RUN mkdir -p data && chown node:node data
USER node
EXPOSE 3000
# Ready: the key is loaded and Redis answers (when configured); see lib/server/health.ts.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM (docker stop) lets it finish the requests in flight: SHUTDOWN_GRACE_SECONDS, 10 by default.
STOPSIGNAL SIGTERM
CMD ["node", ".next/friend-request-server.mjs"]
