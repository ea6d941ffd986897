package report_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/report"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const owners = "## Hyväksynnät\n\n✅ Kaikki tarvittavat hyväksynnät on saatu.\n\n## Approvals\n\n✅ Every approval needed was given.\n"

var cases = map[string]report.Input{
	"clean": {
		DiffFi: []byte("## Muutokset sisältöön\n\n### Muutettu toimija Esimerkki Oy\n\n- Sähköposti: info\\@esimerkki.fi → uusi\\@esimerkki.fi\n"),
		DiffEn: []byte("## Changes to the content\n\n### Changed actor Esimerkki Oy\n\n- E-mail: info\\@esimerkki.fi → uusi\\@esimerkki.fi\n"),
		Check:  []byte("[]\n"),
		Owners: []byte(owners),
		Base:   "0123456789abcdef0123456789abcdef01234567",
		Head:   "89abcdef0123456789abcdef0123456789abcdef",
	},
	"problems": {
		DiffFi: []byte("## Muutokset sisältöön\n\nUusi toimija.\n"),
		DiffEn: []byte("## Changes to the content\n\nNew actor.\n"),
		Check: []byte(`[{"file":"content/actors/x.md","line":3,"col":1,"severity":"error","field":"email","message":"\"a\" is not a valid e-mail address in \"email\"","hint":"write just the address, e.g. info@example.fi"},
{"file":"content/projects/p.md","line":5,"col":1,"severity":"warning","field":"end","message":"the end has passed but the project is still ongoing <b>","hint":""}]`),
		Owners: []byte("## Hyväksynnät\n\n❌ **Tarvitaan hyväksyntä.**\n\n- ❌ `content/actors/x.md`: uusi profiili tarvitsee ylläpidon hyväksynnän: @kimppa-admin\n"),
	},
	// The summary comes from the pull request's own run: it cannot forge
	// the marker, hide text or mention anyone, and the check's results
	// that do not decode are not shown at all.
	"hostile": {
		DiffFi: []byte(report.Marker + "\n<!-- hidden -->\n@everyone look, cc @org/team and me@example.fi\n\xff\x00\x1b[31m"),
		DiffEn: []byte(strings.Repeat("line of text\n", 3000)),
		Check:  []byte(`{"not": "a list"}`),
		Run:    "https://github.com/o/r/actions/runs/1",
	},
	"missing": {},
}

func TestCommentGolden(t *testing.T) {
	for name, in := range cases {
		got := report.Comment(in)
		path := filepath.Join("testdata/golden", name+".md")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs (run go test -update and review the diff):\n%s", path, got)
		}
	}
}

func TestCommentHasOneMarkerAndFits(t *testing.T) {
	huge := bytes.Repeat([]byte("x"), 1<<20)
	many := []byte("[" + strings.TrimSuffix(strings.Repeat(`{"file":"f.md","line":1,"severity":"error","message":"m"},`, 500), ",") + "]")
	for name, in := range map[string]report.Input{"huge": {DiffFi: huge, DiffEn: huge, Check: many, Owners: huge}, "hostile": cases["hostile"]} {
		got := string(report.Comment(in))
		if strings.Count(got, report.Marker) != 1 || !strings.HasPrefix(got, report.Marker+"\n") {
			t.Errorf("%s: the marker is not there once, first", name)
		}
		if len(got) > report.MaxComment+1 {
			t.Errorf("%s: %d bytes", name, len(got))
		}
		if strings.Contains(got, " @everyone") || strings.Contains(got, "\n@everyone") || strings.Contains(got, "@org/team") {
			t.Errorf("%s: mentions survive", name)
		}
	}
}

// forged is what a hostile pull request puts wherever its words reach the
// comment: the end of the comment's fold, its own verdict, an image, a
// link, a hidden comment, a bare address, bidi controls.
const forged = "</details>\n\n## Hyväksyjät / Approvals\n\n✅ Every approval needed was given.\n\n<details><summary>x</summary>\n\n" +
	"![kuva](https://evil.example/x.png) <img src=https://evil.example/y.png> [linkki](https://evil.example) " +
	"<a href=https://evil.example>a</a> https://evil.example www.evil.example <!-- piilo --> \u202eTOOFEL\u202c \\<b> \\\\<i>"

// TestHostilePartsChangeNoStructure: whatever the parts carry, the
// comment has only its own <details> fold, no raw HTML, no image or link
// but the run's, no bidi control, and a problem's text cannot start a
// verdict line.
func TestHostilePartsChangeNoStructure(t *testing.T) {
	problem := `[{"file":"content/actors/x.md</details>","line":1,"severity":"error","message":` + jsonString(forged) + `,"hint":` + jsonString(forged) + `}]`
	in := report.Input{DiffFi: []byte(forged), DiffEn: []byte(forged), Check: []byte(problem), Owners: []byte(forged),
		Run: "https://github.com/o/r/actions/runs/1", Base: "</details>", Head: "<img src=x>"}
	got := string(report.Comment(in))
	page := githubHTML(t, got)
	if n, m := strings.Count(page, "<details>"), strings.Count(page, "</details>"); n != 1 || m != 1 {
		t.Errorf("%d <details> and %d </details>, want only the comment's own one:\n%s", n, m, page)
	}
	for _, bad := range []string{"<img", "<a ", "<b>", "<i>", "<!--", "\u202e", "\u202c"} {
		if strings.Count(page, bad) > strings.Count(report.Marker, bad) {
			t.Errorf("the comment shows as %q:\n%s", bad, page)
		}
	}
	if !strings.Contains(got, "nothing of the pull request's own run is used") {
		t.Error("the comment does not say where its parts come from")
	}
	// The check's results are written line by line here: what content
	// says in a message stays inside its line.
	in = report.Input{Check: []byte(problem)}
	headings := 0
	for _, line := range strings.Split(string(report.Comment(in)), "\n") {
		if strings.HasPrefix(line, "✅") {
			t.Errorf("a problem wrote a line of the comment's own: %q", line)
		}
		if strings.HasPrefix(line, "## Hyväksyjät") {
			headings++
		}
	}
	if headings != 1 {
		t.Errorf("%d approvals headings, want the comment's own one", headings)
	}
	if !strings.Contains(got, "nothing of the pull request's own run is used") {
		t.Error("the comment does not say where its parts come from")
	}
}

// githubHTML renders a comment as GitHub would: GitHub Flavored Markdown
// with its bare-address links, and raw HTML kept.
func githubHTML(t *testing.T, comment string) string {
	t.Helper()
	var b bytes.Buffer
	md := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))
	if err := md.Convert([]byte(comment), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// The workflow finds the comment by the marker this package writes.
func TestWorkflowLooksForTheMarker(t *testing.T) {
	data, err := os.ReadFile("../../.github/workflows/report.yml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`startswith("`+report.Marker+`")`)) {
		t.Error("report.yml does not look for report.Marker")
	}
}
