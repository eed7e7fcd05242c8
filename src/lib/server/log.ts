/**
 * What an error log line may say. Drizzle's query errors carry the statement and its parameters
 * (an email, a password hash, a typed answer) in `message`, `stack` and `params`; postgres.js adds
 * `parameters` and `args`. We log the statement text, the driver's message and code, and the
 * stack frames — never the values.
 */
export function describeForLog(err: unknown): string {
	if (!(err instanceof Error)) return `non-error thrown: ${typeof err}`;
	const e = err as Error & { query?: unknown; code?: unknown; cause?: unknown };
	const frames = (e.stack ?? '')
		.split('\n')
		.filter((line) => /^\s+at /.test(line))
		.join('\n');
	const query = typeof e.query === 'string' ? e.query : undefined;
	const cause = e.cause instanceof Error ? (e.cause as Error & { code?: unknown }) : undefined;
	const head = query
		? `${e.name}: query failed: ${oneLine(query)}`
		: `${e.name}: ${oneLine(stripParams(e.message))}`;
	const code = cause?.code ?? e.code;
	const because = cause ? ` (${cause.name}: ${oneLine(stripParams(cause.message))})` : '';
	return `${head}${because}${typeof code === 'string' ? ` [${code}]` : ''}${frames ? `\n${frames}` : ''}`;
}

/** Drizzle's "Failed query: …\nparams: …" shape, in case it reaches us without `query` set. */
function stripParams(message: string): string {
	return message.replace(/\nparams:[\s\S]*$/, '');
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
