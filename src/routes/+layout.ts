// A local-first app: everything renders in the browser from IndexedDB.
export const prerender = true;
export const ssr = false;
