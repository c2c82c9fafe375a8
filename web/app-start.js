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
   *    (instantiateStreaming), and the compiled module, kept here, is posted to the worker. */
  var instantiate = WebAssembly.instantiateStreaming;
  if (typeof instantiate === "function" && typeof Worker === "function") {
    WebAssembly.instantiateStreaming = function () {
      WebAssembly.instantiateStreaming = instantiate;
      return instantiate.apply(WebAssembly, arguments).then(function (r) {
        if (r && r.module) window.factcheckModule = r.module;
        return r;
      });
    };
  }

  var startIdleMs = 10000, idleTimeoutMs = 2000, loadWaitMs = 7000;
  var root = document.documentElement, fetch0 = window.fetch, go = null;
  var path = location.pathname.replace(/\/+$/, "") || "/";
  if (path === "/embed" || typeof fetch0 !== "function") return;

  var began = new Promise(function (resolve) { go = resolve; });
  root.setAttribute("data-start", "waiting");
  function start(why) {
    if (root.getAttribute("data-start") !== "waiting") return;
    root.setAttribute("data-start", "starting");
    root.setAttribute("data-start-reason", why);
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
