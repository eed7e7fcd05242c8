/**
 * The words for what server modules refuse as codes (import from a web address, the hourly import
 * limits, the reader's lookups, the offline outbox), in the interface language: the modules
 * return a code with its details, the route turns it into a message here, so nothing below the
 * routes needs to know the request's language. Server-only (it reads limits from $lib/server);
 * `m` answers in the request's language there.
 */
import { formatNumber } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import type { QuotaRefusal } from '$lib/server/library';
import { maxItemsPerSync, type ItemResult, type SyncError } from '$lib/server/offline-sync';
import { maxLookupsPerBatch, type LookupsError } from '$lib/server/reviews';
import type { PageRefusal, Unreachable } from '$lib/server/web-page';

/** ipaddr.js's range names (and our own `metadata`, `unparsable`) that have words of their own. */
const ranges: Record<string, () => string> = {
	loopback: m.import_refused_loopback,
	private: m.import_refused_private,
	uniqueLocal: m.import_refused_private,
	linkLocal: m.import_refused_link_local,
	unspecified: m.import_refused_unspecified,
	carrierGradeNat: m.import_refused_provider,
	broadcast: m.import_refused_broadcast,
	multicast: m.import_refused_multicast,
	metadata: m.import_refused_metadata,
	unparsable: m.import_refused_unparsable
};

const unreachable: Record<Unreachable, () => string> = {
	refused: m.import_unreachable_refused,
	'no-such-site': m.import_unreachable_no_site,
	cut: m.import_unreachable_cut,
	certificate: m.import_unreachable_certificate,
	failed: m.import_unreachable_failed
};

const megabytes = (bytes: number) =>
	`${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;

type Says<R extends { code: string }> = {
	[C in R['code']]: (refusal: Extract<R, { code: C }>) => string;
};

const pageRefusals: Says<PageRefusal> = {
	'not-public': ({ range }) =>
		`${(ranges[range] ?? (() => m.import_refused_reserved({ range })))()} ${m.import_refused_public_only()}`,
	'address-empty': () => m.import_refused_empty(),
	'address-too-long': ({ max }) => m.import_refused_too_long({ max: formatNumber(max) }),
	'address-malformed': () => m.import_refused_malformed(),
	'address-scheme': ({ scheme }) => m.import_refused_scheme({ scheme }),
	'address-credentials': () => m.import_refused_credentials(),
	'address-no-host': () => m.import_refused_no_host(),
	'host-unknown': ({ host }) => m.import_refused_host_unknown({ host }),
	'too-many-redirects': ({ max }) => m.import_refused_redirects({ max }),
	// The site's own reason phrase ("Not Found") is English: only the English message quotes it.
	'http-status': ({ status, reason }) =>
		m.import_refused_status({ status, reason: reason ? ` (${reason})` : '' }),
	pdf: () => m.import_refused_pdf(),
	'no-type': () => m.import_refused_no_type(),
	'not-html': ({ type }) => m.import_refused_not_html({ type }),
	'too-large': ({ max, size }) =>
		size === undefined
			? m.import_refused_too_large({ max: megabytes(max) })
			: m.import_refused_too_large_size({ size: megabytes(size), max: megabytes(max) }),
	timeout: ({ ms }) => m.import_refused_timeout({ seconds: formatNumber(ms / 1000) }),
	unreachable: ({ host, why }) => m.import_refused_unreachable({ host, why: unreachable[why]() }),
	redirected: ({ refusal }) => `${m.import_refused_redirected()} ${pageRefusalText(refusal)}`,
	'read-too-slow': () => m.import_refused_read_too_slow(),
	'read-failed': () => m.import_refused_read_failed(),
	'no-article': () => m.import_refused_no_article()
};

/** Why a web address was not imported, for the message under the address field. */
export function pageRefusalText(refusal: PageRefusal): string {
	return (pageRefusals[refusal.code] as (r: PageRefusal) => string)(refusal);
}

/** "You have imported 20 texts this hour, the most we take. Try again in 5 minutes." */
export function quotaText({ kind, who, limit, minutes }: QuotaRefusal): string {
	const over = {
		publish: { user: m.import_quota_user_texts, network: m.import_quota_network_texts },
		fetch: { user: m.import_quota_user_pages, network: m.import_quota_network_pages }
	}[kind][who];
	return `${over({ limit: formatNumber(limit) })} ${m.import_quota_wait({ minutes })}`;
}

/**
 * A refused import as a form shows it: the page's refusal under the address field, the limit's
 * over the whole form, beside the importer's own messages.
 */
export function refusalShown<
	R extends {
		errors: Record<string, string>;
		message?: string;
		quota?: QuotaRefusal;
		page?: PageRefusal;
	}
>({ quota, page, ...result }: R) {
	return {
		...result,
		errors: page ? { ...result.errors, address: pageRefusalText(page) } : result.errors,
		message: quota ? quotaText(quota) : result.message
	};
}

const lookupsErrors: Record<LookupsError, () => string> = {
	'no-slug': () => m.api_lookups_no_slug(),
	'no-words': () => m.api_lookups_no_words(),
	'too-many': () => m.api_lookups_too_many({ max: maxLookupsPerBatch }),
	'bad-root': () => m.api_lookups_bad_root(),
	'bad-form': () => m.api_lookups_bad_form()
};
/** Why the reader's lookup batch was refused (api/lookups). */
export const lookupsErrorText = (code: LookupsError) => lookupsErrors[code]();

const syncErrors: Record<SyncError, () => string> = {
	'no-account': () => m.api_sync_no_account(),
	'no-items': () => m.api_sync_no_items(),
	'too-many': () => m.api_sync_too_many({ max: maxItemsPerSync }),
	'bad-item': () => m.api_sync_bad_item()
};
/** Why an offline outbox batch was refused (api/sync). */
export const syncErrorText = (code: SyncError) => syncErrors[code]();

/** The outbox's results with a message for each refused rating (the quiz's have their own). */
export function syncResultsShown(results: ItemResult[]): ItemResult[] {
	return results.map((r) =>
		r.code === 'not-in-reviews' ? { ...r, message: m.api_sync_not_in_reviews() } : r
	);
}
