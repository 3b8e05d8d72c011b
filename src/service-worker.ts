/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: Fivefold keeps documents in the browser, so a second visit without a network should
 * open the app too. This worker caches the built assets, the static files and the prerendered
 * pages at install; pages are fetched network-first (a new deploy shows at once) and fall back to
 * the cache; assets, whose names carry a content hash, come from the cache. Files under
 * `_app/immutable/` that the build list leaves out (the import worker's bundle) are cached the
 * first time they load.
 *
 * Never an old build: the cache is named after this build's `version`, a new worker takes over
 * at once (`skipWaiting`, `clients.claim`) and deletes every other version's cache on activate,
 * and a page is only taken from the cache when the network fails.
 * Documents never pass through here: they live in IndexedDB.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `fivefold-${version}`;
const ASSETS = [...build, ...files];
const PAGES = prerendered;
const PRECACHE = [...new Set([...ASSETS, ...PAGES])];
/** Content-hashed output: a name never changes meaning, so any copy of it is current. */
const IMMUTABLE = `${sw.location.pathname.replace(/\/[^/]*$/, '')}/_app/immutable/`;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys.filter((k) => k.startsWith('fivefold-') && k !== CACHE).map((k) => caches.delete(k))
				)
			)
			.then(() => sw.clients.claim())
	);
});

/** The cached page for a navigation: the path without its query, else the app's start page. */
async function cachedPage(url: URL): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	const path = url.pathname.replace(/\/$/, '') || '/';
	return (
		(await cache.match(path)) ??
		(await cache.match(`${path}.html`)) ??
		(await cache.match('/')) ??
		undefined
	);
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	// This build's hashed output and static files: the cached copy is the right one.
	const asset =
		ASSETS.includes(url.pathname) || (url.pathname.startsWith(IMMUTABLE) && !url.search);
	if (asset) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		if (request.mode === 'navigate' && response.ok && PAGES.includes(url.pathname))
			void cache.put(url.pathname, response.clone());
		else if (asset && response.ok) void cache.put(url.pathname, response.clone());
		return response;
	} catch (error) {
		const fallback =
			request.mode === 'navigate' ? await cachedPage(url) : await cache.match(request);
		if (fallback) return fallback;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request));
});
