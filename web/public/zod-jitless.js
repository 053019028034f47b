// The CSP forbids eval. zod decides at schema construction, when modules load, whether it may
// compile parsers with `new Function`, and probing that is itself a CSP violation. This classic
// script runs before any module, so zod reads `jitless` from its global config at creation.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
