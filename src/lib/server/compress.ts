/**
 * Gzip for pages and JSON. adapter-node compresses only the static assets it precompressed at build
 * time; server-rendered HTML went out raw (15 KB for the article instead of 4 KB), which is what a
 * student on a slow phone connection waits for first.
 */
const compressible = /^(text\/html|application\/json|text\/csv|image\/svg\+xml)/;

export function compressResponse(request: Request, response: Response): Response {
	const type = response.headers.get('content-type') ?? '';
	if (
		!response.body ||
		request.method === 'HEAD' ||
		response.headers.has('content-encoding') ||
		!compressible.test(type) ||
		!/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')
	) {
		return response;
	}
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	headers.append('vary', 'Accept-Encoding');
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
