package load

import (
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/kimppa/kimppa/generator/node"
	"gopkg.in/yaml.v3"
)

// at finds the value of a dotted path ("funding.1.source") in doc and
// returns it with its file line and column.
func at(t *testing.T, doc *node.Doc, path string) (*yaml.Node, int, int) {
	t.Helper()
	n := doc.Root
	var key *yaml.Node
	for _, part := range strings.Split(path, ".") {
		switch n.Kind {
		case yaml.MappingNode:
			var next *yaml.Node
			for _, kv := range node.Pairs(n) {
				if kv.Key.Value == part {
					key, next = kv.Key, kv.Value
				}
			}
			if next == nil {
				t.Fatalf("%s: no key %q", path, part)
			}
			n = next
		case yaml.SequenceNode:
			var i int
			if _, err := fmt.Sscan(part, &i); err != nil || i >= len(n.Content) {
				t.Fatalf("%s: no item %q", path, part)
			}
			n, key = n.Content[i], nil
		default:
			t.Fatalf("%s: %q inside a scalar", path, part)
		}
	}
	if key != nil && n.Kind == yaml.ScalarNode {
		p := doc.Pos(key)
		return n, p.Line, p.Col
	}
	p := doc.Pos(n)
	return n, p.Line, p.Col
}

func split(t *testing.T, src string) *node.Doc {
	t.Helper()
	doc, _, _, d := Split("content/projects/x.md", []byte(src))
	if d != nil {
		t.Fatalf("Split: %v (hint %q)", d, d.Hint)
	}
	return doc
}

func TestSplitYAMLKeepsFileLines(t *testing.T) {
	src := "\n" + // a blank line before the front matter
		"---\n" +
		"title: Kiertotalot\n" + // 3
		"partners:\n" + // 4
		"  - vtt\n" + // 5
		"  - syke\n" + // 6
		"funding:\n" + // 7
		"  - source: eakr\n" + // 8
		"    amount: 1000\n" + // 9
		"  - amount: 2000\n" + // 10
		"    source: life\n" + // 11
		"start: 2024-01-01\n" + // 12
		"---\n" +
		"Body text.\n" // 14
	doc, body, bodyLine, d := Split("content/projects/x.md", []byte(src))
	if d != nil {
		t.Fatal(d)
	}
	for _, tc := range []struct {
		path      string
		value     string
		line, col int
	}{
		{"title", "Kiertotalot", 3, 1},
		{"partners.0", "vtt", 5, 5},
		{"partners.1", "syke", 6, 5},
		{"funding.0.source", "eakr", 8, 5},
		{"funding.1.source", "life", 11, 5},
		{"funding.1.amount", "2000", 10, 5},
		{"start", "2024-01-01", 12, 1},
	} {
		n, line, col := at(t, doc, tc.path)
		if n.Value != tc.value || line != tc.line || col != tc.col {
			t.Errorf("%s = %q at %d:%d, want %q at %d:%d", tc.path, n.Value, line, col, tc.value, tc.line, tc.col)
		}
	}
	if string(body) != "Body text.\n" || bodyLine != 14 {
		t.Errorf("body %q at line %d, want %q at line 14", body, bodyLine, "Body text.\n")
	}
}

func TestSplitTOMLKeepsFileLines(t *testing.T) {
	src := "+++\n" +
		"# a comment\n" + // 2
		"title = \"Kiertotalot\"\n" + // 3
		"start = \"2024-01-01\"\n" + // 4
		"end = 2026-12-31\n" + // 5
		"partners = [\"vtt\", \"syke\"]\n" + // 6
		"budget = 250000\n" + // 7
		"share = 0.5\n" + // 8
		"draft = false\n" + // 9
		"\n" +
		"[[funding]]\n" + // 11
		"source = \"eakr\"\n" + // 12
		"amount = 1000\n" + // 13
		"\n" +
		"[[funding]]\n" + // 15
		"amount = 2000\n" + // 16
		"source = \"life\"\n" + // 17
		"\n" +
		"[[milestones]]\n" + // 19
		"title = \"Aloitus\"\n" + // 20
		"date = 2024-06-30\n" + // 21
		"+++\n" +
		"Body.\n" // 23
	doc, body, bodyLine, d := Split("content/projects/x.md", []byte(src))
	if d != nil {
		t.Fatal(d)
	}
	for _, tc := range []struct {
		path      string
		value     string
		tag       string
		line, col int
	}{
		{"title", "Kiertotalot", "!!str", 3, 1},
		{"start", "2024-01-01", "!!str", 4, 1},
		{"end", "2026-12-31", "!!str", 5, 1}, // a TOML local date is a date string
		{"partners.0", "vtt", "!!str", 6, 1},
		{"partners.1", "syke", "!!str", 6, 1},
		{"budget", "250000", "!!int", 7, 1},
		{"share", "0.5", "!!float", 8, 1},
		{"draft", "false", "!!bool", 9, 1},
		{"funding.0.source", "eakr", "!!str", 12, 1},
		{"funding.0.amount", "1000", "!!int", 13, 1},
		{"funding.1.amount", "2000", "!!int", 16, 1},
		{"funding.1.source", "life", "!!str", 17, 1},
		{"milestones.0.title", "Aloitus", "!!str", 20, 1},
		{"milestones.0.date", "2024-06-30", "!!str", 21, 1},
	} {
		n, line, col := at(t, doc, tc.path)
		if n.Value != tc.value || n.Tag != tc.tag || line != tc.line || col != tc.col {
			t.Errorf("%s = %s %q at %d:%d, want %s %q at %d:%d", tc.path, n.Tag, n.Value, line, col, tc.tag, tc.value, tc.line, tc.col)
		}
	}
	// Items of an array of tables start at their [[header]].
	for i, want := range []int{11, 15} {
		if _, line, _ := at(t, doc, fmt.Sprintf("funding.%d", i)); line != want {
			t.Errorf("funding item %d at line %d, want %d", i, line, want)
		}
	}
	// Keys keep the order of the file, as in YAML.
	var keys []string
	for _, kv := range node.Pairs(doc.Root) {
		keys = append(keys, kv.Key.Value)
	}
	if want := []string{"title", "start", "end", "partners", "budget", "share", "draft", "funding", "milestones"}; !slices.Equal(keys, want) {
		t.Errorf("keys %q, want %q", keys, want)
	}
	if string(body) != "Body.\n" || bodyLine != 23 {
		t.Errorf("body %q at line %d, want %q at line 23", body, bodyLine, "Body.\n")
	}
}

func TestSplitTOMLOffsetDateTimeIsATimestamp(t *testing.T) {
	doc := split(t, "+++\nopens = 2025-01-01T10:00:00Z\n+++\n")
	n, _, _ := at(t, doc, "opens")
	if n.Tag != "!!timestamp" || n.Value != "2025-01-01T10:00:00Z" {
		t.Errorf("opens = %s %q, want a timestamp that is not a plain date", n.Tag, n.Value)
	}
}

func TestSplitTOMLFindsQuotedAndIndentedKeys(t *testing.T) {
	doc := split(t, "+++\ntitle = \"x\"\n  \"summary\" = \"y\"\n[[calls]]\n  title = \"a\"\n+++\n")
	for _, tc := range []struct {
		path string
		line int
	}{{"title", 2}, {"summary", 3}, {"calls.0.title", 5}} {
		if _, line, _ := at(t, doc, tc.path); line != tc.line {
			t.Errorf("%s at line %d, want %d", tc.path, line, tc.line)
		}
	}
}

func TestSplitAcceptsEmptyFrontMatter(t *testing.T) {
	for _, src := range []string{"---\n---\n", "---\n# only a comment\n---\nBody\n", "---\n~\n---\n", "+++\n+++\n", "\ufeff---\n---\n"} {
		doc, _, _, d := Split("f.md", []byte(src))
		if d != nil {
			t.Errorf("Split(%q): %v", src, d)
			continue
		}
		if doc.Root.Kind != yaml.MappingNode || len(doc.Root.Content) != 0 {
			t.Errorf("Split(%q): root is %v with %d nodes, want an empty mapping", src, doc.Root.Kind, len(doc.Root.Content))
		}
	}
}

func TestSplitReportsBrokenFrontMatterAtItsLine(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		line int
		msg  string // a part of the message
		hint string // a part of the hint
	}{
		{"colon in text", "---\nname: VTT\nsummary: Tutkimus: teknologia\n---\n", 3, "unexpected colon", "quotes"},
		{"unclosed quote", "---\nname: \"VTT\nkind: research\n---\n", 2, "a quote is not closed", "quotes"},
		{"unclosed list", "---\nname: VTT\ntags: [a, b\nkind: research\n---\n", 3, "list in [ ] is not closed", ""},
		{"bad indentation in a list", "---\nname: VTT\ncontacts:\n  - name: Maija\n   role: johtaja\n---\n", 5, "broken front matter", "indentation"},
		{"tab indentation", "---\nname: VTT\n\tkind: research\n---\n", 3, "tab", ""},
		{"after blank lines", "\n\n---\nname: VTT\nname: [\n---\n", 5, "broken front matter", ""},
		{"toml unclosed string", "+++\nname = \"VTT\nkind = \"research\"\n+++\n", 2, "newlines", "quotes"},
		{"toml missing equals", "+++\nname = \"VTT\"\nkind \"research\"\n+++\n", 3, "expected '.' or '='", "="},
		{"toml duplicate key", "+++\nname = \"VTT\"\nkind = \"research\"\nname = \"Syke\"\n+++\n", 4, "key 'name' has already been defined", ""},
		{"toml bad date", "+++\nname = \"VTT\"\nstart = 2024-13-01\n+++\n", 3, "2024-13-01", ""},
		{"not a mapping", "---\n- a\n- b\n---\n", 2, "must be a list of fields", "name: Example Oy"},
		{"text only", "---\njust text\n---\n", 2, "must be a list of fields", ""},
		{"missing", "name: VTT\n", 1, "missing front matter", "start the file with a line ---"},
		{"empty file", "", 1, "missing front matter", ""},
		{"unclosed yaml", "---\nname: VTT\n\nBody\n", 1, "not closed", "add a line --- after the last field"},
		{"unclosed toml", "+++\nname = \"VTT\"\n", 1, "not closed", "add a line +++"},
		{"unclosed after blank lines", "\n\n---\nname: VTT\n", 3, "not closed", ""},
	} {
		_, _, _, d := Split("content/actors/x.md", []byte(tc.src))
		if d == nil {
			t.Errorf("%s: no diagnostic", tc.name)
			continue
		}
		if d.Pos.File != "content/actors/x.md" || d.Pos.Line != tc.line || d.Pos.Col < 1 {
			t.Errorf("%s: at %s, want line %d", tc.name, d.Pos, tc.line)
		}
		if !strings.Contains(d.Message, tc.msg) || !strings.Contains(d.Hint, tc.hint) {
			t.Errorf("%s: %q (hint %q), want %q (hint %q)", tc.name, d.Message, d.Hint, tc.msg, tc.hint)
		}
		if strings.HasSuffix(d.Message, ".") || d.Message[0] >= 'A' && d.Message[0] <= 'Z' {
			t.Errorf("%s: %q is not written as a diagnostic (lower case, no full stop)", tc.name, d.Message)
		}
	}
}

func TestReadFindsFilesBundlesTranslationsAndAssets(t *testing.T) {
	fm := &fstest.MapFS{
		"content/README.md":                        {Data: []byte("# notes\n")},
		"content/actors/vtt.md":                    {Data: []byte("---\nname: VTT\n---\n")},
		"content/actors/vtt.en.md":                 {Data: []byte("---\nname: VTT\n---\n")},
		"content/actors/hel/index.md":              {Data: []byte("---\nname: Helsinki\n---\n")},
		"content/actors/hel/index.en.md":           {Data: []byte("---\nname: Helsinki\n---\n")},
		"content/actors/hel/logo.png":              {Data: []byte("\x89PNG\r\n\x1a\nrest")},
		"content/actors/hel/docs/liite.pdf":        {Data: []byte("%PDF-1.7")},
		"content/actors/hel/notes.md":              {Data: []byte("an attachment, not an entity")},
		"content/actors/hel/docs/ohje.md":          {Data: []byte("also")},
		"content/actors/.vtt.md.swp":               {Data: []byte("editor junk")},
		"content/actors/vtt.md~":                   {Data: []byte("editor junk")},
		"content/actors/orpo/logo.png":             {Data: []byte("\x89PNG")},
		"content/actors/vtt.sv.md":                 {Data: []byte("---\nname: VTT\n---\n")},
		"content/toimijat/x.md":                    {Data: []byte("---\nname: X\n---\n")},
		"content/juuri.md":                         {Data: []byte("---\nname: X\n---\n")},
		"content/actors/a/b/c.md":                  {Data: []byte("---\nname: X\n---\n")},
		"content/projects/rikki.md":                {Data: []byte("---\ntitle: [\n---\n")},
		"content/projects/kiertotalot/index.fi.md": {Data: []byte("---\ntitle: K\n---\n")},
	}
	c, diags, err := Read(fm, []string{"actors", "services", "projects"}, []string{"fi", "en"})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, f := range c.Files {
		files = append(files, fmt.Sprintf("%s %s/%s lang=%q bundle=%q", f.Path, f.Type, f.Slug, f.Lang, f.Bundle))
	}
	want := []string{
		`content/actors/hel/index.en.md actors/hel lang="en" bundle="content/actors/hel"`,
		`content/actors/hel/index.md actors/hel lang="" bundle="content/actors/hel"`,
		`content/actors/vtt.en.md actors/vtt lang="en" bundle=""`,
		`content/actors/vtt.md actors/vtt lang="" bundle=""`,
		`content/projects/kiertotalot/index.fi.md projects/kiertotalot lang="" bundle="content/projects/kiertotalot"`,
	}
	if !slices.Equal(files, want) {
		t.Errorf("files:\n%s\nwant:\n%s", strings.Join(files, "\n"), strings.Join(want, "\n"))
	}
	var assets []string
	for _, a := range c.Assets["content/actors/hel"] {
		assets = append(assets, fmt.Sprintf("%s %d %q", a.Name, a.Size, a.Head))
	}
	wantAssets := []string{`docs/liite.pdf 8 "%PDF-1.7"`, `docs/ohje.md 4 "also"`, `logo.png 12 "\x89PNG\r\n\x1a\nrest"`, `notes.md 28 "an attachment, not an entity"`}
	if !slices.Equal(assets, wantAssets) {
		t.Errorf("assets %q, want %q", assets, wantAssets)
	}
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	slices.Sort(got)
	wantDiags := []string{
		"content/actors/a/b/c.md:1:1: error: file in a folder without index.md",
		"content/actors/orpo/logo.png:1:1: error: file in a folder without index.md",
		`content/actors/vtt.sv.md:1:1: error: unknown language "sv" in file name`,
		"content/juuri.md:1:1: error: content file outside a type folder",
		"content/projects/rikki.md:2:1: error: broken front matter: did not find expected node content",
		`content/toimijat/x.md:1:1: error: unknown content type folder "toimijat" (known: actors, services, projects)`,
	}
	if !slices.Equal(got, wantDiags) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantDiags, "\n"))
	}
}

func TestReadOfASiteWithoutContentIsEmpty(t *testing.T) {
	c, diags, err := Read(fstest.MapFS{"kimppa.yaml": {Data: []byte("title: x\n")}}, []string{"actors"}, []string{"fi"})
	if err != nil || len(diags) != 0 || len(c.Files) != 0 {
		t.Errorf("Read = %v, %v, %v; want no files, no diagnostics, no error", c, diags, err)
	}
}

// endless is a content file of 50 MB that counts the bytes read from
// it; reading it whole would take 50 MB of memory.
type endless struct {
	read *int64
}

func (f endless) Stat() (fs.FileInfo, error) { return bigInfo{}, nil }
func (f endless) Close() error               { return nil }
func (f endless) Read(p []byte) (int, error) {
	if *f.read >= bigSize {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), bigSize-*f.read)]
	for i := range p {
		p[i] = 'a'
	}
	*f.read += int64(len(p))
	return len(p), nil
}

const bigSize = 50 << 20

type bigInfo struct{}

func (bigInfo) Name() string       { return "vtt.md" }
func (bigInfo) Size() int64        { return bigSize }
func (bigInfo) Mode() fs.FileMode  { return 0o644 }
func (bigInfo) ModTime() time.Time { return time.Time{} }
func (bigInfo) IsDir() bool        { return false }
func (bigInfo) Sys() any           { return nil }

// bigFS is a site whose content/actors/vtt.md is an endless file.
type bigFS struct {
	fstest.MapFS
	read *int64
}

func (b bigFS) Open(name string) (fs.File, error) {
	if name == "content/actors/vtt.md" {
		return endless{b.read}, nil
	}
	return b.MapFS.Open(name)
}

func TestReadReportsATooLargeFileWithoutReadingIt(t *testing.T) {
	var read int64
	site := bigFS{MapFS: fstest.MapFS{"content/actors/vtt.md": {Data: []byte("x")}}, read: &read}
	c, diags, err := Read(site, []string{"actors"}, []string{"fi", "en"})
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 || !strings.Contains(diags[0].Message, "content file is 50.0 MB, more than the 1 MB") || diags[0].Hint == "" {
		t.Errorf("diagnostics = %v, want one error about the size with a hint", diags)
	}
	if read > MaxFileBytes+1 {
		t.Errorf("read %d bytes of a 50 MB file, want at most %d", read, MaxFileBytes+1)
	}
	if len(c.Files) != 0 || len(c.Broken) != 1 || c.Broken[0].Slug != "vtt" {
		t.Errorf("files %v, broken %v: the file is broken, its slug known", c.Files, c.Broken)
	}
}

// TestBodyControlCharactersAreRefused: a body may not hold control
// characters (they reach the CSV, feeds and pages); tabs, CRLF and
// bidirectional controls (right-to-left text) are text.
func TestBodyControlCharactersAreRefused(t *testing.T) {
	for body, want := range map[string]string{
		"Rivi.\nToinen \x07 rivi.\n":          "content/actors/a.md:5:8: error: the text contains the control character U+0007",
		"Rivi.\r\n\r\nKolmas\x1b[31m\n":       "content/actors/a.md:6:7: error: the text contains the control character U+001B",
		"Rivi \u0085 NEL\n":                   "content/actors/a.md:4:6: error: the text contains the control character U+0085",
		"Sarake\tsarake\r\n\u202eRTL\u202c\n": "",
	} {
		fsys := fstest.MapFS{"content/actors/a.md": {Data: []byte("---\nname: A\n---\n" + body)}}
		_, diags, err := Read(fsys, []string{"actors"}, []string{"fi"})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if len(diags) > 0 {
			got = diags[0].String()
		}
		if got != want {
			t.Errorf("body %q: %q, want %q", body, got, want)
		}
	}
}
