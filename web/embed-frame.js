/* The widget's side of embedding (web/embed.js is the host's side). On the
 * /embed page inside a frame it: announces readiness, reports its height,
 * checks text sent by the host and answers factcheck.check() calls. Only the
 * parent window at the origin named in the frame's address is listened to. */
(function () {
  "use strict";
  if (location.pathname !== "/embed") return;
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
  function ready() { return document.body && document.body.getAttribute("data-factcheck") === "ready" && typeof window.factcheckCheck === "function"; }
  function checkJSON(text) { return JSON.parse(window.factcheckCheck(String(text).slice(0, 20000))); }

  function setText(text) {
    var box = document.getElementById("statement");
    if (!box) return;
    box.value = String(text).slice(0, 20000);
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function handle(d) {
    if (d.type === "factcheck:check") {
      setText(d.text);
      post({ type: "factcheck:result", result: checkJSON(d.text) });
    } else if (d.type === "factcheck:api") {
      post({ type: "factcheck:result", id: d.id, result: checkJSON(d.text) });
    }
  }

  window.addEventListener("message", function (e) {
    if (!framed || e.source !== window.parent || e.origin !== parentOrigin) return; /* anyone else is ignored */
    var d = e.data || {};
    if (typeof d.type !== "string") return;
    if (ready()) handle(d); else waiting.push(d);
  });

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
      if (!announced && ready()) {
        announced = true;
        post({ type: "factcheck:ready" });
        while (waiting.length) handle(waiting.shift());
      }
    }).observe(document.documentElement, { attributes: true, childList: true, subtree: true, characterData: true });
    if (window.ResizeObserver) new ResizeObserver(measure).observe(document.documentElement);
    measure();
  }
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
