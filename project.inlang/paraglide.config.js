// Paraglide's compiler options, read by its Vite plugin (vite.config.ts) and by
// `paraglide-js compile` (the check, test and lint scripts run it before anything reads the output).
// Tracked although inlang's own .gitignore here ignores all but settings.json (added with -f).
// The interface language is chosen on the server (src/lib/server/locale.ts) and written into
// <html lang>; the browser reads it back from there (src/lib/paraglide-browser.js), so one custom strategy
// is all either side needs, and the runtime's cookie and URL code is left out of the bundle.
import { defineConfig } from '@inlang/paraglide-js';

export default defineConfig({
	outdir: './src/lib/paraglide',
	strategy: ['custom-bacaan', 'baseLocale'],
	emitReadme: false
});
