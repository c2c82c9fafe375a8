/* factcheck embed. Add to a page:
 *   <script src="https://WIDGET-HOST/web/embed.js" async></script>
 *   <div data-factcheck data-factcheck-layout="compact|full" data-factcheck-theme="auto|light|dark" data-factcheck-text="…"></div>
 * Optional: data-factcheck-select on an element (e.g. the article) shows a "Check" button beside a selection in it.
 * API: factcheck.check(text) -> Promise of the same JSON as `factcheck check -jsonl`; it rejects, with the reason, if the widget cannot
 * load: at once when the frame reports that it cannot start (storage denied and not replaced, a start-up error), else
 * when it is not ready 30 s after its page answered, or when its page does not answer within 30 s.
 * Events: each widget <div> fires "factcheck:result" (detail: that JSON) after a check.
 * The host's CSP needs: script-src WIDGET-HOST; frame-src WIDGET-HOST. No inline script or style is used.
 *
 * Until it is used, the widget is a facade: a label and a text box in plain HTML, styled through CSSOM, with
 * no frame, no wasm and no database. The frame (the /embed page) loads on the first focus, input, selection
 * check or factcheck.check() call, or 10 s after the page loaded, when idle, with the widget in view. The hand-over
 * loses no key: the facade stays in place, and editable, until the frame has acknowledged its exact text and caret;
 * only then does the frame replace it, with focus and caret where they were, and a key that reaches the host page
 * while focus moves is passed on to the frame. */
(function () {
  "use strict";
  if (window.factcheck && window.factcheck.check) return;
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
    w.status = make("p", { margin: "8px 0 0", fontSize: "14px" }, "Checked on your device by factcheck");
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
    f.title = "factcheck: check a statement against its sources";
    f.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
    /* The frame's script says hello before its page has loaded: a load without it is an error page. */
    f.addEventListener("load", function () { setTimeout(function () { if (!w.hello) fail(w, "no widget could be loaded from " + widget); }, 1000); });
    w.timer = setTimeout(function () { fail(w, "the widget's page did not answer within 30 s"); }, 30000);
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

  /* The frame is ready: it is handed the facade's text and caret, and replaces the facade once it has them exactly. */
  function ready(w) {
    var input = w.input;
    clearTimeout(w.timer);
    w.ready = true;
    w.status.textContent = "Checked on your device by factcheck";
    input.addEventListener("input", function () { offer(w); });
    input.addEventListener("select", function () { offer(w); });
    input.addEventListener("keyup", function () { offer(w); });
    offer(w);
    while (w.queue.length) send(w, w.queue.shift());
  }

  /* Offer the frame the facade's text and caret (again, whenever they change before it has taken them). */
  function offer(w) {
    var input = w.input;
    if (w.swapped) return;
    w.frame.contentWindow.postMessage({ type: "factcheck:takeover", id: ++seq, text: input.value, start: input.selectionStart,
      end: input.selectionEnd, focused: document.activeElement === input }, widget);
    w.offer = seq;
  }

  /* The frame has the text and caret (d): if the facade still has exactly those, the frame replaces it. An answer to an
   * older offer waits for the newest; one to the newest that differs (the frame could not take it) still ends the wait. */
  function took(w, d) {
    var input = w.input, focused = document.activeElement === input;
    if (w.swapped || d.id !== w.offer) return;
    if (d.text !== input.value || d.start !== input.selectionStart || d.end !== input.selectionEnd) {
      if (!w.retried) { w.retried = true; return offer(w); }
    }
    w.swapped = true;
    if (focused) w.relay = setTimeout(function () { w.relay = 0; }, 1500); /* keys still on their way to the facade */
    css(w.frame, { position: "static", visibility: "visible" });
    w.div.removeChild(w.facade);
    w.div.style.minHeight = "";
    if (focused) w.frame.focus();
  }

  /* A key that reaches the host page while focus moves into the frame goes on to the frame's box. */
  document.addEventListener("keydown", function (e) {
    for (var i = 0; i < widgets.length; i++) {
      var w = widgets[i];
      if (!w.relay || e.ctrlKey || e.metaKey || e.altKey || (e.key.length !== 1 && e.key !== "Backspace" && e.key !== "Enter")) continue;
      var t = e.target;
      if (t !== w.frame && t !== document.body && t !== document.documentElement) continue;
      e.preventDefault();
      w.frame.contentWindow.postMessage({ type: "factcheck:key", key: e.key }, widget);
    }
  }, true);

  function send(w, msg) {
    if (w.ready) w.frame.contentWindow.postMessage(msg, widget); else { w.queue.push(msg); load(w); }
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== widget) return; /* only the widget may talk to us */
    var w = null, d = e.data || {}, i;
    for (i = 0; i < widgets.length; i++) if (widgets[i].frame && widgets[i].frame.contentWindow === e.source) w = widgets[i];
    if (!w || typeof d.type !== "string") return;
    if (d.type === "factcheck:hello") {
      if (!w.hello) { clearTimeout(w.timer); w.timer = setTimeout(function () { fail(w, "the widget did not start within 30 s"); }, 30000); }
      w.hello = true;
    } else if (d.type === "factcheck:ready") { if (!w.ready && !w.error) ready(w); }
    else if (d.type === "factcheck:took") took(w, d);
    else if (d.type === "factcheck:focused") { clearTimeout(w.relay); w.relay = 0; }
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
      btn.setAttribute("aria-label", "Check the selected text with factcheck");
      btn.addEventListener("mousedown", function (e) { e.preventDefault(); }); /* keep the selection */
      btn.addEventListener("click", function () {
        var s = btn.factcheckText, w = widgets[0];
        hide();
        if (!w || !s) return;
        w.div.scrollIntoView({ block: "nearest", behavior: "smooth" });
        if (!w.swapped) { w.input.value = s; w.input.focus(); if (w.ready) offer(w); return load(w); } /* handed over with the rest */
        send(w, { type: "factcheck:check", text: s });
        w.frame.focus();
      });
    }
    btn.factcheckText = sel.text;
    var rects = sel.range.getClientRects(), rect = rects.length ? rects[rects.length - 1] : sel.range.getBoundingClientRect(),
      end = sel.range.endContainer;
    if (end.nodeType !== 1) end = end.parentNode;
    /* After the selection in document order, so Tab reaches it next. */
    end.parentNode.insertBefore(btn, end.nextSibling);
    /* Beside the selection's last line, never over it: to its right, or, where that leaves the page, below it. */
    var parent = btn.offsetParent ? btn.offsetParent.getBoundingClientRect() : { left: 0, top: 0 },
      w = btn.offsetWidth, h = btn.offsetHeight, right = rect.right + 8 + w <= document.documentElement.clientWidth;
    css(btn, { left: Math.max(0, (right ? rect.right + 8 : rect.right - w) - parent.left) + "px",
      top: (right ? rect.top + (rect.height - h) / 2 : rect.bottom + 6) - parent.top + "px" });
  }
  var timer = 0;
  document.addEventListener("selectionchange", function () { clearTimeout(timer); timer = setTimeout(show, 120); });

  function init() { Array.prototype.forEach.call(document.querySelectorAll("[data-factcheck]"), mount); }
  window.factcheck = { check: check, mount: init };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
