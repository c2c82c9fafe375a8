/* factcheck embed. Add to a page:
 *   <script src="https://WIDGET-HOST/web/embed.js" async></script>
 *   <div data-factcheck data-factcheck-layout="compact|full" data-factcheck-theme="auto|light|dark" data-factcheck-text="…"></div>
 * Optional: data-factcheck-select on an element (e.g. the article) shows a "Check" button beside a selection in it.
 * API: factcheck.check(text) -> Promise of the same JSON as `factcheck check -jsonl`.
 * Events: each widget <div> fires "factcheck:result" (detail: that JSON) after a check.
 * The host's CSP needs: script-src WIDGET-HOST; frame-src WIDGET-HOST. No inline script or style is used. */
(function () {
  "use strict";
  if (window.factcheck && window.factcheck.check) return;
  var script = document.currentScript;
  var widget = new URL(script ? script.src : "/", location.href).origin;
  var widgets = [], calls = {}, seq = 0, btn = null;

  function mount(div) {
    if (div.factcheckFrame) return;
    var full = div.getAttribute("data-factcheck-layout") === "full";
    var h = full ? 460 : 240, f = document.createElement("iframe"), hash = new URLSearchParams();
    hash.set("origin", location.origin);
    hash.set("layout", full ? "full" : "compact");
    hash.set("theme", div.getAttribute("data-factcheck-theme") || "auto");
    if (div.getAttribute("data-factcheck-text")) hash.set("text", div.getAttribute("data-factcheck-text"));
    div.style.minHeight = h + "px"; /* reserve the space: the page does not jump */
    f.src = widget + "/embed#" + hash.toString();
    f.title = "factcheck: check a statement against its sources";
    f.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups");
    f.style.width = "100%"; f.style.height = h + "px"; f.style.border = "0"; f.style.display = "block";
    div.appendChild(f);
    div.factcheckFrame = f;
    widgets.push({ div: div, frame: f, ready: false, queue: [] });
  }

  function send(w, msg) {
    if (w.ready) w.frame.contentWindow.postMessage(msg, widget); else w.queue.push(msg);
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== widget) return; /* only the widget may talk to us */
    var w = null, d = e.data || {}, i;
    for (i = 0; i < widgets.length; i++) if (widgets[i].frame.contentWindow === e.source) w = widgets[i];
    if (!w || typeof d.type !== "string") return;
    if (d.type === "factcheck:ready") {
      w.ready = true;
      while (w.queue.length) send(w, w.queue.shift());
    } else if (d.type === "factcheck:resize") {
      var h = Math.max(60, Math.min(5000, Math.ceil(+d.height) || 0));
      w.frame.style.height = h + "px";
      w.div.style.minHeight = "";
    } else if (d.type === "factcheck:result") {
      if (calls[d.id]) { calls[d.id](d.result); delete calls[d.id]; }
      else w.div.dispatchEvent(new CustomEvent("factcheck:result", { detail: d.result }));
    }
  });

  function check(text) {
    return new Promise(function (resolve, reject) {
      var w = widgets[0];
      if (!w) return reject(new Error("factcheck: no <div data-factcheck> on this page"));
      var id = ++seq;
      calls[id] = resolve;
      setTimeout(function () { if (calls[id]) { delete calls[id]; reject(new Error("factcheck: no answer")); } }, 20000);
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
      btn = document.createElement("button");
      btn.type = "button";
      btn.className = "factcheck-select-button";
      btn.textContent = "Check";
      btn.setAttribute("aria-label", "Check the selected text with factcheck");
      btn.style.position = "absolute"; btn.style.zIndex = "2147483000"; btn.style.font = "600 14px/1 system-ui, sans-serif";
      btn.style.padding = "6px 10px"; btn.style.border = "0"; btn.style.borderRadius = "6px";
      btn.style.background = "#1d4ed8"; btn.style.color = "#fff"; btn.style.cursor = "pointer";
      btn.addEventListener("mousedown", function (e) { e.preventDefault(); }); /* keep the selection */
      btn.addEventListener("click", function () {
        var s = btn.factcheckText, w = widgets[0];
        hide();
        if (!w || !s) return;
        send(w, { type: "factcheck:check", text: s });
        w.frame.scrollIntoView({ block: "nearest", behavior: "smooth" });
        w.frame.focus();
      });
    }
    btn.factcheckText = sel.text;
    var rect = sel.range.getBoundingClientRect(), end = sel.range.endContainer;
    if (end.nodeType !== 1) end = end.parentNode;
    /* After the selection in document order, so Tab reaches it next. */
    end.parentNode.insertBefore(btn, end.nextSibling);
    var parent = btn.offsetParent ? btn.offsetParent.getBoundingClientRect() : { left: 0, top: 0 };
    btn.style.left = Math.max(0, rect.right - parent.left - 40) + "px";
    btn.style.top = (rect.bottom - parent.top + 6) + "px";
  }
  var timer = 0;
  document.addEventListener("selectionchange", function () { clearTimeout(timer); timer = setTimeout(show, 120); });

  function init() { Array.prototype.forEach.call(document.querySelectorAll("[data-factcheck]"), mount); }
  window.factcheck = { check: check, mount: init };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
