package owners_test

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/owners"
	"github.com/kimppa/kimppa/generator/sitetest"
	"golang.org/x/tools/txtar"
)

// extract writes the files of a txtar archive into a new directory.
func extract(t *testing.T, file string) (string, map[string][]byte) {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string][]byte{}
	for _, f := range ar.Files {
		files[f.Name] = f.Data
		full := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, files
}

func loadBase(t *testing.T) *sitetest.Site {
	t.Helper()
	dir, _ := extract(t, "testdata/base.txtar")
	return sitetest.Valid(t, dir, sitetest.Options{Today: "2025-06-01"})
}

type decisionCase struct {
	name      string
	author    string
	approvers []string
	changed   []string
}

func readCases(t *testing.T) []decisionCase {
	t.Helper()
	f, err := os.Open("testdata/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []decisionCase
	var cur *decisionCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		key, rest, _ := strings.Cut(line, " ")
		switch key {
		case "case":
			out = append(out, decisionCase{name: rest})
			cur = &out[len(out)-1]
		case "author":
			cur.author = rest
		case "approvers":
			cur.approvers = strings.Fields(rest)
		case "changed":
			cur.changed = strings.Fields(rest)
		case "":
		default:
			t.Fatalf("cases.txt: unknown line %q", line)
		}
	}
	return out
}

// golden compares got with testdata/golden/name, or rewrites it.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	sitetest.Golden(t, filepath.Join("testdata", "golden", name), got)
}

func TestDecisionsGolden(t *testing.T) {
	p := loadBase(t)
	_, head := extract(t, "testdata/head.txtar")
	read := func(path string) ([]byte, bool) {
		b, ok := head[path]
		return b, ok
	}
	outputs := map[string]*bytes.Buffer{"text.en": {}, "text.fi": {}, "github": {}, "markdown": {}, "json": {}}
	for _, c := range readCases(t) {
		r := owners.Decide(p.Model, p.Config, c.author, c.approvers, c.changed, owners.WithHead(read))
		for key, b := range outputs {
			format, lang, _ := strings.Cut(key, ".")
			b.WriteString("== " + c.name + " ==\n")
			if err := r.Write(b, format, lang); err != nil {
				t.Fatal(err)
			}
			b.WriteString("\n")
		}
	}
	for key, b := range outputs {
		golden(t, "decisions."+key, b.Bytes())
	}
}

func TestBaseDecidesNotTheChange(t *testing.T) {
	p := loadBase(t)
	// The change adds "stranger" to VTT's maintainers; only the base counts.
	head := func(string) ([]byte, bool) {
		return []byte("---\nname: VTT\nkind: research\nmaintainers: [stranger]\n---\n"), true
	}
	r := owners.Decide(p.Model, p.Config, "stranger", []string{"stranger"}, []string{"content/actors/vtt.md"}, owners.WithHead(head))
	if r.OK() {
		t.Fatal("a pull request could make its author a maintainer of someone else's profile")
	}
	if got := r.Files[0].Owners; !slices.Equal(got, []string{"vtt-circular", "maija-m"}) {
		t.Errorf("owners = %v", got)
	}
	if !strings.Contains(r.Files[0].Message("en"), "needs an approval from @vtt-circular, @maija-m or an admin (@kimppa-admin or @second-admin)") {
		t.Errorf("message = %q", r.Files[0].Message("en"))
	}
}

func TestNewEntitiesWithoutHeadNeedAnAdmin(t *testing.T) {
	p := loadBase(t)
	r := owners.Decide(p.Model, p.Config, "vtt-circular", nil, []string{"content/services/uusi.md", "content/projects/uusi.md"})
	for _, v := range r.Files {
		if v.Satisfied || len(v.Owners) != 0 {
			t.Errorf("%s: satisfied=%v owners=%v", v.File, v.Satisfied, v.Owners)
		}
	}
}

func TestEntityOf(t *testing.T) {
	cfg := &config.Config{Languages: []string{"fi", "en"}}
	for p, want := range map[string]string{
		"content/actors/vtt.md":                               "actors/vtt",
		"content/actors/vtt.en.md":                            "actors/vtt",
		"content/actors/vtt.fi.md":                            "actors/vtt",
		"content/actors/hel/index.md":                         "actors/hel",
		"content/actors/hel/index.en.md":                      "actors/hel",
		"content/actors/hel/logo.png":                         "actors/hel",
		"content/actors/hel/sub/deep.pdf":                     "actors/hel",
		"content/services/kartoitus.md":                       "services/kartoitus",
		"content/funding/eakr.md":                             "funding/eakr",
		"content/pages/about.en.md":                           "pages/about",
		"content/actors/vtt.sv.md":                            "",
		"content/actors/VTT.md":                               "",
		"content/actors/logo.png":                             "",
		"content/README.md":                                   "",
		"content/blog/x.md":                                   "",
		"kimppa.yaml":                                         "",
		".github/workflows/check.yml":                         "",
		"content":                                             "",
		"content/actors":                                      "",
		"content/actors/a--b.md":                              "",
		"content/contracts/malli/mallisopimus.pdf":            "contracts/malli",
		"content/contracts/malli/index.md":                    "contracts/malli",
		"content/projects/uudenmaan-kiertotalouslaakso.en.md": "projects/uudenmaan-kiertotalouslaakso",
	} {
		typ, slug, ok := owners.EntityOf(cfg, p)
		got := ""
		if ok {
			got = typ + "/" + slug
		}
		if got != want {
			t.Errorf("EntityOf(%q) = %q, want %q", p, got, want)
		}
	}
}

func TestApprovers(t *testing.T) {
	const reviews = `[
  {"user": {"login": "A"}, "state": "APPROVED", "commit_id": "old"},
  {"user": {"login": "b"}, "state": "APPROVED", "commit_id": "head"},
  {"user": {"login": "c"}, "state": "APPROVED", "commit_id": "head"}
][
  {"user": {"login": "c"}, "state": "CHANGES_REQUESTED", "commit_id": "head"},
  {"user": {"login": "b"}, "state": "COMMENTED", "commit_id": "head"},
  {"user": {"login": "d"}, "state": "APPROVED", "commit_id": "head"},
  {"user": {"login": "d"}, "state": "DISMISSED", "commit_id": "head"},
  {"user": {"login": "e"}, "state": "PENDING", "commit_id": "head"},
  {"user": {"login": "a"}, "state": "APPROVED", "commit_id": "HEAD"}
]`
	rs, err := owners.ReadReviews(strings.NewReader(reviews))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 9 {
		t.Fatalf("read %d reviews from two pages, want 9", len(rs))
	}
	if got := owners.Approvers(rs, "head"); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("approvers on head = %v, want [a b]", got)
	}
	if got := owners.Approvers(rs[:3], "head"); !slices.Equal(got, []string{"b", "c"}) {
		t.Errorf("an approval of an older commit counts: %v", got)
	}
	if got := owners.Approvers(rs[:3], ""); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("approvers on any commit = %v", got)
	}
	if _, err := owners.ReadReviews(strings.NewReader(`{"message": "Not Found"}`)); err == nil {
		t.Error("an API error object is read as reviews")
	}
}

func TestCodeownersGolden(t *testing.T) {
	p := loadBase(t)
	golden(t, "CODEOWNERS", owners.Codeowners(p.Config))
	none := owners.Codeowners(&config.Config{Languages: []string{"fi"}})
	if bytes.Contains(none, []byte("\n* ")) {
		t.Errorf("a site without admins has owners:\n%s", none)
	}
	for _, own := range [][]byte{owners.Codeowners(p.Config), none} {
		if !owners.Generated(own) {
			t.Errorf("kimppa's own CODEOWNERS is not recognised:\n%s", own)
		}
	}
	for _, other := range []string{"", "* @someone\n", "# Generated by hand\n* @x\n", "# Generated by \"kimppa owners codeowners\"-ish\n"} {
		if owners.Generated([]byte(other)) {
			t.Errorf("Generated(%q) = true, want false", other)
		}
	}
}

// TestCodeownersWritesOnlyHandles: whatever reaches Codeowners (a
// config not checked), an admin that is not a GitHub user name writes no
// rule: no line break, space or path of its own.
func TestCodeownersWritesOnlyHandles(t *testing.T) {
	cfg := &config.Config{Languages: []string{"fi"}, Admins: []string{"ok", "@Also-Ok", "x\n* @evil", "a @b", "/etc", "-x"}}
	got := string(owners.Codeowners(cfg))
	var rules []string
	for _, line := range strings.Split(got, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			rules = append(rules, line)
		}
	}
	if want := []string{"* @ok @Also-Ok", "/content/"}; !slices.Equal(rules, want) {
		t.Errorf("rules %q, want %q", rules, want)
	}
}

func TestPaths(t *testing.T) {
	got := owners.Paths([]string{" content/actors/vtt.md", "./content/actors/vtt.md", "content\\actors\\vtt.md", "", "../x", "/etc/passwd", "a/../../b"})
	want := []string{"../x", "/etc/passwd", "a/../../b", "content/actors/vtt.md"}
	if !slices.Equal(got, want) {
		t.Errorf("Paths = %q, want %q", got, want)
	}
}
