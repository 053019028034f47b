import { z } from 'zod';

// The CSP forbids eval; zod would otherwise probe `new Function` at its first parse and the browser
// reports a violation. Imported first by main.tsx, before any module can parse.
z.config({ jitless: true });
