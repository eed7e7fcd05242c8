import { describe, expect, it } from 'vitest';
import { pageRefusalText } from '$lib/refusals';
import { parseWebAddress, policyFromEnv, refusalForAddress } from './web-address';

const strict = { allowLoopback: false };
const forTests = { allowLoopback: true };

describe('refusalForAddress', () => {
	it.each([
		['127.0.0.1', /loopback/],
		['127.8.9.10', /loopback/],
		['::1', /loopback/],
		['10.0.0.1', /private network/],
		['10.255.255.255', /private network/],
		['172.16.0.1', /private network/],
		['172.31.255.254', /private network/],
		['192.168.1.1', /private network/],
		['fc00::1', /private network/],
		['fd12:3456:789a::1', /private network/],
		['169.254.169.254', /metadata/],
		['169.254.1.1', /link-local/],
		['fe80::1', /link-local/],
		['fd00:ec2::254', /metadata/],
		['100.100.100.200', /metadata/],
		['100.64.0.1', /provider/],
		['0.0.0.0', /does not name a site/],
		['::', /does not name a site/],
		['255.255.255.255', /broadcast/],
		['224.0.0.1', /multicast/],
		['ff02::1', /multicast/],
		['192.0.2.10', /reserved/],
		['240.0.0.1', /reserved/],
		['::ffff:10.0.0.1', /private network/],
		['::ffff:127.0.0.1', /loopback/],
		['::ffff:169.254.169.254', /metadata/],
		['64:ff9b::a00:1', /reserved/],
		['2002:a00:1::', /reserved/],
		['2001:0:a00:1::', /reserved/],
		['not-an-address', /not an address/]
	])('refuses %s', (address, message) => {
		const refusal = refusalForAddress(address, strict);
		expect(refusal && pageRefusalText(refusal)).toMatch(message);
	});

	it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '172.15.255.255', '2606:4700::1111'])(
		'lets the public address %s through',
		(address) => {
			expect(refusalForAddress(address, strict)).toBeNull();
		}
	);

	it('lets loopback (and only loopback) through when the test setting allows it', () => {
		expect(refusalForAddress('127.0.0.1', forTests)).toBeNull();
		expect(refusalForAddress('::1', forTests)).toBeNull();
		for (const address of ['10.0.0.1', '169.254.169.254', '192.168.0.1', '0.0.0.0', 'fe80::1'])
			expect(refusalForAddress(address, forTests)).not.toBeNull();
	});

	it('reads the setting from the environment, off unless exactly 1', () => {
		expect(policyFromEnv({})).toEqual(strict);
		expect(policyFromEnv({ BACAAN_IMPORT_ALLOW_LOOPBACK: 'true' })).toEqual(strict);
		expect(policyFromEnv({ BACAAN_IMPORT_ALLOW_LOOPBACK: '1' })).toEqual(forTests);
	});
});

describe('parseWebAddress', () => {
	it.each([
		['file:///etc/passwd', /not file:/],
		['ftp://example.com/a', /not ftp:/],
		['javascript:alert(1)', /not javascript:/],
		['gopher://example.com/', /not gopher:/],
		['https://user:pw@example.com/', /user name and password/],
		['', /Give the address/],
		['http://', /not a web address/],
		['https://' + 'a'.repeat(2001), /longer than/]
	])('refuses %s', (text, message) => {
		const result = parseWebAddress(text);
		expect('refusal' in result && pageRefusalText(result.refusal)).toMatch(message);
	});

	it('takes http(s) addresses, and a bare host name as https', () => {
		const plain = parseWebAddress('  http://example.com/berita?id=1 ');
		expect('url' in plain && plain.url.href).toBe('http://example.com/berita?id=1');
		const bare = parseWebAddress('example.com/berita');
		expect('url' in bare && bare.url.href).toBe('https://example.com/berita');
	});

	it('normalises numeric host forms, so the address check sees the real address', () => {
		const decimal = parseWebAddress('http://2130706433/');
		expect('url' in decimal && decimal.url.hostname).toBe('127.0.0.1');
		const hex = parseWebAddress('http://0x7f.1/');
		expect('url' in hex && hex.url.hostname).toBe('127.0.0.1');
	});
});
