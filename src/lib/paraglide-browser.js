// What the browser gets instead of Paraglide's runtime (vite.config.ts swaps it in for client
// builds): message functions need only the current language, which the server wrote into
// <html lang> (hooks.server.ts). Paraglide's own runtime would add its strategy, cookie and URL
// code, about 2 KB compressed, to every page that shows a message.
export const baseLocale = 'en';
export const locales = /** @type {const} */ (['en', 'id']);
export const experimentalStaticLocale = undefined;

/** @returns {'en' | 'id'} */
export const getLocale = () => (document.documentElement.lang === 'id' ? 'id' : 'en');
