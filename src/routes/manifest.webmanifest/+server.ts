import { json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

/**
 * The web app manifest, in the interface language: its name and description are what a phone
 * shows when it offers to install the app. The page links it with `crossorigin="use-credentials"`
 * (app.html), so the language cookie comes with the request.
 */
export const GET: RequestHandler = () =>
	json(
		{
			id: '/',
			name: m.app_name(),
			short_name: 'Bacaan',
			description: m.app_description(),
			lang: getLocale(),
			start_url: '/',
			scope: '/',
			display: 'standalone',
			background_color: '#fbfaf7',
			theme_color: '#fbfaf7',
			icons: [
				{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
				{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
				{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
			]
		},
		{ headers: { 'content-type': 'application/manifest+json' } }
	);
