/* Runs first on every page, before go-app starts (a plain script in <head>).
 *
 * 1. A static site's page /claims is the file claims/index.html, which a
 *    file server sends at /claims/: the address loses its trailing slash so
 *    that go-app's routes (/claims, /claim/ID, …) match it.
 * 2. On the /embed page inside a frame, the widget's side of embedding
 *    (web/embed.js is the host's side): it says hello at once (so the host
 *    can tell a loaded widget from an error page), announces readiness or a
 *    failure to start, reports its height, checks text sent by the host,
 *    takes the focus and caret from the host's facade, answers
 *    factcheck.check() calls, and opens links in a new tab. Only the parent
 *    window at the origin named in the frame's address is listened to. */
(function () {
  "use strict";
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
  var waiting = [];

  function post(msg) { if (framed) window.parent.postMessage(msg, parentOrigin); }
  post({ type: "factcheck:hello" });
  function state() { return document.body && document.body.getAttribute("data-factcheck"); }
  function ready() { return state() === "ready" && typeof window.factcheckCheck === "function"; }
  function checkJSON(text) { return JSON.parse(window.factcheckCheck(String(text).slice(0, 20000))); }
  function box() { return document.getElementById("statement"); }

  function setText(text) {
    var b = box();
    if (!b) return;
    b.value = String(text).slice(0, 20000);
    b.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function handle(d) {
    if (d.type === "factcheck:check") {
      setText(d.text);
      post({ type: "factcheck:result", result: checkJSON(d.text) });
    } else if (d.type === "factcheck:api") {
      post({ type: "factcheck:result", id: d.id, result: checkJSON(d.text) });
    } else if (d.type === "factcheck:focus") {
      var b = box(), n = b ? b.value.length : 0;
      if (!b) return;
      b.focus();
      b.setSelectionRange(Math.min(+d.start || 0, n), Math.min(+d.end || 0, n));
    }
  }

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
    var announced = false;
    new MutationObserver(function () {
      measure();
      if (announced) return;
      if (ready()) {
        announced = true;
        post({ type: "factcheck:ready" });
        while (waiting.length) handle(waiting.shift());
      } else if (state() === "error") {
        announced = true;
        post({ type: "factcheck:error", reason: "the claims database could not be loaded" });
      }
    }).observe(document.documentElement, { attributes: true, childList: true, subtree: true, characterData: true });
    if (window.ResizeObserver) new ResizeObserver(measure).observe(document.documentElement);
    measure();
  }
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
