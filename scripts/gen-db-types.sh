#!/usr/bin/env bash
# Regenerates src/platform/db-types.generated.ts from the migrated schema.
# Needs a scratch PostgreSQL database: DATABASE_URL=postgres://… scripts/gen-db-types.sh
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to a scratch PostgreSQL database (it is wiped)}"
psql "$DATABASE_URL" -qc 'drop schema if exists pgboss cascade; drop schema public cascade; create schema public;'
node bin/samverkan.js migrate
npx kysely-codegen --dialect postgres --camel-case --numeric-parser number --date-parser string --out-file src/platform/db-types.generated.ts \
  --exclude-pattern 'public.kysely_*'
