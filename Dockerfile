# syntax=docker/dockerfile:1.7
# One image for the six services, the LLM simulator and the migrations; the command picks which:
#   docker run IMAGE apps/generator/src/main.js          a service (ENTRYPOINT is node)
#   docker run IMAGE apps/llm-simulator/src/main.js --host 0.0.0.0 --port 18090
#   docker run --entrypoint sh IMAGE -ec 'for s in ingester generator; do node apps/$s/src/migrate.js; done'
#
# Why compiled JavaScript and not `node -r @swc-node/register …` as in development: @swc-node/register and
# @swc/core are devDependencies (a native compiler, ~60 MB) and would transpile every file at each start.
# The build stage compiles apps/*/src and libs/*/src with the same @swc/core and .swcrc (legacy decorators
# and decorator metadata, which Nest's DI and TypeORM need), rewriting the @content-pipeline/* path aliases
# of tsconfig.base.json into relative requires; the runtime stage holds that JavaScript and
# `npm ci --omit=dev` only. scripts/check-deploy.sh runs the same compile step outside Docker and checks that
# every require resolves with production dependencies alone.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- all dependencies, to compile --------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.base.json .swcrc ./
COPY apps ./apps
COPY libs ./libs
# BEGIN compile-js (scripts/check-deploy.sh extracts and runs this script; keep the markers)
RUN node - dist <<'COMPILE'
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const root = process.cwd();
const outDir = path.resolve(root, process.argv[2]);
const { paths } = JSON.parse(fs.readFileSync('tsconfig.base.json', 'utf8')).compilerOptions;
const { $schema, ...swcrc } = JSON.parse(fs.readFileSync('.swcrc', 'utf8'));
// Tests, the e2e app and the testing library never ship; the console's page is built by Vite below, its tools and
// browser-test config are development-only.
const excluded =
  /\.spec\.ts$|\.d\.ts$|\/test\/|^libs\/testing\/|^apps\/pipeline-e2e\/|^apps\/console\/(web|tools)\/|playwright\.config\.ts$/;

function* typescriptFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(file);
    else if (entry.name.endsWith('.ts')) yield file;
  }
}

let compiled = 0;
for (const top of ['apps', 'libs']) {
  for (const file of typescriptFiles(top)) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (excluded.test(relative)) continue;
    const target = path.join(outDir, relative.replace(/\.ts$/, '.js'));
    const { code, map } = swc.transformFileSync(file, {
      ...swcrc,
      swcrc: false,
      filename: file,
      outputPath: target,
      sourceMaps: true,
      jsc: { ...swcrc.jsc, baseUrl: root, paths },
    });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    fs.writeFileSync(`${target}.map`, map);
    compiled += 1;
  }
}
console.log(`compiled ${compiled} files into ${outDir}`);
COMPILE
# END compile-js
# The review console's page, served by the console from apps/console/web/dist.
RUN npx vite build --config apps/console/web/vite.config.mts --outDir /src/dist/apps/console/web/dist

# --- production dependencies only --------------------------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /src
COPY package.json package-lock.json ./
# No dependency in "dependencies" needs an install script.
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# --- runtime -----------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
LABEL org.opencontainers.image.title="content-pipeline" \
      org.opencontainers.image.description="Content pipeline services, LLM simulator and migrations" \
      org.opencontainers.image.licenses="Apache-2.0"
ENV NODE_ENV=production
WORKDIR /app
# Owned by root, not writable by the service user: the container can run with a read-only root filesystem.
COPY package.json ./
COPY --from=prod-deps /src/node_modules ./node_modules
COPY --from=build /src/dist ./
# The base image's unprivileged user (uid/gid 1000); numeric so runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 3001 3002 3003 3004 3005 3006 3007 18090
ENTRYPOINT ["node", "--enable-source-maps"]
CMD ["apps/ingester/src/main.js"]
