/**
 * Markup the server writes into a page that the page's data need not carry a second time. On a
 * full page load the HTML already holds it, and Svelte adopts server-rendered `{@html}` content as
 * it is while hydrating, so the data sent for hydration holds `html: null` in its place (encoded by
 * the `transport` hook in src/hooks.ts). On a client-side navigation (a data request) there is no
 * HTML yet, so the markup travels as data.
 */
export class PageMarkup {
	constructor(
		/** The markup; null in the browser when it came with the page's HTML. */
		readonly html: string | null,
		/** Whether the data sent to the browser carries the markup (a data request). */
		readonly sendAsData = false
	) {}
}
