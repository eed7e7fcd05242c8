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

/** Well-known metadata services, named in the message so an operator reading logs sees what was tried. */
const metadataAddresses = new Set([
	'169.254.169.254',
	'169.254.170.2',
	'fd00:ec2::254',
	'100.100.100.200'
]);

const publicOnly = 'Bacaan fetches pages from public web sites only.';

const rangeMessages: Record<string, string> = {
	loopback: `That address is this server itself (loopback). ${publicOnly}`,
	private: `That address is on a private network. ${publicOnly}`,
	uniqueLocal: `That address is on a private network. ${publicOnly}`,
	linkLocal: `That is a link-local address. ${publicOnly}`,
	unspecified: `That address (0.0.0.0 or ::) does not name a site. ${publicOnly}`,
	carrierGradeNat: `That address is inside a provider's network. ${publicOnly}`,
	broadcast: `That is a broadcast address. ${publicOnly}`,
	multicast: `That is a multicast address. ${publicOnly}`
};

/**
 * Why the server must not connect to `address` (an IPv4 or IPv6 address as text), or null when it
 * may. Anything that does not parse as an address is refused too.
 */
export function refusalForAddress(address: string, policy: AddressPolicy): string | null {
	const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
	if (!isIP(bare)) return `That is not an address we can check. ${publicOnly}`;
	// An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
	const parsed = ipaddr.process(bare);
	const range = parsed.range();
	if (metadataAddresses.has(parsed.toString()))
		return `That is a cloud metadata address. ${publicOnly}`;
	if (range === 'unicast') return null;
	if (range === 'loopback' && policy.allowLoopback) return null;
	return rangeMessages[range] ?? `That address is in a reserved range (${range}). ${publicOnly}`;
}

export const maxAddressLength = 2000;

/** The URL if its form is one we may fetch at all (before any DNS), else a message saying why not. */
export function parseWebAddress(text: string): { url: URL } | { refusal: string } {
	const trimmed = text.trim();
	if (trimmed === '') return { refusal: 'Give the address of a web page, starting with https://.' };
	if (trimmed.length > maxAddressLength)
		return { refusal: `That address is longer than ${maxAddressLength} characters.` };
	let url: URL;
	try {
		url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
	} catch {
		return { refusal: 'That is not a web address. Copy it from the browser’s address bar.' };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return {
			refusal: `Bacaan fetches http and https addresses only, not ${url.protocol.replace(/:$/, '')}:.`
		};
	if (url.username || url.password)
		return { refusal: 'Leave the user name and password out of the address.' };
	if (!url.hostname) return { refusal: 'That address names no site.' };
	return { url };
}
