package render_test

import (
	"encoding/json"
	"fmt"
	"html"
	"path"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa"
	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/render"
)

// buildLax builds the model even when the content has errors: the
// renderer must be safe with whatever the model holds.
func buildLax(t testing.TB, fsys fstest.MapFS) *model.Site {
	t.Helper()
	cfg, _ := config.Parse(fsys["kimppa.yaml"].Data)
	if cfg == nil {
		t.Fatal("no configuration")
	}
	c, _, err := load.Read(fsys, config.Types, cfg.Languages)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := model.Build(cfg, c, model.Options{})
	return s
}

var (
	tagPattern  = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
	attrPattern = regexp.MustCompile(`\s([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?`)
	// dangerousScheme matches URLs that run code; control characters
	// and spaces are removed before matching, as browsers ignore them.
	dangerousScheme = regexp.MustCompile(`^(javascript|vbscript|data):`)
)

// checkNoScript reports every way a page could run content's script: a
// <script> that is not the theme's own (src below /assets/), an on…=
// attribute, an attribute URL with a script scheme, or an <iframe>,
// <object>, <embed> or inline <svg> with handlers.
func checkNoScript(t testing.TB, name string, page []byte, basePath string) {
	t.Helper()
	for _, p := range scriptProblems(name, page, basePath) {
		t.Error(p)
	}
}

func scriptProblems(name string, page []byte, basePath string) []string {
	var problems []string
	errorf := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	s := string(page)
	if path.Ext(name) == ".csv" {
		// A CSV cell is text, as a JSON string is once decoded: a name
		// written "<script>" is that text, which its page shows escaped.
		// What a page drops (raw HTML in bodies, script links) the
		// tables drop too: generator's TestHostileBodyReachesNoOutputFile
		// checks every file of a build for it.
		return problems
	}
	if path.Ext(name) != ".html" {
		if strings.Contains(strings.ToLower(s), "<script") {
			errorf("%s: contains <script", name)
		}
		return problems
	}
	// The one JSON-LD block of an entity page is data, not script: it
	// must be one JSON value with every "<" escaped, so that nothing in
	// it can end the element or open a comment. It is checked and cut out.
	const ldOpen, ldClose = `<script type="application/ld+json">`, `</script>`
	if i := strings.Index(s, ldOpen); i >= 0 {
		rest := s[i+len(ldOpen):]
		j := strings.Index(strings.ToLower(rest), ldClose)
		switch {
		case j < 0:
			errorf("%s: JSON-LD block not closed", name)
		case strings.ContainsAny(rest[:j], "<>\u2028\u2029"):
			errorf("%s: JSON-LD block holds a raw <, > or line separator", name)
		case !json.Valid([]byte(rest[:j])):
			errorf("%s: JSON-LD block is not JSON: %.200s", name, rest[:j])
		default:
			s = s[:i] + rest[j+len(ldClose):]
		}
		if strings.Contains(s, ldOpen) {
			errorf("%s: more than one JSON-LD block", name)
		}
	}
	for _, tag := range tagPattern.FindAllString(s, -1) {
		lower := strings.ToLower(tag)
		tagName := strings.Fields(strings.TrimPrefix(lower, "<"))[0]
		tagName = strings.TrimSuffix(tagName, ">")
		switch tagName {
		case "script":
			src := attr(tag, "src")
			if !strings.HasPrefix(src, basePath+"assets/") {
				errorf("%s: a script that is not the theme's: %s", name, tag)
			}
		case "iframe", "object", "embed", "style", "base", "meta":
			if tagName != "meta" || attr(tag, "http-equiv") != "" {
				errorf("%s: content tag %s", name, tag)
			}
		}
		for _, m := range attrPattern.FindAllStringSubmatch(strings.TrimSuffix(strings.TrimPrefix(tag, "<"+strings.Fields(tag[1:])[0]), ">"), -1) {
			key := strings.ToLower(m[1])
			if strings.HasPrefix(key, "on") {
				errorf("%s: event handler attribute %q in %s", name, key, tag)
			}
			val := unquote(m[2])
			clean := strings.Map(func(r rune) rune {
				if r <= 0x20 || r == 0x7f {
					return -1
				}
				return r
			}, strings.ToLower(html.UnescapeString(val)))
			if dangerousScheme.MatchString(clean) {
				errorf("%s: script URL in %s=%q", name, key, val)
			}
		}
	}
	// Outside tags, html/template escapes every "<": a "<script" in the
	// text would be a tag the pattern above has seen.
	if n := strings.Count(strings.ToLower(s), "<script"); n != strings.Count(strings.ToLower(s), "<script src=\""+basePath+"assets/")+strings.Count(strings.ToLower(s), "<script type=\"module\" src=\""+basePath+"assets/") {
		errorf("%s: %d <script tags, not all the theme's", name, n)
	}
	return problems
}

func attr(tag, key string) string {
	for _, m := range attrPattern.FindAllStringSubmatch(tag, -1) {
		if strings.EqualFold(m[1], key) {
			return html.UnescapeString(unquote(m[2]))
		}
	}
	return ""
}

func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') {
		return v[1 : len(v)-1]
	}
	return v
}

func TestContentCannotInjectScript(t *testing.T) {
	fsys := siteFS(t, "testdata/hostile.txtar")
	s := buildLax(t, fsys)
	// The decoder drops values that break the rules; put them back, so
	// that the renderer's own checks are tested too.
	paha := s.Entities[model.Ref{Type: "actors", Slug: "paha"}]
	paha.Default.Fields["website"] = "javascript:alert(1)"
	paha.Default.Fields["email"] = "x@example.fi\" onmouseover=\"alert(1)"
	paha.Default.Fields["logo"] = "logo.svg"
	paha.Default.Fields["contacts"] = []model.Object{{"name": "<script>x</script>", "email": "javascript:alert(1)", "phone": "javascript:alert(1)"}}
	raha := s.Entities[model.Ref{Type: "funding", Slug: "raha"}]
	raha.Default.Fields["calls"] = []model.Object{{"title": "x", "url": " javascript:alert(1)"}, {"title": "y", "url": "data:text/html,<script>alert(1)</script>"}}
	palvelu := s.Entities[model.Ref{Type: "services", Slug: "palvelu"}]
	palvelu.Default.Fields["website"] = "JaVaScRiPt:alert(1)"
	palvelu.Default.Fields["contact"] = "\"><script>alert(1)</script>"

	r, err := render.New(s, render.Options{Theme: kimppa.Theme, Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	files := renderAll(t, r)
	if len(files) == 0 {
		t.Fatal("no pages")
	}
	for name, b := range files {
		if strings.HasSuffix(name, ".svg") {
			t.Errorf("published an SVG from content: %s", name)
		}
		checkNoScript(t, name, b, "/")
		if strings.Contains(string(b), "logo.svg") && path.Ext(name) == ".html" {
			t.Errorf("%s: links to the SVG logo", name)
		}
	}
	page := string(files["toimijat/paha/index.html"])
	for _, want := range []string{"&lt;script&gt;alert(", "&lt;svg onload=alert(1)&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("actor page does not show the escaped text %q", want)
		}
	}
}

func TestScriptCheckCatchesInjections(t *testing.T) {
	for _, bad := range []string{
		`<p><script>alert(1)</script></p>`,
		`<p><SCRIPT SRC="https://evil.example/x.js"></SCRIPT></p>`,
		`<img src="x" onerror="alert(1)">`,
		`<a href="javascript:alert(1)">x</a>`,
		`<a href="  JaVa&#x09;Script:alert(1)">x</a>`,
		`<a href="java&#10;script:alert(1)">x</a>`,
		`<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;">`,
		`<iframe src="https://evil.example/"></iframe>`,
		`<div tabindex=0 onfocus=alert(1)>x</div>`,
	} {
		if len(scriptProblems("x.html", []byte(bad), "/")) == 0 {
			t.Errorf("not caught: %s", bad)
		}
	}
	good := `<script src="/assets/js/site.js" defer></script><p>&lt;script&gt; onerror=alert(1) javascript:</p><a href="https://x.example/">x</a>`
	if p := scriptProblems("x.html", []byte(good), "/"); len(p) > 0 {
		t.Errorf("false alarm: %v", p)
	}
}

// FuzzNoScript renders an actor's pages with fuzzed name, summary, body
// and website and checks that no script can come of them.
func FuzzNoScript(f *testing.F) {
	f.Add("Kierto Oy", "Muovinkierrätystä.", "Kierrätämme **muovia**.", "https://kierto.example/")
	f.Add(`"><script>alert(1)</script>`, `<img src=x onerror=alert(1)>`, "<script>alert(1)</script>\n\n[x](javascript:alert(1))", "javascript:alert(1)")
	f.Add("x' onmouseover='alert(1)", "{{template \"base\" .}}", "<a href=\"java\tscript:alert(1)\">x</a> <div onclick=alert(1)>", " JAVASCRIPT:alert(1)")
	f.Add("<svg onload=alert(1)>", "</title><script>", "![x](data:image/svg+xml;base64,PHN2Zz4=)\n\n<iframe src=x>", "data:text/html,<script>alert(1)</script>")
	f.Add("a", "b", "[a](vbscript:x) <https://ok.example/> ![i](logo.svg)", "https://example.org/\" onclick=\"alert(1)")
	// One renderer serves every input: a fuzz worker runs its inputs one
	// at a time, and the renderer reads the model at each Render.
	fsys := siteFS(f, "testdata/site.txtar")
	s := build(f, fsys, model.Options{})
	r, err := render.New(s, render.Options{Theme: kimppa.Theme, Site: fsys})
	if err != nil {
		f.Fatal(err)
	}
	ref := model.Ref{Type: "actors", Slug: "kierto-oy"}
	e := s.Entities[ref]
	var pages []render.Page
	for _, p := range r.Pages() {
		if p.Ref == ref || p.Kind == render.KindList && p.Type == "actors" || p.Kind == render.KindData ||
			p.Kind == render.KindEntity && p.Ref.Type == "projects" && p.Lang == "fi" {
			pages = append(pages, p)
		}
	}
	f.Fuzz(func(t *testing.T, name, summary, body, website string) {
		e.Default.Fields["name"] = name
		e.Default.Fields["summary"] = summary
		e.Default.Fields["website"] = website
		e.Default.Body = body
		for _, p := range pages {
			b, err := r.Render(p)
			if err != nil {
				t.Fatalf("render %s: %v", p.Path, err)
			}
			for _, problem := range scriptProblems(p.Path, b, "/kimppa/") {
				t.Error(problem)
			}
		}
	})
}
