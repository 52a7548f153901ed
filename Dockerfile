# One image for the API and the two built SPAs (served by `vite preview`, which also proxies /graphql to the API).
FROM node:20-bookworm-slim AS base
RUN npm i -g pnpm@10.34.8
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm turbo run codegen \
  && pnpm --filter @clientflow/admin-web --filter @clientflow/portal-web build
ENV NODE_ENV=production
