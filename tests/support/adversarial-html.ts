/** One megabyte of each adversarial HTML shape: for the HTML-to-text test and its bench. */
const mb = 1_000_000;
export const adversarialHtml: Record<string, string> = {
	'open comments <!--': '<!--'.repeat(mb / 4),
	'nested comments': '<!--<!--<!-- x -->'.repeat(mb / 18),
	'unclosed attribute <p class="': '<p class="'.repeat(mb / 10),
	'tag openers <a': '<a'.repeat(mb / 2),
	'unclosed <script>': '<script>'.repeat(mb / 8),
	'one character <': '<'.repeat(mb),
	'entity openers &#': '&#'.repeat(mb / 2),
	'ordinary markup': '<p>Pagi itu <b>hujan</b> turun &amp; angin bertiup.</p>\n'.repeat(mb / 56)
};
