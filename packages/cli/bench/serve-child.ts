/**
 * The real `pathways serve` in a child process on a free loopback port, over the SQLite file given (which
 * it seeds with the demo when it is empty), for the benchmarks that load it from outside.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { repositoryRoot } from '../src/io/repository.ts';

export interface ServeChild {
  base: string;
  /** The command, with placeholders for the database and the port, as the report prints it. */
  command: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the server says it is running; `startSeconds` bounds the wait (seeding the demo takes a while). */
export async function startServeChild(sqlitePath: string, startSeconds: number): Promise<ServeChild> {
  const port = await freePort();
  const args = ['packages/cli/bin/pathways.js', 'serve', '--port', String(port), '--host', '127.0.0.1'];
  const env: NodeJS.ProcessEnv = { ...process.env, PATHWAYS_SQLITE: sqlitePath };
  delete env.DATABASE_URL; // SQLite, whatever the shell says
  const child = spawn(process.execPath, args, { cwd: repositoryRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`pathways serve did not start in ${startSeconds} s: ${stderr.slice(-2000)}`)),
      startSeconds * 1000,
    );
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (stderr.includes('Pathways is running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pathways serve exited (${code}): ${stderr.slice(-2000)}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    command: `PATHWAYS_SQLITE=DB node ${args.join(' ').replace(String(port), 'PORT')}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
