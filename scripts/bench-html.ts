/**
 * `npm run bench:html`: time to reduce 1 MB of each adversarial HTML shape to text (the importer's
 * first step). Linear work shows as roughly equal times per megabyte whatever the shape; the
 * regular expressions this replaced took 2–3 s on 200 KB of `<!--`.
 */
import { htmlToText } from '../src/lib/text/html-to-text';
import { adversarialHtml as shapes } from '../tests/support/adversarial-html';

console.log('HTML to text, 1 MB inputs (best of 5)');
for (const [name, input] of Object.entries(shapes)) {
	let best = Infinity;
	for (let run = 0; run < 5; run++) {
		const started = performance.now();
		htmlToText(input);
		best = Math.min(best, performance.now() - started);
	}
	console.log(`  ${name.padEnd(32)} ${best.toFixed(1).padStart(7)} ms`);
}
