/**
 * Interface texts resolved on the server and sent with a page's data, for the pages whose
 * JavaScript budget has no room for message functions (the root layout, which every page loads,
 * the reader and the quiz question): the strings travel in the HTML instead of the bundle.
 * Other pages call the message functions (`m.key()`) in their components.
 */
import { m } from '$lib/paraglide/messages';

type Messages = typeof m;
/** Messages that take no parameters. */
type PlainKey = {
	[K in keyof Messages]: Messages[K] extends (inputs?: undefined) => string ? K : never;
}[keyof Messages];

/** `texts('nav_words', …)`: those messages in the request's language, by key. */
export function texts<K extends PlainKey>(...keys: K[]): Record<K, string> {
	return Object.fromEntries(keys.map((key) => [key, (m[key] as () => string)()])) as Record<
		K,
		string
	>;
}
