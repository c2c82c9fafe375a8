package site

import (
	"net/http"
	"os"
	"path"
	"path/filepath"
)

// StaticHost serves a static site's folder as static hosts do (GitHub
// Pages, Netlify, Cloudflare Pages, an S3 website's error document, nginx's
// error_page): the files as they are, and the site's 404.html, with status
// 404, for a file it does not have. It knows nothing of the app: the
// end-to-end tests and bench/linkprobe serve `factcheck static`'s output
// through it to see what a reader of such a host gets.
func StaticHost(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+r.URL.Path)))
		if st, err := os.Stat(name); err == nil && st.IsDir() {
			name = filepath.Join(name, "index.html")
		}
		if _, err := os.Stat(name); err != nil {
			page, _ := os.ReadFile(filepath.Join(dir, notFoundFile))
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			w.Write(page)
			return
		}
		files.ServeHTTP(w, r)
	})
}
