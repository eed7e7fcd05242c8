/**
 * Own texts: anyone (guest, student, teacher) imports a pasted text or a web page for themselves,
 * through the teacher's importer (article-import.ts: the same checks, preview and publishing). The
 * article's owner is the importer, so `articles.visibleTo` shows it to them alone (and, for a
 * teacher, to their classes as before); everyone else gets a 404.
 *
 * Limits, for everyone: the importer's text size; publishing at most `importsPerUser` texts an
 * hour per account and `importsPerAddress` per client address; fetching at most `fetchesPerUser`
 * / `fetchesPerAddress` web addresses an hour (auth/throttle.ts). An attempt counts when it is
 * made, refused or not, so a script cannot probe for free.
 */
import * as articleImport from './article-import';
import * as throttle from './auth/throttle';
import type { Database } from './db';
import { fetchOptions, PageRefused, valuesFromAddress } from './web-import';
import type { FetchOptions, PageRefusal } from './web-page';

type Values = articleImport.ImportValues & { address?: string };
type Preview = ReturnType<typeof articleImport.preview>;

/** An import over the hourly limit: whose limit (`user` or their `network`), of what, and how long to wait. */
export interface QuotaRefusal {
	kind: 'publish' | 'fetch';
	who: 'user' | 'network';
	limit: number;
	minutes: number;
}

/**
 * A refusal: `errors` and `message` in the request's language (the importer's checks), or, to be
 * put into words by the page ($lib/refusals.ts), `quota` (for the whole form) and `page` (why the
 * web address was not fetched).
 */
type Refused = {
	ok: false;
	status: number;
	values: Values;
	errors: Record<string, string>;
	message?: string;
	quota?: QuotaRefusal;
	page?: PageRefusal;
};

export type PreviewResult =
	{ ok: true; values: Values; message?: string; preview: Preview } | Refused;

const noValues: Values = { title: '', source: '', publishedOn: '', text: '' };

/**
 * Why `userId` at `clientAddress` may not import (`publish`) or fetch (`fetch`) now, or null.
 * Counts the attempt against both limits.
 */
export async function quotaRefusal(
	db: Database,
	kind: 'publish' | 'fetch',
	userId: number,
	clientAddress: string
): Promise<QuotaRefusal | null> {
	const [perUser, perAddress] =
		kind === 'publish'
			? [throttle.limits.importsPerUser, throttle.limits.importsPerAddress]
			: [throttle.limits.fetchesPerUser, throttle.limits.fetchesPerAddress];
	const checks = [
		{ key: `${kind}:user:${userId}`, limit: perUser, who: 'user' as const },
		{ key: `${kind}:address:${clientAddress}`, limit: perAddress, who: 'network' as const }
	];
	for (const { key, limit, who } of checks) {
		if (await throttle.consume(db, key, limit)) continue;
		const minutes = await throttle.minutesLeft(db, key, limit);
		return { kind, who, limit: limit.attempts, minutes };
	}
	return null;
}

/** The preview of a pasted text (nothing stored). */
export function previewPasted(form: FormData): PreviewResult {
	const budget = articleImport.importBudget();
	const parsed = articleImport.parseImportForm(form, budget);
	return previewOf(parsed, budget);
}

function previewOf(
	parsed: articleImport.ParsedImport,
	budget: articleImport.ImportBudget,
	extra: Partial<Values> = {}
): PreviewResult {
	const values = { ...parsed.values, ...extra };
	const message = parsed.notices.join(' ') || undefined;
	if (!parsed.ready) return { ok: false, status: 400, values, errors: parsed.errors, message };
	try {
		return { ok: true, values, message, preview: articleImport.preview(parsed.ready, budget) };
	} catch (err) {
		if (!(err instanceof articleImport.ImportTooSlow)) throw err;
		return { ok: false, status: 400, values, errors: { text: err.message } };
	}
}

/** Fetches `address` (after the fetch limits) and previews its article like a paste. */
export async function previewFromAddress(
	db: Database,
	userId: number,
	clientAddress: string,
	address: string,
	options: FetchOptions = fetchOptions()
): Promise<PreviewResult> {
	const values = { ...noValues, address: address.trim() };
	const quota = await quotaRefusal(db, 'fetch', userId, clientAddress);
	if (quota) return { ok: false, status: 429, values, errors: {}, quota };
	let fetched: articleImport.ImportValues;
	try {
		fetched = await valuesFromAddress(address, options);
	} catch (err) {
		if (!(err instanceof PageRefused)) throw err;
		return { ok: false, status: 400, values, errors: {}, page: err.refusal };
	}
	const form = new FormData();
	for (const [name, value] of Object.entries(fetched)) form.set(name, value);
	const budget = articleImport.importBudget();
	return previewOf(articleImport.parseImportForm(form, budget), budget, {
		address: values.address
	});
}

export type PublishResult = { ok: true; slug: string } | Refused;

/** Checks the text again (never trusts the preview) and stores it as `userId`'s own text. */
export async function publishOwn(
	db: Database,
	userId: number,
	clientAddress: string,
	form: FormData
): Promise<PublishResult> {
	const parsed = articleImport.parseImportForm(form);
	const address = form.get('address');
	const values = { ...parsed.values, address: typeof address === 'string' ? address : undefined };
	if (!parsed.ready) {
		const message = parsed.notices.join(' ') || undefined;
		return { ok: false, status: 400, values, errors: parsed.errors, message };
	}
	const quota = await quotaRefusal(db, 'publish', userId, clientAddress);
	if (quota) return { ok: false, status: 429, values, errors: {}, quota };
	return { ok: true, slug: await articleImport.publish(db, userId, parsed.ready) };
}
