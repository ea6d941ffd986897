package serve

import (
	"bytes"
	_ "embed"
	"html"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync/atomic"
	"time"
)

// Addresses of serve's own files; they never collide with a site's,
// whose top-level paths come from slugs (no underscore) and config.
const (
	eventsPath = "/_kimppa/events"
	scriptPath = "/_kimppa/live-reload.js"
)

// liveReload is the script added to every HTML page served: it listens
// to eventsPath, reloads the page after a rebuild and shows content
// errors over it. It is never part of a build.
//
//go:embed live-reload.js
var liveReload []byte

// scriptTag is inserted before </body> of every HTML page, naming the
// build the page comes from.
func scriptTag(build, lang string) string {
	return `<script src="` + scriptPath + `" data-build="` + html.EscapeString(build) + `" data-lang="` + html.EscapeString(lang) + `" defer></script>`
}

// server serves the current state from memory.
type server struct {
	st  atomic.Pointer[state]
	hub *hub
}

func newServer() *server {
	s := &server{hub: newHub()}
	s.st.Store(&state{})
	return s
}

func (s *server) current() *state { return s.st.Load() }

// set swaps in a new state and tells the open pages: the errors, that
// the content is valid again, or to reload when their file is among
// changed (every page, on the first valid build).
func (s *server) set(next *state, changed []string) {
	prev := s.st.Swap(next)
	switch {
	case next.diags != nil:
		s.hub.send(errorsEvent(next.diags), nil)
	case prev.diags != nil:
		s.hub.send(event("ok", "{}"), nil)
	}
	if next.build == prev.build {
		return
	}
	var to func(*client) bool
	if prev.files != nil {
		set := make(map[string]bool, len(changed))
		for _, p := range changed {
			set[p] = true
		}
		to = func(c *client) bool { return set[c.file] }
	}
	s.hub.send(reloadEvent(next.build), to)
}

// contentTypes are the types of the files a site has, by extension;
// others are looked up with mime.TypeByExtension.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".json":        "application/json",
	".csv":         "text/csv; charset=utf-8",
	".xml":         "application/xml",
	".txt":         "text/plain; charset=utf-8",
	".ics":         "text/calendar; charset=utf-8",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".ico":         "image/x-icon",
	".pdf":         "application/pdf",
	".woff2":       "font/woff2",
	".webmanifest": "application/manifest+json",
	".docx":        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	".xlsx":        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	".odt":         "application/vnd.oasis.opendocument.text",
	".ods":         "application/vnd.oasis.opendocument.spreadsheet",
}

func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	switch r.URL.Path {
	case eventsPath:
		s.events(w, r)
		return
	case scriptPath:
		h.Set("Content-Type", contentType(scriptPath))
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(liveReload))
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	clean := path.Clean(p)
	if strings.HasSuffix(p, "/") && clean != "/" {
		clean += "/"
	}
	if clean != p {
		redirect(w, r, clean)
		return
	}
	st := s.current()
	if st.files == nil {
		s.noSite(w, r, st)
		return
	}
	name := clean[1:]
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	data, ok := st.files.File(name)
	if !ok && !strings.HasSuffix(clean, "/") {
		if _, dir := st.files[name+"/index.html"]; dir {
			redirect(w, r, clean+"/")
			return
		}
	}
	status := http.StatusOK
	if !ok {
		status = http.StatusNotFound
		name = "404.html"
		if data, ok = st.files.File(name); !ok {
			http.Error(w, "404 page not found", status)
			return
		}
	}
	h.Set("Content-Type", contentType(name))
	if strings.HasSuffix(name, ".html") {
		data = inject(data, st.build, st.lang)
	}
	if status != http.StatusOK {
		w.WriteHeader(status)
		if r.Method != http.MethodHead {
			w.Write(data)
		}
		return
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
}

// redirect sends the browser to the site path to, keeping the query.
func redirect(w http.ResponseWriter, r *http.Request, to string) {
	if r.URL.RawQuery != "" {
		to += "?" + r.URL.RawQuery
	}
	http.Redirect(w, r, to, http.StatusMovedPermanently)
}

// inject adds the live-reload script to an HTML page, before its last
// </body>, or at its end.
func inject(page []byte, build, lang string) []byte {
	i := bytes.LastIndex(bytes.ToLower(page), []byte("</body>"))
	if i < 0 {
		i = len(page)
	}
	tag := scriptTag(build, lang)
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:i]...)
	out = append(out, tag...)
	return append(out, page[i:]...)
}

// noSiteText is what the page says while there is no site, by language:
// while building, and when the content has errors.
var noSiteText = map[string][2]string{
	"en": {"The site is being built.", "The site has errors. Fix them and save: this page reloads by itself."},
	"fi": {"Sivustoa rakennetaan.", "Sivuston sisällössä on virheitä. Korjaa ne ja tallenna: sivu latautuu uudelleen itsestään."},
}

// noSite answers while no build has succeeded yet: a page that the
// script fills with the errors and reloads once the content is fixed.
func (s *server) noSite(w http.ResponseWriter, r *http.Request, st *state) {
	w.Header().Set("Content-Type", contentType(".html"))
	w.WriteHeader(http.StatusServiceUnavailable)
	lang := st.lang
	if _, ok := noSiteText[lang]; !ok {
		lang = "en"
	}
	msg := noSiteText[lang][0]
	if st.diags != nil {
		msg = noSiteText[lang][1]
	}
	page := `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<title>kimppa serve</title></head><body><main><h1>kimppa serve</h1><p>` + html.EscapeString(msg) + `</p></main></body></html>`
	if r.Method != http.MethodHead {
		w.Write(inject([]byte(page), st.build, st.lang))
	}
}
