/* factcheck embed. Add to a page:
 *   <script src="https://WIDGET-HOST/web/embed.js" async></script>
 *   <div data-factcheck data-factcheck-layout="compact|full" data-factcheck-theme="auto|light|dark" data-factcheck-text="…"></div>
 * Optional: data-factcheck-select on an element (e.g. the article) shows a "Check" button beside a selection in it.
 * API: factcheck.check(text) -> Promise of the same JSON as `factcheck check -jsonl`; it rejects, with the reason, if the widget cannot load.
 * Events: each widget <div> fires "factcheck:result" (detail: that JSON) after a check.
 * The host's CSP needs: script-src WIDGET-HOST; frame-src WIDGET-HOST. No inline script or style is used.
 *
 * Until it is used, the widget is a facade: a label and a text box in plain HTML, styled through CSSOM, with
 * no frame, no wasm and no database. The frame (the /embed page) loads on the first focus, input, selection
 * check or factcheck.check() call, or 10 s after the page loaded, when idle, with the widget in view. What the
 * reader types meanwhile is kept, checked as soon as the frame is ready, and focus and caret move into it. */
(function () {
  "use strict";
  if (window.factcheck && window.factcheck.check) return;
  var site = "factcheck"; /* the site's name: the server writes the configured one here (wasm/site.go) */
  var script = document.currentScript;
  var widget = new URL(script ? script.src : "/", location.href).origin;
  var widgets = [], calls = {}, seq = 0, btn = null;

  function css(el, s) { for (var k in s) el.style[k] = s[k]; return el; } /* CSSOM: allowed by a strict CSP */
  function make(tag, s, text) { var el = css(document.createElement(tag), s || {}); if (text) el.textContent = text; return el; }

  function mount(div) {
    if (div.factcheck) return;
    var full = div.getAttribute("data-factcheck-layout") === "full", theme = div.getAttribute("data-factcheck-theme") || "auto";
    var w = { div: div, h: full ? 460 : 240, full: full, theme: theme, ready: false, queue: [] };
    div.factcheck = w;
    widgets.push(w);
    css(div, { position: "relative", minHeight: w.h + "px" }); /* reserve the space: the page does not jump */
    var box = w.facade = make("div", { boxSizing: "border-box", minHeight: w.h + "px", padding: "12px", font: "16px/1.5 system-ui, sans-serif",
      colorScheme: theme === "auto" ? "light dark" : theme });
    var id = "factcheck-text-" + widgets.length, label = make("label", { display: "block", fontWeight: "600", marginBottom: "6px" }, "Check a statement against its sources");
    var input = w.input = make("textarea", { display: "block", boxSizing: "border-box", width: "100%", font: "inherit", padding: "8px", borderRadius: "6px" });
    label.htmlFor = input.id = id;
    input.rows = 3;
    input.placeholder = "Paste or type a statement";
    input.value = div.getAttribute("data-factcheck-text") || "";
    w.status = make("p", { margin: "8px 0 0", fontSize: "14px" }, "Checked on your device by " + site);
    w.status.setAttribute("role", "status");
    box.appendChild(label); box.appendChild(input); box.appendChild(w.status);
    div.appendChild(box);
    input.addEventListener("focus", function () { load(w); });
    input.addEventListener("input", function () { load(w); });
    /* Idle: 10 s after the page loaded (its own loading comes first), when the browser has nothing else to do, if the widget is in view. */
    var idle = window.requestIdleCallback || setTimeout;
    if (window.IntersectionObserver) {
      var seen = new IntersectionObserver(function (es) { w.visible = es[es.length - 1].isIntersecting; maybe(); });
      var maybe = function () { if (w.visible && w.settled) idle(function () { if (w.visible) { seen.disconnect(); load(w); } }); };
      var later = function () { setTimeout(function () { w.settled = true; maybe(); }, 1e4); };
      seen.observe(div);
      if (document.readyState === "complete") later(); else addEventListener("load", later);
    }
  }

  function load(w) {
    if (w.frame || w.error) return;
    var f = w.frame = make("iframe", { position: "absolute", top: 0, left: 0, width: "100%", height: w.h + "px", border: "0", display: "block", visibility: "hidden" });
    var hash = new URLSearchParams();
    hash.set("origin", location.origin);
    hash.set("layout", w.full ? "full" : "compact");
    hash.set("theme", w.theme);
    f.src = widget + "/embed#" + hash.toString();
    f.title = site + ": check a statement against its sources";
    f.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
    /* The frame's script says hello before its page has loaded: a load without it is an error page. */
    f.addEventListener("load", function () { setTimeout(function () { if (!w.hello) fail(w, "no widget could be loaded from " + widget); }, 1000); });
    w.timer = setTimeout(function () { fail(w, "the widget was not ready within 60 s"); }, 60000);
    w.status.textContent = "Loading the checker…";
    w.div.appendChild(f);
  }

  function fail(w, reason) {
    if (w.ready || w.error) return;
    w.error = "factcheck: " + reason;
    w.status.textContent = "The checker could not load.";
    if (w.frame) w.div.removeChild(w.frame);
    w.queue = [];
    for (var id in calls) if (calls[id].w === w) { calls[id].reject(new Error(w.error)); delete calls[id]; }
  }

  /* The frame is ready: it replaces the facade, checks what was typed meanwhile and takes the focus and caret. */
  function ready(w) {
    var input = w.input, text = input.value, focused = document.activeElement === input;
    clearTimeout(w.timer);
    w.ready = true;
    css(w.frame, { position: "static", visibility: "visible" });
    w.div.removeChild(w.facade);
    w.div.style.minHeight = "";
    if (text.trim()) w.queue.unshift({ type: "factcheck:check", text: text });
    if (focused) {
      w.queue.push({ type: "factcheck:focus", start: input.selectionStart, end: input.selectionEnd });
      w.frame.focus();
    }
    while (w.queue.length) send(w, w.queue.shift());
  }

  function send(w, msg) {
    if (w.ready) w.frame.contentWindow.postMessage(msg, widget); else { w.queue.push(msg); load(w); }
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== widget) return; /* only the widget may talk to us */
    var w = null, d = e.data || {}, i;
    for (i = 0; i < widgets.length; i++) if (widgets[i].frame && widgets[i].frame.contentWindow === e.source) w = widgets[i];
    if (!w || typeof d.type !== "string") return;
    if (d.type === "factcheck:hello") w.hello = true;
    else if (d.type === "factcheck:ready") { if (!w.ready && !w.error) ready(w); }
    else if (d.type === "factcheck:error") fail(w, "the widget could not start: " + String(d.reason || "unknown error").slice(0, 200));
    else if (d.type === "factcheck:resize") {
      var h = Math.max(60, Math.min(5000, Math.ceil(+d.height) || 0));
      w.frame.style.height = h + "px";
      if (w.ready) w.div.style.minHeight = "";
    } else if (d.type === "factcheck:result") {
      if (calls[d.id]) { calls[d.id].resolve(d.result); delete calls[d.id]; }
      else w.div.dispatchEvent(new CustomEvent("factcheck:result", { detail: d.result }));
    }
  });

  function check(text) {
    return new Promise(function (resolve, reject) {
      var w = widgets[0];
      if (!w) return reject(new Error("factcheck: no <div data-factcheck> on this page"));
      if (w.error) return reject(new Error(w.error));
      var id = ++seq;
      calls[id] = { resolve: resolve, reject: reject, w: w };
      send(w, { type: "factcheck:api", id: id, text: String(text) });
    });
  }

  /* Check as you read: a button beside a selection inside [data-factcheck-select]. */
  function hide() { if (btn && btn.parentNode) btn.parentNode.removeChild(btn); }
  function selected() {
    var s = getSelection(), t = s && s.rangeCount ? s.toString().trim() : "";
    if (t.length < 3 || t.length > 2000) return null;
    var r = s.getRangeAt(0), n = r.commonAncestorContainer;
    if (n.nodeType !== 1) n = n.parentNode;
    return n && n.closest && n.closest("[data-factcheck-select]") ? { text: t, range: r } : null;
  }
  function show() {
    var sel = selected();
    if (!sel) return hide();
    if (!btn) {
      btn = make("button", { position: "absolute", zIndex: "2147483000", font: "600 14px/1 system-ui, sans-serif", padding: "6px 10px",
        border: "0", borderRadius: "6px", background: "#1d4ed8", color: "#fff", cursor: "pointer" }, "Check");
      btn.type = "button";
      btn.className = "factcheck-select-button";
      btn.setAttribute("aria-label", "Check the selected text with " + site);
      btn.addEventListener("mousedown", function (e) { e.preventDefault(); }); /* keep the selection */
      btn.addEventListener("click", function () {
        var s = btn.factcheckText, w = widgets[0];
        hide();
        if (!w || !s) return;
        w.div.scrollIntoView({ block: "nearest", behavior: "smooth" });
        if (!w.ready) { w.input.value = s; return load(w); } /* checked when the frame is ready */
        send(w, { type: "factcheck:check", text: s });
        w.frame.focus();
      });
    }
    btn.factcheckText = sel.text;
    var rect = sel.range.getBoundingClientRect(), end = sel.range.endContainer;
    if (end.nodeType !== 1) end = end.parentNode;
    /* After the selection in document order, so Tab reaches it next. */
    end.parentNode.insertBefore(btn, end.nextSibling);
    var parent = btn.offsetParent ? btn.offsetParent.getBoundingClientRect() : { left: 0, top: 0 };
    css(btn, { left: Math.max(0, rect.right - parent.left - 40) + "px", top: (rect.bottom - parent.top + 6) + "px" });
  }
  var timer = 0;
  document.addEventListener("selectionchange", function () { clearTimeout(timer); timer = setTimeout(show, 120); });

  function init() { Array.prototype.forEach.call(document.querySelectorAll("[data-factcheck]"), mount); }
  window.factcheck = { check: check, mount: init };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
