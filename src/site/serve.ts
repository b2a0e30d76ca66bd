// The local preview: a small HTTP server on 127.0.0.1 that serves the section
// from memory (nothing is written to disk) and swaps in a new build when a file
// of the workspace changes.
import { createServer, type Server } from 'node:http';
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path/posix';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export type SiteFiles = ReadonlyMap<string, string | Uint8Array>;

export interface Preview {
  readonly url: string;
  replace(files: SiteFiles): void;
  close(): Promise<void>;
}

/** The file a request path names: «/» and folders mean their index.html; nothing outside the section. */
export function resolveRequest(files: SiteFiles, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  const normal = path.normalize(`/${decoded}`).slice(1);
  const candidates = normal === '' || normal.endsWith('/') ? [`${normal}index.html`] : [normal, `${normal}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

export async function startPreview(initial: SiteFiles, port: number): Promise<Preview> {
  let files = initial;
  const server: Server = createServer((request, response) => {
    const name = request.method === 'GET' || request.method === 'HEAD' ? resolveRequest(files, request.url ?? '/') : undefined;
    if (name === undefined && request.url === '/favicon.ico') {
      // browsers ask for it on their own; the school site has its own icon
      response.writeHead(204).end();
      return;
    }
    if (name === undefined) {
      response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Не найдено\n');
      return;
    }
    const body = files.get(name)!;
    response.writeHead(200, {
      'content-type': types[path.extname(name)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      // a failing connection is the browser's business; it never ends the preview
      server.on('error', () => undefined);
      server.on('clientError', (_error, socket) => socket.destroy());
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    replace: (next) => {
      files = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Calls `onChange` once a burst of changes under the folders has settled. */
export function watchFolders(folders: readonly string[], onChange: () => void, settleMs = 150): () => void {
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, settleMs);
  };
  const watchers: FSWatcher[] = [];
  for (const folder of folders) {
    try {
      const watcher = watch(folder, { recursive: true }, fire);
      // a folder removed while watched says so as an error event, which unhandled would end the preview
      watcher.on('error', () => watcher.close());
      watchers.push(watcher);
    } catch {
      // a folder that does not exist has nothing to watch
    }
  }
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
