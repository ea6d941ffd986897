package render_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa"
	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/render"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// siteFS reads a txtar fixture into a file system. A file name followed
// by " unquote" holds the body of a Go string literal (binary headers).
func siteFS(t testing.TB, file string) fstest.MapFS {
	t.Helper()
	a, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return archiveFS(t, a)
}

func archiveFS(t testing.TB, a *txtar.Archive) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range a.Files {
		name, data := f.Name, f.Data
		if n, ok := strings.CutSuffix(name, " unquote"); ok {
			s, err := strconv.Unquote(`"` + strings.TrimSpace(string(data)) + `"`)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			name, data = n, []byte(s)
		}
		fsys[name] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return fsys
}

// build loads fsys into a model the way the façade does, failing on any
// diagnostic error.
func build(t testing.TB, fsys fstest.MapFS, opts model.Options) *model.Site {
	t.Helper()
	cfg, diags := config.Parse(fsys["kimppa.yaml"].Data)
	if cfg == nil || diags.Failed(false) {
		t.Fatalf("config: %v", diags)
	}
	c, diags, err := load.Read(fsys, config.Types, cfg.Languages)
	if err != nil {
		t.Fatal(err)
	}
	if diags.Failed(false) {
		t.Fatalf("load: %v", diags)
	}
	s, diags := model.Build(cfg, c, opts)
	if diags.Failed(false) {
		t.Fatalf("model: %v", diags)
	}
	return s
}

func newRenderer(t testing.TB, fsys fstest.MapFS) *render.Renderer {
	t.Helper()
	r, err := render.New(build(t, fsys, model.Options{}), render.Options{Theme: kimppa.Theme, Site: fsys, Today: fixtureToday})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// renderAll renders every page by path.
func renderAll(t testing.TB, r *render.Renderer) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, p := range r.Pages() {
		b, err := r.Render(p)
		if err != nil {
			t.Fatalf("render %s: %v", p.Path, err)
		}
		out[p.Path] = b
	}
	return out
}

// fixtureToday is the date the fixture is rendered on: what is open and
// what has closed must not change with the calendar.
const fixtureToday = "2026-06-01"

// goldenPages are the fixture pages compared with testdata/golden.
var goldenPages = []string{
	"index.html",
	"en/index.html",
	"toimijat/index.html",
	"toimijat/kaupunki/index.html",
	"en/actors/kaupunki/index.html",
	"palvelut/materiaalikartoitus/index.html",
	"en/services/materiaalikartoitus/index.html",
	"hankkeet/kiertohanke/index.html",
	"sopimukset/mallisopimus/index.html",
	"rahoitus/eakr/index.html",
	"haasteet/index.html",
	"haasteet/ylijaamamaat/index.html",
	"en/challenges/ylijaamamaat/index.html",
	"about/index.html",
	"teemat/index.html",
	"teemat/construction/index.html",
	"haku/index.html",
	"haut/index.html",
	"en/calls/index.html",
	"calls.ics",
	"en/calls.ics",
	"404.html",
	"data/entities.json",
	"data/datapackage.json",
	"data/actors.csv",
	"data/services.csv",
	"data/projects.csv",
	"data/contracts.csv",
	"data/funding.csv",
	"data/challenges.csv",
	"data/pages.csv",
	"sitemap.xml",
	"robots.txt",
	"feed.xml",
	"saavutettavuus/index.html",
	"en/accessibility/index.html",
	"en/feed.xml",
}

func TestGoldenPages(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	for _, p := range goldenPages {
		got, ok := files[p]
		if !ok {
			t.Errorf("no page %s", p)
			continue
		}
		golden := filepath.Join("testdata", "golden", strings.ReplaceAll(p, "/", "_"))
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./generator/render -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s; run go test ./generator/render -update and read the diff\n%s", p, golden, firstDiff(want, got))
		}
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + a + "\n  got:  " + b
		}
	}
	return ""
}
