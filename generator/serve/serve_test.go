package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/session"
	"golang.org/x/tools/txtar"
)

// writeFixture writes testdata/site.txtar into a new directory.
func writeFixture(t *testing.T) string {
	t.Helper()
	ar, err := txtar.ParseFile(filepath.Join("testdata", "site.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range ar.Files {
		full := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// running is a serve run on a fixture site.
type running struct {
	t    *testing.T
	dir  string
	url  string // with a trailing slash
	done chan error
	stop context.CancelFunc

	mu      sync.Mutex
	cond    *sync.Cond
	builds  int // rebuilds published so far
	last    *session.Update
	stopped bool
}

// start serves a fixture site on a free port of 127.0.0.1 and waits for
// its first build.
func start(t *testing.T) *running {
	t.Helper()
	dir := writeFixture(t)
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	r := &running{t: t, dir: dir, url: BaseURL(ln), done: make(chan error, 1), stop: stop}
	r.cond = sync.NewCond(&r.mu)
	opts := Options{Source: dir, Rebuilt: func(u *session.Update) {
		r.mu.Lock()
		r.builds++
		r.last = u
		r.cond.Broadcast()
		r.mu.Unlock()
	}}
	go func() {
		err := Run(ctx, ln, opts)
		r.mu.Lock()
		r.stopped = true
		r.cond.Broadcast()
		r.mu.Unlock()
		r.done <- err
	}()
	t.Cleanup(func() {
		stop()
		if err := <-r.done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	r.waitBuilds(1)
	return r
}

// waitBuilds waits until n rebuilds have been published.
func (r *running) waitBuilds(n int) *session.Update {
	r.mu.Lock()
	defer r.mu.Unlock()
	for r.builds < n && !r.stopped {
		r.cond.Wait()
	}
	if r.stopped {
		r.t.Fatal("serve stopped")
	}
	return r.last
}

// until waits, rebuild after rebuild, until ok holds. Editors and the
// file system may split one save into several events: a page may take
// more than one rebuild to show it.
func (r *running) until(what string, ok func() bool) {
	r.t.Helper()
	for {
		r.mu.Lock()
		n := r.builds
		r.mu.Unlock()
		if ok() {
			return
		}
		r.t.Logf("waiting: %s", what)
		r.waitBuilds(n + 1)
	}
}

func (r *running) write(rel, text string) {
	r.t.Helper()
	full := filepath.Join(r.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

func (r *running) read(rel string) string {
	r.t.Helper()
	b, err := os.ReadFile(filepath.Join(r.dir, filepath.FromSlash(rel)))
	if err != nil {
		r.t.Fatal(err)
	}
	return string(b)
}

func (r *running) replace(rel, old, new string) {
	r.t.Helper()
	text := r.read(rel)
	if !strings.Contains(text, old) {
		r.t.Fatalf("%s has no %q", rel, old)
	}
	r.write(rel, strings.Replace(text, old, new, 1))
}

// get fetches a site path and returns the status and body.
func (r *running) get(p string) (int, string) {
	r.t.Helper()
	resp, err := http.Get(r.url + strings.TrimPrefix(p, "/"))
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		r.t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func (r *running) shows(p, text string) bool {
	code, body := r.get(p)
	return code == http.StatusOK && strings.Contains(body, text)
}

func (r *running) missing(p string) bool {
	code, _ := r.get(p)
	return code == http.StatusNotFound
}

func TestServeFollowsEditsCreationsRenamesAndDeletions(t *testing.T) {
	r := start(t)
	if !r.shows("/toimijat/alfa/", "Alfa lajittelee muovia.") {
		t.Fatal("the first build does not serve the actor's page")
	}

	r.replace("content/actors/alfa.md", "Alfa lajittelee muovia.", "Alfa lajittelee nyt myös tekstiilit.")
	r.until("edited summary on the actor's page and in the list", func() bool {
		return r.shows("/toimijat/alfa/", "Alfa lajittelee nyt myös tekstiilit.") && r.shows("/toimijat/", "Alfa lajittelee nyt myös tekstiilit.")
	})

	// The service moves from Alfa to Beeta: the reverse link moves with it.
	r.replace("content/services/lajittelu.md", "providers: [alfa]", "providers: [beeta]")
	r.until("service listed on its new provider's page only", func() bool {
		return r.shows("/toimijat/beeta/", "Muovin lajittelu") && !r.shows("/toimijat/alfa/", "Muovin lajittelu")
	})

	r.write("content/actors/delta.md", "---\nname: Delta Oy\nkind: company\nsize: startup\nsummary: Delta korjaa laitteita.\n---\nDelta.\n")
	r.until("new actor served and listed", func() bool {
		return r.shows("/toimijat/delta/", "Delta korjaa laitteita.") && r.shows("/toimijat/", "Delta Oy")
	})

	if err := os.Rename(filepath.Join(r.dir, "content/actors/delta.md"), filepath.Join(r.dir, "content/actors/delta-korjaamo.md")); err != nil {
		t.Fatal(err)
	}
	r.until("renamed actor at its new address only", func() bool {
		return r.shows("/toimijat/delta-korjaamo/", "Delta korjaa laitteita.") && r.missing("/toimijat/delta/")
	})

	// A new bundle folder: the watcher must follow folders made later.
	r.write("content/actors/epsilon/index.md", "---\nname: Epsilon Oy\nkind: company\nsize: sme\nsummary: Epsilon vuokraa työkaluja.\n---\nEpsilon.\n")
	r.until("actor in a new bundle folder served", func() bool { return r.shows("/toimijat/epsilon/", "Epsilon vuokraa työkaluja.") })
	r.write("content/actors/epsilon/index.en.md", "---\nname: Epsilon Ltd\nsummary: Epsilon rents tools.\n---\nEpsilon.\n")
	r.until("translation in the new folder served", func() bool { return r.shows("/en/actors/epsilon/", "Epsilon rents tools.") })

	if err := os.Remove(filepath.Join(r.dir, "content/actors/delta-korjaamo.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(r.dir, "content/actors/epsilon")); err != nil {
		t.Fatal(err)
	}
	r.until("deleted actors gone from their pages and the list", func() bool {
		_, list := r.get("/toimijat/")
		return r.missing("/toimijat/delta-korjaamo/") && r.missing("/toimijat/epsilon/") && !strings.Contains(list, "Delta Oy") && !strings.Contains(list, "Epsilon Oy")
	})
}

// sse reads the server-sent events of a serve run.
type sse struct {
	events chan [2]string // name, data
	body   io.Closer
}

// listen follows the events of a page open at the site path page.
func (r *running) listen(page string) *sse {
	r.t.Helper()
	resp, err := http.Get(r.url + "_kimppa/events?page=" + url.QueryEscape(page))
	if err != nil {
		r.t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		r.t.Fatalf("events: Content-Type %q", ct)
	}
	s := &sse{events: make(chan [2]string, 100), body: resp.Body}
	go func() {
		defer close(s.events)
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		var name, data string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if name != "" {
					s.events <- [2]string{name, data}
				}
				name, data = "", ""
			case strings.HasPrefix(line, "event: "):
				name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				data += strings.TrimPrefix(line, "data: ")
			}
		}
	}()
	r.t.Cleanup(func() { resp.Body.Close() })
	return s
}

// next returns the next event named one of names, skipping others.
func (s *sse) next(t *testing.T, names ...string) (string, string) {
	t.Helper()
	for ev := range s.events {
		for _, n := range names {
			if ev[0] == n {
				return ev[0], ev[1]
			}
		}
	}
	t.Fatalf("event stream ended before any of %v", names)
	return "", ""
}

type jsonDiag struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Hint     string `json:"hint"`
}

func TestServeShowsErrorsAndKeepsTheLastValidPage(t *testing.T) {
	r := start(t)
	events := r.listen("/toimijat/alfa/")
	if name, _ := events.next(t, "hello"); name != "hello" {
		t.Fatal("no hello")
	}
	if name, _ := events.next(t, "ok", "errors"); name != "ok" {
		t.Fatalf("a valid site starts with %q, want ok", name)
	}
	_, before := r.get("/toimijat/alfa/")

	r.replace("content/actors/alfa.md", "kind: company", "kind: [company")
	_, data := events.next(t, "errors")
	var diags []jsonDiag
	if err := json.Unmarshal([]byte(data), &diags); err != nil {
		t.Fatalf("errors event: %v: %s", err, data)
	}
	found := false
	for _, d := range diags {
		if d.File == "content/actors/alfa.md" && d.Line == 3 && d.Severity == "error" && d.Message != "" && d.Hint != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("errors event has no error at content/actors/alfa.md:3 with a hint: %s", data)
	}
	if code, body := r.get("/toimijat/alfa/"); code != http.StatusOK || body != before {
		t.Errorf("while the file is broken the page is %d and changed; want the last valid page", code)
	}
	// A page opened now learns of the errors when it connects.
	late := r.listen("/")
	if name, _ := late.next(t, "ok", "errors"); name != "errors" {
		t.Errorf("a page opened while the content is broken gets %q, want errors", name)
	}

	r.replace("content/actors/alfa.md", "kind: [company", "kind: company\nmunicipality: Espoo")
	events.next(t, "ok")
	if name, _ := events.next(t, "reload", "errors"); name != "reload" {
		t.Errorf("after the fix: %s, want reload", name)
	}
	if !r.shows("/toimijat/alfa/", "Espoo") {
		t.Error("the fixed page is not served")
	}
}

func TestServeAnswersLikeAStaticHost(t *testing.T) {
	r := start(t)
	for _, c := range []struct {
		path, status, ctype string
		script              bool
	}{
		{"/", "200", "text/html; charset=utf-8", true},
		{"/toimijat/alfa/", "200", "text/html; charset=utf-8", true},
		{"/toimijat/alfa/index.html", "200", "text/html; charset=utf-8", true},
		{"/sitemap.xml", "200", "application/xml", false},
		{"/robots.txt", "200", "text/plain; charset=utf-8", false},
		{"/calls.ics", "200", "text/calendar; charset=utf-8", false},
		{"/data/entities.json", "200", "application/json", false},
		{"/data/actors.csv", "200", "text/csv; charset=utf-8", false},
		{"/data/datapackage.json", "200", "application/json", false},
		{"/search/search.js", "200", "text/javascript; charset=utf-8", false},
		{"/_kimppa/live-reload.js", "200", "text/javascript; charset=utf-8", false},
		{"/no/such/page/", "404", "text/html; charset=utf-8", true},
	} {
		resp, err := http.Get(r.url + strings.TrimPrefix(c.path, "/"))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if got := fmt.Sprint(resp.StatusCode); got != c.status {
			t.Errorf("%s: status %s, want %s", c.path, got, c.status)
		}
		if got := resp.Header.Get("Content-Type"); got != c.ctype {
			t.Errorf("%s: Content-Type %q, want %q", c.path, got, c.ctype)
		}
		if got := resp.Header.Get("Cache-Control"); got != "no-store" {
			t.Errorf("%s: Cache-Control %q, want no-store", c.path, got)
		}
		if got := strings.Contains(string(body), scriptPath+`"`); got != c.script {
			t.Errorf("%s: live-reload script in the page: %v, want %v", c.path, got, c.script)
		}
	}
	if _, body := r.get("/no/such/page/"); !strings.Contains(body, "404") {
		t.Error("the 404 answer is not the site's 404 page")
	}
	// The overlay speaks the site's default language (fi here).
	if _, body := r.get("/toimijat/alfa/"); !strings.Contains(body, `data-lang="fi"`) {
		t.Error("the live-reload script is not told the site's default language")
	}

	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for path, want := range map[string]string{
		"/toimijat/alfa":       "/toimijat/alfa/",
		"/toimijat/alfa?x=1":   "/toimijat/alfa/?x=1",
		"/toimijat/../teemat/": "/teemat/",
	} {
		resp, err := noRedirect.Get(r.url + strings.TrimPrefix(path, "/"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != want {
			t.Errorf("%s: %d to %q, want a redirect to %q", path, resp.StatusCode, resp.Header.Get("Location"), want)
		}
	}

	req, _ := http.NewRequest(http.MethodPost, r.url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", resp.StatusCode)
	}
}

func TestBuildOutputHasNoLiveReload(t *testing.T) {
	dir := writeFixture(t)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := generator.Build(context.Background(), generator.Options{Source: dir, Out: out}); err != nil {
		t.Fatal(err)
	}
	n := 0
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		n++
		b, err := os.ReadFile(p)
		if err == nil && strings.Contains(string(b), "_kimppa") {
			t.Errorf("%s mentions _kimppa: the live-reload script leaked into a build", p)
		}
		return err
	})
	if err != nil || n == 0 {
		t.Fatalf("walk the build: %v, %d files", err, n)
	}
}

func TestServeStopsCleanlyWithPagesOpen(t *testing.T) {
	dir := writeFixture(t)
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	built := make(chan struct{}, 10)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, ln, Options{Source: dir, Rebuilt: func(*session.Update) { built <- struct{}{} }})
	}()
	<-built
	resp, err := http.Get(BaseURL(ln) + "_kimppa/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	stop()
	if err := <-done; err != nil {
		t.Errorf("Run after Ctrl-C: %v, want nil", err)
	}
	if _, err := io.ReadAll(resp.Body); err != nil {
		t.Errorf("the event stream did not end cleanly: %v", err)
	}
	if c, err := net.Dial("tcp", ln.Addr().String()); err == nil {
		c.Close()
		t.Error("the port still accepts connections")
	}
}

func TestListenNamesATakenAddress(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	addr := taken.Addr().String()
	_, err = Listen(addr)
	port := taken.Addr().(*net.TCPAddr).Port
	want := fmt.Sprintf("%s is already in use; try --addr 127.0.0.1:%d", addr, port+1)
	if err == nil || err.Error() != want {
		t.Errorf("Listen(%s) = %v, want %q", addr, err, want)
	}
}

func TestWatcherSkipsEditorFiles(t *testing.T) {
	w := &watcher{root: filepath.FromSlash("/site")}
	for name, want := range map[string]string{
		"/site/kimppa.yaml":                     "kimppa.yaml",
		"/site/content/actors/alfa.md":          "content/actors/alfa.md",
		"/site/content/actors/gamma":            "content/actors/gamma",
		"/site/layouts/home.html":               "layouts/home.html",
		"/site/assets/css/site.css":             "assets/css/site.css",
		"/site/content/actors/.alfa.md.swp":     "",
		"/site/content/actors/.alfa.md.swx":     "",
		"/site/content/actors/alfa.md~":         "",
		"/site/content/actors/#alfa.md#":        "",
		"/site/content/actors/.#alfa.md":        "",
		"/site/content/actors/4913":             "",
		"/site/content/.DS_Store":               "",
		"/site/content/actors/alfa.md.tmp":      "",
		"/site/public/index.html":               "",
		"/site/README.md":                       "",
		"/site/.git/index":                      "",
		"/site/content/actors/.hidden/index.md": "",
		"/elsewhere/content/x.md":               "",
	} {
		got, ok := w.relevant(filepath.FromSlash(name))
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("relevant(%s) = %q, want %q", name, got, want)
		}
	}
}

func TestPagesReloadOnlyWhenTheirFileChanged(t *testing.T) {
	r := start(t)
	alfa := r.listen("/toimijat/alfa/")
	beeta := r.listen("/toimijat/beeta/")
	for _, s := range []*sse{alfa, beeta} {
		s.next(t, "ok")
	}
	r.replace("content/actors/alfa.md", "Alfa on muovinkierrättäjä.", "Alfa kierrättää muovia ja metallia.")
	alfa.next(t, "reload")
	r.until("alfa's edit fully rebuilt", func() bool {
		r.mu.Lock()
		defer r.mu.Unlock()
		return !r.last.Pending
	})
	_, hello := r.listen("/").next(t, "hello")
	before := buildNumber(t, hello)

	// Beeta's page did not change: its first reload is for Beeta's edit.
	r.replace("content/actors/beeta.md", "Beeta on yhdistys.", "Beeta on rakentajien yhdistys.")
	_, data := beeta.next(t, "reload")
	if n := buildNumber(t, data); n <= before {
		t.Errorf("beeta's page reloaded for build %d, made before its own edit (build %d was current)", n, before)
	}
}

// buildNumber is the counter of a build named in an event's data.
func buildNumber(t *testing.T, data string) int {
	t.Helper()
	var ev struct{ Build string }
	if err := json.Unmarshal([]byte(data), &ev); err != nil {
		t.Fatal(err)
	}
	_, n, _ := strings.Cut(ev.Build, "-")
	var i int
	fmt.Sscan(n, &i)
	return i
}

func TestPageFile(t *testing.T) {
	for page, want := range map[string]string{
		"":                  "index.html",
		"/":                 "index.html",
		"/toimijat/alfa/":   "toimijat/alfa/index.html",
		"/en/":              "en/index.html",
		"/sitemap.xml":      "sitemap.xml",
		"/a/../toimijat/":   "toimijat/index.html",
		"/toimijat/%C3%A4/": "toimijat/ä/index.html",
	} {
		if got := pageFile(page); got != want {
			t.Errorf("pageFile(%q) = %q, want %q", page, got, want)
		}
	}
}

func TestNoSitePageSpeaksTheSiteLanguage(t *testing.T) {
	s := newServer()
	for _, c := range []struct{ lang, want string }{
		{"fi", `lang="fi"`}, {"fi", "Sivuston sisällössä on virheitä"},
		{"en", "The site has errors"}, {"", `lang="en"`}, {"xx", "The site has errors"},
	} {
		s.st.Store(&state{diags: diag.List{{Severity: diag.Error, Message: "x"}}, lang: c.lang})
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
		if body := w.Body.String(); !strings.Contains(body, c.want) {
			t.Errorf("lang %q: no %q in %s", c.lang, c.want, body)
		}
	}
}
