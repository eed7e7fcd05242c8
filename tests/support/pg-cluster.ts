/**
 * A throwaway PostgreSQL cluster for fault tests: `initdb` into a temporary folder, started on a
 * free port with its socket in that folder, so the machine's own server is never touched. The
 * server refuses to run as root, so when we are root (CI) its commands run as the `postgres` user.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
	url: string;
	/** Fast shutdown (connections are cut, as when an operator stops the server); waits until down. */
	stop(): Promise<void>;
	/** Starts and waits until it accepts connections. */
	start(): Promise<void>;
	destroy(): Promise<void>;
}

/** The folder holding initdb and pg_ctl, or a reason why a cluster cannot be made here. */
export function findPostgresTools(): { bin: string } | { reason: string } {
	const candidates = [
		...(process.env.PATH ?? '').split(':'),
		...(existsSync('/usr/lib/postgresql')
			? readdirSync('/usr/lib/postgresql')
					.sort()
					.reverse()
					.map((v) => `/usr/lib/postgresql/${v}/bin`)
			: [])
	];
	const bin = candidates.find(
		(dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))
	);
	if (!bin) return { reason: 'initdb and pg_ctl were not found (PATH, /usr/lib/postgresql/*/bin)' };
	if (process.getuid?.() === 0) {
		try {
			execFileSync('id', ['postgres'], { stdio: 'ignore' });
		} catch {
			return { reason: 'running as root and there is no postgres user to run the server as' };
		}
	}
	return { bin };
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export async function createCluster(bin: string): Promise<Cluster> {
	const dir = mkdtempSync(join(tmpdir(), 'bacaan-pg-'));
	const asRoot = process.getuid?.() === 0;
	if (asRoot) {
		const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
		chownSync(dir, uid, gid);
	}
	// Asynchronous, so that the test's clients keep running while the server stops and starts.
	const run = async (tool: string, args: string[]) => {
		const command = join(bin, tool);
		const [file, argv] = asRoot
			? ['runuser', ['-u', 'postgres', '--', command, ...args]]
			: [command, args];
		await promisify(execFile)(file, argv, { cwd: dir, timeout: 60_000 });
	};
	const data = join(dir, 'data');
	await run('initdb', [
		'-D',
		data,
		'-U',
		'postgres',
		'--auth=trust',
		'-N',
		'-E',
		'UTF8',
		'--no-locale'
	]);
	const port = await freePort();
	const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
	const cluster: Cluster = {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		start: () => run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']),
		stop: () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
		destroy: async () => {
			await cluster.stop().catch(() => {}); // already stopped
			rmSync(dir, { recursive: true, force: true });
		}
	};
	await cluster.start();
	return cluster;
}
