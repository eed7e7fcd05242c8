/**
 * Which web addresses the server may fetch a page from, so that "import from a web address" on a
 * public server cannot be turned against the server's own network (server-side request forgery).
 *
 * Only http(s). A host name is resolved first and EVERY address it
 * resolves to must be a public unicast one (ipaddr.js's `range()` is 'unicast'): loopback, private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10: cloud metadata lives
 * there), carrier-grade NAT (100.64/10, another cloud's metadata), unspecified, broadcast,
 * multicast, reserved and documentation ranges are refused, and so are IPv6 forms that embed an
 * IPv4 address (IPv4-mapped addresses are judged as the IPv4 address they carry; NAT64, 6to4 and
 * Teredo are refused outright, since the IPv4 address inside could be anything). The caller then
 * connects to the checked address itself (web-page.ts pins it), so a second DNS answer cannot
 * swap it.
 *
 * `BACAAN_IMPORT_ALLOW_LOOPBACK=1` lets loopback through (and only loopback): the end-to-end tests
 * serve their pages from 127.0.0.1. Never set it on a public server.
 */
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export interface AddressPolicy {
	allowLoopback: boolean;
}

export function policyFromEnv(
	env: Record<string, string | undefined> = process.env
): AddressPolicy {
	return { allowLoopback: env.BACAAN_IMPORT_ALLOW_LOOPBACK === '1' };
}

/** Well-known metadata services, named in the refusal so an operator reading logs sees what was tried. */
const metadataAddresses = new Set([
	'169.254.169.254',
	'169.254.170.2',
	'fd00:ec2::254',
	'100.100.100.200'
]);

/**
 * Why an address may not be fetched, as a code the page turns into words in the reader's language
 * ($lib/refusals.ts). `range` is ipaddr.js's name of the range (`private`, `linkLocal`, …), or
 * `metadata` for a cloud metadata service, or `unparsable` for text that is no address at all.
 */
export type AddressRefusal =
	| { code: 'not-public'; range: string }
	| { code: 'address-empty' }
	| { code: 'address-too-long'; max: number }
	| { code: 'address-malformed' }
	| { code: 'address-scheme'; scheme: string }
	| { code: 'address-credentials' }
	| { code: 'address-no-host' };

/**
 * Why the server must not connect to `address` (an IPv4 or IPv6 address as text), or null when it
 * may. Anything that does not parse as an address is refused too.
 */
export function refusalForAddress(address: string, policy: AddressPolicy): AddressRefusal | null {
	const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
	if (!isIP(bare)) return { code: 'not-public', range: 'unparsable' };
	// An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
	const parsed = ipaddr.process(bare);
	const range = parsed.range();
	if (metadataAddresses.has(parsed.toString())) return { code: 'not-public', range: 'metadata' };
	if (range === 'unicast') return null;
	if (range === 'loopback' && policy.allowLoopback) return null;
	return { code: 'not-public', range };
}

export const maxAddressLength = 2000;

/** The URL if its form is one we may fetch at all (before any DNS), else why not. */
export function parseWebAddress(text: string): { url: URL } | { refusal: AddressRefusal } {
	const trimmed = text.trim();
	if (trimmed === '') return { refusal: { code: 'address-empty' } };
	if (trimmed.length > maxAddressLength)
		return { refusal: { code: 'address-too-long', max: maxAddressLength } };
	let url: URL;
	try {
		url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
	} catch {
		return { refusal: { code: 'address-malformed' } };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return { refusal: { code: 'address-scheme', scheme: url.protocol.replace(/:$/, '') } };
	if (url.username || url.password) return { refusal: { code: 'address-credentials' } };
	if (!url.hostname) return { refusal: { code: 'address-no-host' } };
	return { url };
}
