import type { SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance` whose code (SvelteKit's `$app/forms`, about 0.9 KB gzip) loads when the form is
 * first touched (pointer down, focus) rather than with the page, for pages on the first-load
 * budget. A submit that comes before it has loaded waits for it and is then submitted again with
 * the same button; if it cannot load, the form posts as it does without JavaScript.
 */
export function lazyEnhance(form: HTMLFormElement, submit?: SubmitFunction) {
	let enhanced: { destroy(): void } | undefined;
	let loading: Promise<void> | undefined;
	let failed = false;

	const load = () =>
		(loading ??= import('$app/forms').then(
			({ enhance }) => {
				enhanced = enhance(form, submit);
			},
			() => {
				failed = true;
			}
		));

	// Added before enhance's own listener, so it sees each submit first; once enhanced it stands aside.
	const onsubmit = (event: SubmitEvent) => {
		if (enhanced || failed) return;
		event.preventDefault();
		const button = event.submitter;
		void load().then(() => form.requestSubmit(button));
	};
	form.addEventListener('pointerdown', load);
	form.addEventListener('focusin', load);
	form.addEventListener('submit', onsubmit);
	return {
		destroy() {
			form.removeEventListener('pointerdown', load);
			form.removeEventListener('focusin', load);
			form.removeEventListener('submit', onsubmit);
			enhanced?.destroy();
		}
	};
}
