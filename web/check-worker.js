/* The check engine's Web Worker (app/engine.go): the same app.wasm as the page, which, finding
 * no document here, runs only the engine: it loads the claims database and its index and checks
 * the texts the page sends, posting what it finds; the page's main thread only renders it.
 *
 * web/app-start.js starts it as soon as the page begins to download app.wasm, in two messages:
 *   1. {env, wasmExec, prefetch}: go-app's environment (where the database and its shards are
 *      served), the address of wasm_exec.js (Go's runtime support) and the files the engine
 *      loads first (the database and its index): they download now, while app.wasm does
 *      (self.factcheckPrefetch, which the engine's fetches take: app/loader_wasm.go);
 *   2. {module}: the module the page compiled (WebAssembly.Module: app.wasm is compiled once).
 * (A page that starts it itself sends both in one message.) Any failure to start is reported as
 * {failed}: the page then checks in itself. */
"use strict";
(function () {
  var ready = false, started = false;
  function failed(why) { self.postMessage({ failed: "the check engine could not start: " + why }); }
  function setUp(d) {
    var env = d.env || {};
    self.goappEnv = env;
    self.goappGetenv = function (k) { return env[k]; };
    self.factcheckPrefetch = {};
    (d.prefetch || []).forEach(function (url) {
      var p = fetch(url);
      p.catch(function () {}); /* the engine's own fetch reports it */
      self.factcheckPrefetch[url] = p;
    });
    importScripts(d.wasmExec);
    ready = true;
  }
  self.onmessage = function (e) {
    var d = e.data || {};
    try {
      if (!ready && d.wasmExec) setUp(d);
    } catch (err) {
      self.onmessage = null;
      failed(err);
      return;
    }
    if (!d.module || started) return;
    started = true;
    self.onmessage = null; /* the engine sets its own once it runs, and says hello */
    if (!ready) { failed("no wasm_exec.js"); return; }
    var go = new Go();
    WebAssembly.instantiate(d.module, go.importObject).then(function (instance) {
      return go.run(instance);
    }).then(function () { failed("it stopped"); }, failed);
  };
})();
