import { afterAll } from 'vitest';
import { stopSmtpServers } from './smtp.ts';

// Run before each test file of the server project (vitest's setupFiles). Its files share one module graph per worker
// (isolate: false), so a helper's hook registered when the helper is first imported would serve only the first file
// that imports it: such hooks are registered here, for every file.
afterAll(stopSmtpServers);
