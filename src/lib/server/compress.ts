/**
 * Brotli or gzip for pages and JSON. adapter-node compresses only the static assets it
 * precompressed at build time; server-rendered HTML went out raw (the reader page is ~180 KB of
 * markup and hydration data), which is what a student on a slow phone connection waits for first.
 * Pages are small and rendered whole, so the body is compressed in one piece.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const compressible = /^(text\/html|application\/json|text\/csv|image\/svg\+xml)/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** 'br' when the client takes it (browsers do over HTTPS), else 'gzip', else nothing. */
export function chooseEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
	const accepted = (acceptEncoding ?? '').toLowerCase();
	if (/\bbr\b/.test(accepted)) return 'br';
	if (/\bgzip\b/.test(accepted)) return 'gzip';
	return null;
}

export async function compressResponse(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	if (
		!encoding ||
		!response.body ||
		request.method === 'HEAD' ||
		response.headers.has('content-encoding') ||
		!compressible.test(type)
	) {
		return response;
	}
	const raw = Buffer.from(await response.arrayBuffer());
	const body =
		encoding === 'br'
			? await brotli(raw, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: 6,
						[constants.BROTLI_PARAM_SIZE_HINT]: raw.length
					}
				})
			: await gzipAsync(raw, { level: 6 });
	const headers = new Headers(response.headers);
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(body.length));
	headers.append('vary', 'Accept-Encoding');
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
