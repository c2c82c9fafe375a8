/* Runs before go-app starts (listed in the handler's Scripts). Where this
 * browser has no WebAssembly (turned off, or a lockdown mode), go-app's own
 * start fails before it can say so: mark the page, and web/app.css shows the
 * line saying what is missing while the page the server sent stays readable. */
if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
  document.documentElement.classList.add("wasm-missing");
}
