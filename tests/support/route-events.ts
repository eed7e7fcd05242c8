/**
 * Calling route modules (loads, form actions, endpoints) directly in database tests: a request
 * event with just what our routes use, and `outcome()` to turn what they return or throw (data,
 * an ActionFailure, a redirect, an HttpError, a Response) into a status to assert on.
 */
import { isActionFailure, isHttpError, isRedirect, type Cookies } from '@sveltejs/kit';
import type { SessionUser } from '../../src/lib/server/auth/session';
import type { Database } from '../../src/lib/server/db';

export interface EventOptions {
	user?: SessionUser | null;
	params?: Record<string, string>;
	/** Path and query, e.g. '/teacher/classes/1?/assign'. */
	path: string;
	method?: string;
	/** Form fields (repeat a name with an array), or a raw body with `contentType`. */
	form?: Record<string, string | string[]>;
	body?: string;
	contentType?: string;
}

export function routeEvent(db: Database, options: EventOptions) {
	const url = new URL(options.path, 'http://localhost:3000');
	const method = options.method ?? (options.form || options.body !== undefined ? 'POST' : 'GET');
	let body: BodyInit | undefined;
	const headers = new Headers({ origin: url.origin });
	if (options.form) {
		const data = new FormData();
		for (const [k, v] of Object.entries(options.form))
			for (const x of [v].flat()) data.append(k, x);
		body = data;
	} else if (options.body !== undefined) {
		body = options.body;
		headers.set('content-type', options.contentType ?? 'application/x-www-form-urlencoded');
	}
	const jar = new Map<string, string>();
	const cookies = {
		get: (name: string) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void jar.set(name, value),
		delete: (name: string) => void jar.delete(name),
		serialize: () => ''
	} as unknown as Cookies;
	return {
		locals: { db, user: options.user ?? null, session: null } as App.Locals,
		params: options.params ?? {},
		url,
		request: new Request(url, { method, body, headers }),
		cookies,
		route: { id: null },
		isDataRequest: false,
		isSubRequest: false,
		setHeaders: () => {},
		getClientAddress: () => '127.0.0.1',
		fetch,
		platform: undefined,
		tracing: { enabled: false, root: {}, current: {} },
		isRemoteRequest: false
	};
}

export interface Outcome {
	status: number;
	location?: string;
	message?: string;
	data?: unknown;
}

/** Runs a load, action or endpoint and reports what a browser would get. Anything else thrown is a 500 and fails the test. */
export async function outcome(run: () => unknown): Promise<Outcome> {
	try {
		const result = await run();
		if (result instanceof Response) return { status: result.status, data: await result.text() };
		if (isActionFailure(result))
			return { status: result.status, data: result.data, message: messageOf(result.data) };
		return { status: 200, data: result };
	} catch (err) {
		if (isRedirect(err)) return { status: err.status, location: err.location };
		if (isHttpError(err)) return { status: err.status, message: err.body.message };
		throw err;
	}
}

/** The first message-like string in an action's failure data (`message`, `error`, or a field error). */
function messageOf(data: unknown): string | undefined {
	if (!data || typeof data !== 'object') return undefined;
	const d = data as Record<string, unknown>;
	for (const key of ['message', 'error']) if (typeof d[key] === 'string') return d[key] as string;
	for (const nested of [d.errors, (d.assign as Record<string, unknown> | undefined)?.errors]) {
		const first =
			nested && typeof nested === 'object'
				? Object.values(nested).find((v) => typeof v === 'string')
				: undefined;
		if (first) return first as string;
	}
	return undefined;
}
