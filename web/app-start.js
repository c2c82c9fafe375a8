/* Runs before go-app starts (listed in the handler's Scripts: a plain script
 * in <head>, so it runs before the deferred wasm_exec.js and app.js).
 *
 * 1. Where this browser has no WebAssembly (turned off, or a lockdown mode),
 *    go-app's own start fails before it can say so: mark the page, and
 *    web/app.css shows the line saying what is missing while the page the
 *    server sent stays readable.
 *
 * 2. The page is a static page until it is used (issue 21). The page the
 *    server sent is complete: it reads, its links work, its text boxes take
 *    what is typed or pasted. go-app's app.js fetches and starts app.wasm as
 *    soon as it runs; here its fetch of app.wasm waits (a wrapper around
 *    window.fetch for that one URL, removed once it is used) until the page
 *    is used:
 *      - the first interaction: a press, a key, focus, input, paste or drop;
 *      - a #q= link (at once, or when the address changes to one);
 *      - the page idle after load: startIdleMs (10 s, as web/embed.js
 *        waits: the page's own loading, and the service worker's first
 *        caching, come first; a reader who uses the page earlier starts it
 *        at once) after the load event (or
 *        after loadWaitMs, when a resource holds the load event back), at
 *        the browser's next idle moment (requestIdleCallback, at most
 *        idleTimeoutMs later), while the page is visible; not where the
 *        reader asked to save data (Save-Data): there it starts on use;
 *      - at once on /embed: web/embed.js loads that frame only when its
 *        facade is used.
 *    What was typed before the start is kept: go-app's first render reads
 *    the box the server sent (app/check-page.go, OnInit) and puts the text,
 *    focus and caret into its own, then checks it. An example pressed
 *    before the start puts its text into the box, as it does after.
 *    <html data-start="waiting|starting"> tells web/app.css whether to show
 *    the start-up line (not while waiting: there is nothing to wait for). */
(function () {
  "use strict";
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    document.documentElement.classList.add("wasm-missing");
    return;
  }

  /* 3. The check engine's worker (app/engine.go) runs the same app.wasm: go-app compiles it once
   *    (instantiateStreaming), and the compiled module, kept here, is posted to the worker.
   *    The worker starts as soon as app.wasm's response arrives, not once the page's Go has
   *    started: it fetches the database and its index while app.wasm downloads and compiles,
   *    and starts its Go as soon as the module is compiled, beside the page's own (the page
   *    takes it over then: window.factcheckEngineWorker, with what it said meanwhile). The
   *    page's own fetches of the database and its index begin then too (factcheckPrefetch,
   *    taken by app/loader_wasm.go's fetchBytes). */
  var instantiate = WebAssembly.instantiateStreaming;
  var scripts = document.currentScript && document.currentScript.src || "";
  var webDir = scripts.replace(/\/app-start\.js(?:[?#].*)?$/, ""); /* where go-app serves web/ */
  var engine = null; /* the worker, once made; false where none can be */
  if (typeof instantiate === "function" && typeof Worker === "function") {
    WebAssembly.instantiateStreaming = function (source) {
      WebAssembly.instantiateStreaming = instantiate;
      var started = Promise.resolve(source).then(setUpEngineWorker, function () {});
      return instantiate.apply(WebAssembly, arguments).then(function (r) {
        if (r && r.module) {
          window.factcheckModule = r.module;
          started.then(function (w) { if (w) w.postMessage({ module: r.module }); });
        }
        return r;
      }, function (err) {
        started.then(function (w) { if (w) w.terminate(); });
        throw err;
      });
    };
  } else {
    engine = false;
  }

  /* Where go-app serves a static resource (its Context.ResolveStaticResource, as
   * app/loader_wasm.go's staticURL) and what the engine loads first (app/database.go:
   * DBPath and IndexPath, or the sharded index's manifest under FACTCHECK_SHARDS). */
  function getenv(k) { return typeof goappGetenv === "function" ? goappGetenv(k) : undefined; }
  function staticURL(path) {
    var web = getenv("GOAPP_STATIC_RESOURCES_URL");
    return web ? web.replace(/\/+$/, "") + path.replace(/^\/web/, "") : path;
  }
  function startFiles() {
    var shards = getenv("FACTCHECK_SHARDS");
    if (shards) return [staticURL(shards) + "index.json"];
    return [staticURL("/web/claims.json"), staticURL("/web/claims.index")];
  }

  /* The worker is made as soon as the page starts (step 2's start: on a #q= link, while the
   * page is still parsed, before anything holds its main thread), else once app.wasm's
   * response arrives; it is told what to load once go-app's environment is known. */
  function makeEngineWorker() {
    if (engine !== null) return engine;
    engine = false;
    if (!webDir) return engine;
    var w, said = [];
    try {
      w = new Worker(webDir + "/check-worker.js", { name: "factcheck-engine" });
    } catch (err) {
      return engine; /* a policy, a browser without workers: app/engine_wasm.go checks in the page */
    }
    /* Until the page's Go takes it over (it sets its own onmessage and onerror). */
    w.onmessage = function (e) { said.push(e.data); };
    w.onerror = function (e) { said.push({ failed: (e && e.message) || "the worker failed" }); };
    window.factcheckEngineWorker = { worker: w, said: said };
    engine = w;
    return engine;
  }

  function setUpEngineWorker() {
    var exec = document.querySelector('script[src*="wasm_exec.js"]'), files = startFiles(), w;
    window.factcheckPrefetch = {};
    files.forEach(function (url) {
      var p = fetch0(url);
      p.catch(function () {}); /* the page's own fetch (which takes it) reports it */
      window.factcheckPrefetch[url] = p;
    });
    w = makeEngineWorker();
    if (!w) return null;
    if (!exec) {
      w.terminate();
      delete window.factcheckEngineWorker;
      return null;
    }
    var env = {};
    ["GOAPP_VERSION", "GOAPP_STATIC_RESOURCES_URL", "FACTCHECK_SHARDS"].forEach(function (k) {
      var v = getenv(k);
      if (v) env[k] = v;
    });
    w.postMessage({ env: env, wasmExec: exec.src, prefetch: files });
    return w;
  }

  /* 4. The service worker (go-app registers it as app.js starts) installs once the page has
   *    started, not during its start: on install it downloads every page and file of the site
   *    for offline use, which would compete with the first verdict for the network and, on a
   *    small device, the processor. It registers once the page is ready and shows the result of
   *    a #q= link, or, on a page still waiting to be used, once it has loaded; at the latest
   *    swLatestMs after the load. */
  var fetch0 = window.fetch, root = document.documentElement;
  var sw = navigator.serviceWorker, registerNow = function () {};
  if (sw && typeof sw.register === "function") {
    var register = sw.register, registering = new Promise(function (resolve) { registerNow = resolve; });
    sw.register = function () {
      var self = this, args = arguments;
      sw.register = register;
      return registering.then(function () { return register.apply(self, args); });
    };
  }
  var swLatestMs = 15000, loaded = false;
  function pageStarted() {
    var body = document.body;
    if (!body || !body.hasAttribute("data-factcheck")) return false;
    return !/^#(?:q|text)=./.test(location.hash) || !!document.querySelector(".result") || body.getAttribute("data-factcheck") !== "ready";
  }
  (function waitToRegister() {
    if (pageStarted() || (loaded && root.getAttribute("data-start") === "waiting")) {
      if (window.requestIdleCallback) requestIdleCallback(registerNow, { timeout: 1000 });
      else registerNow();
      return;
    }
    setTimeout(waitToRegister, 200);
  })();
  addEventListener("load", function () { loaded = true; setTimeout(registerNow, swLatestMs); });

  var startIdleMs = 10000, idleTimeoutMs = 2000, loadWaitMs = 7000;
  var go = null;
  var path = location.pathname.replace(/\/+$/, "") || "/";
  if (path === "/embed" || typeof fetch0 !== "function") return;

  var began = new Promise(function (resolve) { go = resolve; });
  root.setAttribute("data-start", "waiting");
  function start(why) {
    if (root.getAttribute("data-start") !== "waiting") return;
    root.setAttribute("data-start", "starting");
    root.setAttribute("data-start-reason", why);
    makeEngineWorker();
    go();
  }

  /* go-app fetches app.wasm (fetchWithProgress in its app.js): that one fetch waits for the start. */
  window.fetch = function (input) {
    var url = typeof input === "string" ? input : input && input.url ? input.url : String(input);
    if (!/\/app\.wasm(?:[?#]|$)/.test(url)) return fetch0.apply(this, arguments);
    window.fetch = fetch0;
    var self = this, args = arguments;
    return began.then(function () { return fetch0.apply(self, args); });
  };

  /* A #q= link starts it at once. */
  function linked() { if (/^#q=./.test(location.hash)) start("link"); }
  linked();
  addEventListener("hashchange", linked);

  /* A claim's or an article's address answered with the not-found page: a static site
   *    prerenders only some of them (site/static.go, -pages), and the host sends its 404.html
   *    for the others (or the service worker its copy of it, on a host that sends none). The
   *    app renders the address from the sharded index: it starts at once, and the page says
   *    it is opening it, not that it is missing. */
  function routed() {
    var h = document.querySelector("h1.not-found");
    if (!h || !/^\/(?:claim|article)\/[^\/]+$/.test(path)) return;
    h.textContent = path.indexOf("/claim/") === 0 ? "Opening the claim…" : "Opening the article…";
    for (var p = h.nextElementSibling; p; p = p.nextElementSibling) p.hidden = true;
    start("route");
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", routed);
  else routed();

  /* The first interaction. */
  ["pointerdown", "keydown", "focusin", "input", "paste", "drop"].forEach(function (type) {
    addEventListener(type, function () { start("use"); }, { capture: true, passive: true, once: true });
  });

  /* An example pressed before the start: its text goes into the box, as it would after. */
  document.addEventListener("click", function (e) {
    if (document.body.hasAttribute("data-factcheck")) return; /* the app runs: its own buttons do it */
    var b = e.target.closest && e.target.closest("button.example"), box = document.getElementById("statement");
    if (!b || !box) return;
    box.value = b.textContent;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  });

  /* The page idle after load, while visible. */
  function whenIdle() {
    if (document.visibilityState === "hidden") {
      addEventListener("visibilitychange", function again() {
        if (document.visibilityState === "hidden") return;
        removeEventListener("visibilitychange", again);
        whenIdle();
      });
      return;
    }
    if (window.requestIdleCallback) requestIdleCallback(function () { start("idle"); }, { timeout: idleTimeoutMs });
    else setTimeout(function () { start("idle"); }, 0);
  }
  var armed = false;
  function afterLoad() {
    if (armed) return;
    armed = true;
    setTimeout(whenIdle, startIdleMs);
  }
  if (navigator.connection && navigator.connection.saveData) return;
  if (document.readyState === "complete") afterLoad();
  else {
    addEventListener("load", afterLoad);
    setTimeout(afterLoad, loadWaitMs); /* a resource that never finishes loading holds no start back */
  }
})();
