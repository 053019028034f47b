/** Compiles the server into node_modules/.cache/samverkan/<hash of the output> and returns the CLI's file URL. */
export function compileServer(): Promise<string>;
