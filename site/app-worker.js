// factcheck's service worker: go-app's DefaultAppWorkerJS (v10.1.11), with
// two changes so the offline copy works from any host layout:
// - install stores each resource under the address it was asked for, even
//   when the host answered through a redirect (a file server sends /claims
//   on to /claims/; a redirected response cannot answer a navigation);
// - a page that is not in the cache is fetched; offline, it is the same
//   page under its other form (/claims or /claims/), else the cached app
//   shell ("/"), which renders any route from the cached database; a
//   page the host has not (404: a static site prerenders only some claims'
//   and articles' pages) is the static site's cached 404.html, the app's
//   shell, which renders it from the sharded index.
// - the files of a sharded index (/web/shards/…) that the page fetches
//   are kept as they pass, so a check made again works offline, and
//   "Make available offline" (the page fetching every file) keeps them
//   all. They belong to this version's cache: an update drops them with
//   the rest (a new database is a new version).
// {{.Version}} and {{.ResourcesToCache}} are filled in by go-app.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    try {
      console.log("installing app worker {{.Version}}");
      await installWorker();
      await self.skipWaiting();
    } catch (error) {
      console.error("error during installation:", error);
      throw error;
    }
  })());
});

async function installWorker() {
  const cache = await caches.open(cacheName);
  await Promise.all(resourcesToCache.map(async (url) => {
    const res = await fetch(url, { cache: "no-cache" });
    if (!res.ok) {
      throw new Error("caching " + url + ": " + res.status);
    }
    await cache.put(url, res.redirected ? await unredirected(res) : res);
  }));
}

async function unredirected(res) {
  return new Response(await res.blob(), { status: res.status, statusText: res.statusText, headers: res.headers });
}

// As go-app's: activation does not wait for the clean-up and the claim, so
// on a first visit the worker is "activated" before it controls the page,
// which is how go-app's app.js tells a first install from an update.
self.addEventListener("activate", async (event) => {
  try {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k)));
    await self.clients.claim();
    console.log("app worker {{.Version}} is activated");
  } catch (error) {
    console.error("error during activation:", error);
  }
});

self.addEventListener("fetch", (event) => {
  event.respondWith(fetchWithCache(event.request));
});

async function fetchWithCache(request) {
  const cached = await caches.match(request);
  if (cached) {
    return cached;
  }
  if (request.mode !== "navigate") {
    if (request.method === "GET" && new URL(request.url).pathname.includes("/web/shards/")) {
      return fetchAndKeep(request);
    }
    return fetch(request);
  }
  const url = new URL(request.url);
  const other = url.pathname.endsWith("/") ? url.pathname.slice(0, -1) : url.pathname + "/";
  const same = url.pathname !== "/" && (await caches.match(other));
  if (same) {
    return same;
  }
  try {
    const res = await fetch(request);
    if (res.status === 404) {
      // A page the static site did not prerender (site/static.go): the
      // app's shell renders its address, on a host that sends no 404.html.
      const shell = await caches.match("/404.html");
      if (shell) {
        return shell;
      }
    }
    return res;
  } catch (err) {
    const shell = await caches.match("/");
    if (shell) {
      return shell;
    }
    throw err;
  }
}

async function fetchAndKeep(request) {
  const res = await fetch(request);
  if (res.ok && !res.redirected) {
    try {
      const cache = await caches.open(cacheName);
      await cache.put(request, res.clone());
    } catch (err) {
      console.error("keeping " + request.url + ":", err);
    }
  }
  return res;
}
