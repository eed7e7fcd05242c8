/** A unique constraint refused the row. The code arrives on the driver's error or, wrapped by Drizzle, on its `cause`. */
export function isUniqueViolation(err: unknown): boolean {
	return causes(err).some((e) => e.code === '23505');
}

/**
 * Codes that mean "the database is not there right now", not "this request is wrong": the server
 * refused or dropped the connection (postgres.js and Node codes), is shutting down or starting up
 * (57P01–57P03), a connection exception (class 08), too many connections (53300), or it cannot
 * write (disk full 53100, read-only 25006, Node's ENOSPC/EROFS from the embedded database).
 */
const unavailableCodes = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'EHOSTUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN',
	'CONNECT_TIMEOUT',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'57P01',
	'57P02',
	'57P03',
	'53300',
	'53100',
	'25006',
	'ENOSPC',
	'EROFS'
]);

/** True when the error (or one it wraps) says the database is unreachable or cannot write: answer 503. */
export function isDatabaseUnavailable(err: unknown): boolean {
	return causes(err).some(
		(e) => typeof e.code === 'string' && (unavailableCodes.has(e.code) || e.code.startsWith('08'))
	);
}

type CodedError = { code?: unknown; errno?: unknown; cause?: unknown };

/** The error and the chain of `cause`s under it (Drizzle wraps the driver's error), at most 5 deep. */
function causes(err: unknown): { code?: unknown }[] {
	const chain: CodedError[] = [];
	let current = err as CodedError | undefined;
	while (current && typeof current === 'object' && chain.length < 5) {
		chain.push(current);
		current = current.cause as CodedError | undefined;
	}
	return chain;
}
