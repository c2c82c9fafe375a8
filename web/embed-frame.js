/* Runs first on every page, before go-app starts (a plain script in <head>).
 *
 * 0. Storage the browser denies (private windows, strict modes, a third-party frame: reading
 *    localStorage throws SecurityError) is replaced by an in-memory one, before go-app reads it;
 *    <html data-storage="memory"> says so. Nothing the app keeps there needs to outlive the page.
 * 1. A static site's page /claims is the file claims/index.html, which a
 *    file server sends at /claims/: the address loses its trailing slash so
 *    that go-app's routes (/claims, /claim/ID, …) match it.
 * 2. On the /embed page inside a frame, the widget's side of embedding
 *    (web/embed.js is the host's side): it says hello at once (so the host
 *    can tell a loaded widget from an error page), announces readiness or a
 *    failure to start, reports its height, checks text sent by the host,
 *    takes the focus and caret from the host's facade, answers
 *    factcheck.check() calls, and opens links in a new tab. Only the parent
 *    window at the origin named in the frame's address is listened to. In a frame of another origin
 *    no service worker is registered (the host's page is not ours to cache). A start that fails
 *    (storage that cannot be replaced, an error or a WebAssembly failure before the widget is ready,
 *    the program ending while it starts) is reported to the host at once.
 *    The hand-over from the host's facade: the host offers its text and caret (factcheck:takeover),
 *    the frame puts them in its box and answers with what its box then holds (factcheck:took); the
 *    host swaps only when that is exactly what the facade holds, and passes on any key that still
 *    reaches it (factcheck:key) until the frame's box has the focus (factcheck:focused). */
(function () {
  "use strict";
  var storageError = "";
  function memoryStorage() {
    var data = Object.create(null), s = {
      getItem: function (k) { k = String(k); return k in data ? data[k] : null; },
      setItem: function (k, v) { data[String(k)] = String(v); },
      removeItem: function (k) { delete data[String(k)]; },
      clear: function () { data = Object.create(null); },
      key: function (i) { var ks = Object.keys(data); return i >= 0 && i < ks.length ? ks[i] : null; }
    };
    Object.defineProperty(s, "length", { get: function () { return Object.keys(data).length; } });
    return s;
  }
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      window[name].getItem("factcheck");
    } catch (e) {
      try {
        Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
        document.documentElement.setAttribute("data-storage", "memory");
      } catch (e2) {
        storageError = name + " is denied (" + e.name + ") and could not be replaced";
      }
    }
  });

  var path = location.pathname;
  if (path.length > 1 && path.slice(-1) === "/") {
    path = path.replace(/\/+$/, "") || "/";
    history.replaceState(history.state, "", path + location.search + location.hash);
  }
  if (path !== "/embed") return;
  var q = new URLSearchParams(location.hash.slice(1));
  var parentOrigin = q.get("origin") || "", theme = q.get("theme");
  if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
  document.documentElement.setAttribute("data-layout", q.get("layout") === "full" ? "full" : "compact");
  var ancestors = location.ancestorOrigins;
  /* Framed by the origin the address names, and (where the browser tells) really by it. */
  var framed = window.parent !== window && /^https?:\/\/[^/]+$/.test(parentOrigin) &&
    !(ancestors && ancestors.length && ancestors[0] !== parentOrigin);
  var waiting = [], announced = false;

  function post(msg) { if (framed) window.parent.postMessage(msg, parentOrigin); }
  post({ type: "factcheck:hello" });
  function state() { return document.body && document.body.getAttribute("data-factcheck"); }
  function ready() { return state() === "ready" && typeof window.factcheckCheck === "function"; }
  function box() { return document.getElementById("statement"); }

  /* No service worker in a frame of another origin. */
  if (framed && parentOrigin !== location.origin && navigator.serviceWorker) {
    try { navigator.serviceWorker.register = function () { return new Promise(function () {}); }; } catch (e) { /* read-only: go-app logs the refusal */ }
  }

  /* A start that fails is reported at once, with the reason. */
  function startFailed(reason) {
    if (announced) return;
    announced = true;
    post({ type: "factcheck:error", reason: String(reason).slice(0, 200) });
  }
  if (storageError) startFailed(storageError);
  if (typeof WebAssembly !== "object") startFailed("this browser runs no WebAssembly");
  window.addEventListener("error", function (e) { startFailed("start-up error: " + (e.message || "unknown")); });
  window.addEventListener("unhandledrejection", function (e) {
    var r = e.reason;
    startFailed("start-up error: " + (r && r.message ? r.message : String(r)));
  });
  if (typeof WebAssembly === "object" && WebAssembly.instantiateStreaming) {
    var instantiate = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = function () {
      return instantiate.apply(WebAssembly, arguments).catch(function (e) { startFailed("WebAssembly could not start: " + e); throw e; });
    };
  }
  /* The Go program (wasm_exec.js's Go) ending before the widget is ready is a failed start. */
  var Go;
  Object.defineProperty(window, "Go", {
    configurable: true,
    get: function () { return Go; },
    set: function (G) {
      Go = G;
      var run = G && G.prototype && G.prototype.run;
      if (run) G.prototype.run = function () { return run.apply(this, arguments).then(function () { startFailed("the widget stopped while starting"); }); };
    }
  });

  /* The check of text, stepped by the widget a slice at a time; then done(the JSON of `check -jsonl`). */
  function check(text, done) { window.factcheckCheck(String(text).slice(0, 20000), function (json) { done(JSON.parse(json)); }); }

  function setText(text) {
    var b = box();
    if (!b) return;
    b.value = String(text);
    b.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function handle(d) {
    var b = box(), n = b ? b.value.length : 0;
    if (d.type === "factcheck:check") {
      setText(String(d.text).slice(0, 20000));
      check(d.text, function (r) { post({ type: "factcheck:result", result: r }); });
    } else if (d.type === "factcheck:api") {
      check(d.text, function (r) { post({ type: "factcheck:result", id: d.id, result: r }); });
    } else if (d.type === "factcheck:takeover" && b) {
      var text = String(d.text);
      if (b.value !== text) {
        setText(text);
        if (text.trim()) check(text, function (r) { post({ type: "factcheck:result", result: r }); });
      }
      n = b.value.length;
      b.setSelectionRange(Math.min(+d.start || 0, n), Math.min(+d.end || 0, n));
      handover = !!d.focused;
      post({ type: "factcheck:took", id: d.id, text: b.value, start: b.selectionStart, end: b.selectionEnd });
    } else if (d.type === "factcheck:key" && b) {
      typeKey(b, String(d.key));
    }
  }

  /* A key typed during the hand-over, into the box at its caret. */
  function typeKey(b, key) {
    var s = b.selectionStart, e = b.selectionEnd;
    if (key === "Backspace") {
      if (s === e && s > 0) s--;
      b.setRangeText("", s, e, "end");
      b.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "deleteContentBackward" }));
    } else {
      b.setRangeText(key === "Enter" ? "\n" : key, s, e, "end");
      b.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: key }));
    }
  }

  /* The hand-over of the focus: once the host gives the frame the focus, the box takes it, caret and all (the
   * host then stops passing keys on); a key that reaches the frame before the box has it goes into the box. */
  var handover = false;
  function takeFocus() {
    var b = box();
    if (!handover || !b || !document.hasFocus()) return;
    var s = b.selectionStart, e = b.selectionEnd;
    handover = false;
    b.focus();
    b.setSelectionRange(s, e);
    post({ type: "factcheck:focused" });
  }
  window.addEventListener("focus", takeFocus);
  document.addEventListener("keydown", function (e) {
    var b = box();
    if (!handover || !b || e.target === b || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key.length === 1 || e.key === "Backspace" || e.key === "Enter") {
      e.preventDefault();
      typeKey(b, e.key);
    }
    takeFocus();
  }, true);

  window.addEventListener("message", function (e) {
    if (!framed || e.source !== window.parent || e.origin !== parentOrigin) return; /* anyone else is ignored */
    var d = e.data || {};
    if (typeof d.type !== "string") return;
    if (ready()) handle(d); else waiting.push(d);
  });

  /* A link in the widget opens in a new tab, never inside the host's frame. */
  document.addEventListener("click", function (e) {
    var a = framed && e.target.closest && e.target.closest("a[href]");
    if (a && a.getAttribute("href").charAt(0) !== "#") {
      a.target = "_blank";
      a.rel = "noopener noreferrer";
    }
  }, true);

  var last = -1;
  function measure() {
    var root = document.querySelector(".embed") || document.body;
    var h = Math.ceil(root.getBoundingClientRect().height);
    if (h !== last && h > 0) { last = h; post({ type: "factcheck:resize", height: h }); }
  }

  function start() {
    new MutationObserver(function () {
      measure();
      if (announced) return;
      if (ready()) {
        announced = true;
        post({ type: "factcheck:ready" });
        while (waiting.length) handle(waiting.shift());
      } else if (state() === "error") {
        startFailed("the claims database could not be loaded");
      }
    }).observe(document.documentElement, { attributes: true, childList: true, subtree: true, characterData: true });
    if (window.ResizeObserver) new ResizeObserver(measure).observe(document.documentElement);
    measure();
  }
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
