package output

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// read reads every file below dir but MarkerFile, which it checks is there.
func read(t *testing.T, dir string) map[string]string {
	t.Helper()
	if !Marked(dir) {
		t.Errorf("%s has no %s", dir, MarkerFile)
	}
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	delete(out, MarkerFile)
	return out
}

func beside(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteCreatesAndReplacesTheFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site", "public")
	first := Files{"index.html": []byte("1"), "toimijat/vtt/index.html": []byte("vtt"), "old.txt": []byte("old")}
	if err := Write(dir, first); err != nil {
		t.Fatal(err)
	}
	if got := read(t, dir); len(got) != 3 || got["toimijat/vtt/index.html"] != "vtt" {
		t.Errorf("after the first write: %v", got)
	}
	second := Files{"index.html": []byte("2"), "en/index.html": []byte("en")}
	if err := Write(dir, second); err != nil {
		t.Fatal(err)
	}
	got := read(t, dir)
	want := map[string]string{"index.html": "2", "en/index.html": "en"}
	if len(got) != len(want) || got["index.html"] != "2" || got["en/index.html"] != "en" {
		t.Errorf("after the second write: %v, want exactly %v", got, want)
	}
	if names := beside(t, dir); !slices.Equal(names, []string{"public"}) {
		t.Errorf("beside the output: %q, want only public", names)
	}
	if st, err := os.Stat(dir); err != nil || st.Mode().Perm() != 0o755 {
		t.Errorf("output folder mode: %v, %v", st.Mode(), err)
	}
}

func TestWriteRefusesPathsOutsideAndKeepsTheOldFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	if err := Write(dir, Files{"index.html": []byte("old")}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"../escape.html", "/etc/passwd", "a/../../b", ""} {
		err := Write(dir, Files{"index.html": []byte("new"), bad: []byte("x")})
		if err == nil {
			t.Errorf("Write(%q) succeeded", bad)
		}
		if got := read(t, dir); len(got) != 1 || got["index.html"] != "old" {
			t.Errorf("after a failed Write(%q) the output is %v", bad, got)
		}
		if names := beside(t, dir); !slices.Equal(names, []string{"public"}) {
			t.Errorf("after a failed Write(%q), beside the output: %q", bad, names)
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "escape.html")); err == nil {
		t.Error("a file was written outside the output folder")
	}
}

func TestWriteFailsWhenAFileIsAlsoAFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	if err := Write(dir, Files{"index.html": []byte("old")}); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir, Files{"a": []byte("file"), "a/b.html": []byte("below a file")}); err == nil {
		t.Error("Write of a path below a file succeeded")
	}
	if got := read(t, dir); len(got) != 1 || got["index.html"] != "old" {
		t.Errorf("after a failed Write the output is %v", got)
	}
	if names := beside(t, dir); !slices.Equal(names, []string{"public"}) {
		t.Errorf("beside the output: %q", names)
	}
}

func TestFingerprintNamesByContent(t *testing.T) {
	a := Fingerprint("assets/css/site.css", []byte("body{}"))
	if !regexp.MustCompile(`^assets/css/site\.[0-9a-f]{10}\.css$`).MatchString(a) {
		t.Errorf("Fingerprint = %q", a)
	}
	if b := Fingerprint("assets/css/site.css", []byte("body{}")); b != a {
		t.Errorf("the same content got two names: %q, %q", a, b)
	}
	if c := Fingerprint("assets/css/site.css", []byte("body{color:red}")); c == a {
		t.Errorf("other content got the same name %q", c)
	}
	if got := Fingerprint("assets/js/search", []byte("x")); !regexp.MustCompile(`^assets/js/search\.[0-9a-f]{10}$`).MatchString(got) {
		t.Errorf("Fingerprint without extension = %q", got)
	}
}

func TestMinifyByExtension(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string // a part of the output
		not      string // must not be in the output
	}{
		{"index.html", "<html>\n  <body>\n    <p>  hei   maailma </p>\n  </body>\n</html>\n", "<p>hei maailma</p>", "\n  "},
		{"site.css", "body {\n  color: red;\n}\n", "body{color:red}", "\n"},
		{"search.js", "function f ( a ) {\n  return a + 1;\n}\n", "){return ", "\n"},
		{"data/entities.json", "[\n  {\"slug\": \"vtt\"}\n]\n", `[{"slug":"vtt"}]`, "\n"},
		{"sitemap.xml", "<urlset>\n  <url> <loc>https://example.org/</loc> </url>\n</urlset>\n", "<loc>https://example.org/</loc>", "\n"},
		{"logo.png", "\x89PNG\r\n  keep  \n", "\x89PNG\r\n  keep  \n", ""},
		{"robots.txt", "User-agent: *\n\nAllow: /\n", "User-agent: *\n\nAllow: /\n", ""},
	} {
		got, err := Minify(tc.name, []byte(tc.in))
		if err != nil {
			t.Errorf("Minify(%s): %v", tc.name, err)
			continue
		}
		if !strings.Contains(string(got), tc.want) || tc.not != "" && strings.Contains(string(got), tc.not) {
			t.Errorf("Minify(%s) = %q, want %q without %q", tc.name, got, tc.want, tc.not)
		}
	}
}
