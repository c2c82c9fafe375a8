/* The check engine's Web Worker (app/engine.go): the same app.wasm as the page, which, finding
 * no document here, runs only the engine: it loads the claims database and its index and checks
 * the texts the page sends, posting what it finds; the page's main thread only renders it.
 *
 * The page's first message carries what the engine needs: the module the page compiled
 * (WebAssembly.Module: app.wasm is compiled once), go-app's environment (where the database and
 * its shards are served) and the address of wasm_exec.js (Go's runtime support). Any failure to
 * start is reported as {failed}: the page then checks in itself. */
"use strict";
self.onmessage = function (e) {
  self.onmessage = null; /* the engine sets its own once it runs, and says hello */
  var d = e.data || {}, env = d.env || {};
  function failed(why) { self.postMessage({ failed: "the check engine could not start: " + why }); }
  self.goappEnv = env;
  self.goappGetenv = function (k) { return env[k]; };
  try {
    importScripts(d.wasmExec);
  } catch (err) {
    failed(err);
    return;
  }
  var go = new Go();
  WebAssembly.instantiate(d.module, go.importObject).then(function (instance) {
    return go.run(instance);
  }).then(function () { failed("it stopped"); }, failed);
};
