import { AsyncLocalStorage } from 'node:async_hooks';
import {
	getServerAsyncLocalStorage,
	overwriteServerAsyncLocalStorage,
	type Locale
} from '../../src/lib/paraglide/runtime';

/**
 * Runs `fn` as a request in `locale` does (the request's language as Paraglide's middleware keeps
 * it), for server code tested outside a request; outside one, messages are in English.
 */
export function inLocale<T>(locale: Locale, fn: () => T): T {
	let storage = getServerAsyncLocalStorage();
	if (!storage) overwriteServerAsyncLocalStorage((storage = new AsyncLocalStorage()));
	return storage.run({ locale, origin: 'http://localhost', messageCalls: new Set() }, fn);
}
