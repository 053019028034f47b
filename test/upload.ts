import type { App } from '../src/platform/http.ts';

/** A multipart field: text, or a file with its name. */
export type FormPart =
  { name: string; value: string } | { name: string; data: Buffer; filename: string; type?: string };

/** Posts a real multipart/form-data body, encoded by the platform's own FormData. */
export async function postForm(app: App, options: { url: string; cookie?: string; parts: FormPart[] }) {
  const body = new FormData();
  for (const part of options.parts) {
    if ('value' in part) body.append(part.name, part.value);
    else body.append(part.name, new Blob([new Uint8Array(part.data)], { type: part.type ?? '' }), part.filename);
  }
  const request = new Request('http://localhost', { method: 'POST', body });
  return app.inject({
    method: 'POST',
    url: options.url,
    payload: Buffer.from(await request.arrayBuffer()),
    headers: {
      ...(options.cookie ? { cookie: options.cookie } : {}),
      'content-type': request.headers.get('content-type')!,
    },
  });
}
