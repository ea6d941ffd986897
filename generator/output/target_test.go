package output

import (
	"errors"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// layout writes files (slash path → text; a path ending in / is a folder)
// below dir.
func layout(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		full := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(full, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// snapshot lists every file and folder below dir with its bytes.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			out[filepath.ToSlash(rel)+"/"] = ""
			return nil
		}
		b, err := os.ReadFile(p)
		out[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestCheckTargetRefusesWhatIsNotKimppasOutput(t *testing.T) {
	root := t.TempDir()
	t.Chdir(root)
	layout(t, root, map[string]string{
		"site/kimppa.yaml":           "title: x\n",
		"site/content/actors/vtt.md": "---\nname: VTT\n---\n",
		"site/layouts/base.html":     "x",
		"site/assets/site.css":       "x",
		"notes.txt":                  "my notes",
		"docs/letter.txt":            "my letter",
		"fake/" + MarkerFile:         "not kimppa's\n",
		"half/sitemap.xml":           "<urlset/>",
	})
	for _, tc := range []struct{ out, source, reason string }{
		{"site", "site", "it is the site folder"},
		{"site/", "./site", "it is the site folder"},
		{".", "site", "it holds the site folder site"},
		{root, "site", "it holds the site folder site"},
		{"/", "site", "it holds the site folder site"},
		{"site/content", "site", "it is the site's content/ folder"},
		{"site/content/actors", "site", "it is inside the site's content/ folder"},
		{"site/content/new/public", "site", "it is inside the site's content/ folder"},
		{"site/layouts", "site", "it is the site's layouts/ folder"},
		{"site/assets", "site", "it is the site's assets/ folder"},
		{"site/assets/public", "site", "it is inside the site's assets/ folder"},
		{"site/kimppa.yaml", "site", "it is a file, not a folder"},
		{"notes.txt", "site", "it is a file, not a folder"},
		{"docs", "site", "it holds files that kimppa did not write"},
		{"fake", "site", "it holds files that kimppa did not write"},
		{"half", "site", "it holds files that kimppa did not write"},
	} {
		before := snapshot(t, root)
		err := CheckTarget(tc.out, tc.source)
		var te *TargetError
		if !errors.As(err, &te) || te.Reason != tc.reason || te.Dir != tc.out {
			t.Errorf("CheckTarget(%q, %q) = %v, want %q", tc.out, tc.source, err, tc.reason)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("CheckTarget(%q, %q): the reason is more than one line: %q", tc.out, tc.source, err)
		}
		if after := snapshot(t, root); !maps.Equal(before, after) {
			t.Errorf("CheckTarget(%q, %q) changed the files", tc.out, tc.source)
		}
	}
}

func TestCheckTargetFollowsSymbolicLinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	root := t.TempDir()
	layout(t, root, map[string]string{"site/content/a.md": "x", "docs/letter.txt": "x"})
	for link, target := range map[string]string{"to-site": "site", "to-content": "site/content", "to-docs": "docs", "to-root": "."} {
		if err := os.Symlink(filepath.Join(root, target), filepath.Join(root, link)); err != nil {
			t.Fatal(err)
		}
	}
	site := filepath.Join(root, "site")
	for out, reason := range map[string]string{
		"to-site":            "it is the site folder",
		"to-site/content":    "it is the site's content/ folder",
		"to-content/x":       "it is inside the site's content/ folder",
		"to-docs":            "it holds files that kimppa did not write",
		"to-root":            "it holds the site folder " + site,
		"to-root/site":       "it is the site folder",
		"to-site/assets/new": "it is inside the site's assets/ folder",
	} {
		var te *TargetError
		if err := CheckTarget(filepath.Join(root, out), site); !errors.As(err, &te) || te.Reason != reason {
			t.Errorf("CheckTarget(%s) = %v, want %q", out, err, reason)
		}
	}
	// And a link as the site: its content/ is still the site's.
	var te *TargetError
	if err := CheckTarget(filepath.Join(root, "site", "content"), filepath.Join(root, "to-site")); !errors.As(err, &te) {
		t.Errorf("CheckTarget(site/content, to-site) = %v, want a refusal", err)
	}
}

func TestCheckTargetAcceptsNewEmptyMarkedAndLegacyOutput(t *testing.T) {
	root := t.TempDir()
	layout(t, root, map[string]string{
		"site/kimppa.yaml":          "title: x\n",
		"site/public/" + MarkerFile: marker,
		"site/public/index.html":    "x",
		"empty/":                    "",
		"legacy/search/index.json":  "{}",
		"legacy/sitemap.xml":        "<urlset/>",
		"legacy/index.html":         "x",
		"crlf/" + MarkerFile:        markerLine + "\r\nmore\r\n",
		"crlf/a.html":               "x",
	})
	site := filepath.Join(root, "site")
	for _, out := range []string{"site/public", "site/build", "new/deep/public", "empty", "legacy", "crlf"} {
		if err := CheckTarget(filepath.Join(root, filepath.FromSlash(out)), site); err != nil {
			t.Errorf("CheckTarget(%s) = %v, want nil", out, err)
		}
	}
}

func TestCreateRefusesAndLeavesTheTargetUntouched(t *testing.T) {
	root := t.TempDir()
	layout(t, root, map[string]string{"docs/letter.txt": "my letter", "notes.txt": "my notes"})
	for _, name := range []string{"docs", "notes.txt"} {
		before := snapshot(t, root)
		err := Write(filepath.Join(root, name), Files{"index.html": []byte("x")})
		var te *TargetError
		if !errors.As(err, &te) {
			t.Errorf("Write(%s) = %v, want a *TargetError", name, err)
		}
		if after := snapshot(t, root); !maps.Equal(before, after) {
			t.Errorf("Write(%s) changed the files: %v", name, after)
		}
	}
}

// TestCommitChecksTheTargetAgain: files that appear in an empty target
// while a build writes are not thrown away.
func TestCommitChecksTheTargetAgain(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	d, err := Create(dir)
	if err != nil {
		t.Fatal(err)
	}
	layout(t, dir, map[string]string{"letter.txt": "my letter"})
	var te *TargetError
	if err := d.Commit(); !errors.As(err, &te) {
		t.Errorf("Commit = %v, want a *TargetError", err)
	}
	if got := snapshot(t, dir); got["letter.txt"] != "my letter" || len(got) != 2 {
		t.Errorf("after a refused Commit the target holds %v", got)
	}
	if names := beside(t, dir); !slices.Equal(names, []string{"public"}) {
		t.Errorf("beside the target: %q", names)
	}
}

func TestCreateRemovesWhatKilledBuildsLeft(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "public")
	layout(t, root, map[string]string{
		"public/" + MarkerFile:            marker,
		".public.new-123/index.html":      "half",
		".public.new-4567.old/index.html": "old",
		".public.new-8/":                  "",
		".public.new-x/keep.txt":          "not kimppa's name",
		".public.new-9.old.bak/keep.txt":  "not kimppa's name",
		".other.new-1/keep.txt":           "another output's",
		"public.new-1/keep.txt":           "not hidden",
		".public.new-10":                  "a file, not a folder",
	})
	if err := Write(dir, Files{"index.html": []byte("new")}); err != nil {
		t.Fatal(err)
	}
	want := []string{".other.new-1", ".public.new-10", ".public.new-9.old.bak", ".public.new-x", "public", "public.new-1"}
	if names := beside(t, dir); !slices.Equal(names, want) {
		t.Errorf("beside the output: %q, want %q", names, want)
	}
}

func TestCreateKeepsTheFolderOfARunningBuild(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("folders are not locked on Windows")
	}
	dir := filepath.Join(t.TempDir(), "public")
	running, err := Create(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := running.Add("index.html", []byte("running")); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir, Files{"index.html": []byte("other")}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(running.tmp, "index.html")); err != nil {
		t.Errorf("a second build removed the folder of a running one: %v", err)
	}
	if err := running.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, dir); got["index.html"] != "running" {
		t.Errorf("after both builds: %v", got)
	}
	if names := beside(t, dir); !slices.Equal(names, []string{"public"}) {
		t.Errorf("beside the output: %q", names)
	}
}

// TestABuildKilledHalfWayIsCleanedUpByTheNext kills a process (this test
// binary, run again) that is writing an output, as kill -9 would, and
// builds again: the new build removes what the killed one left.
func TestABuildKilledHalfWayIsCleanedUpByTheNext(t *testing.T) {
	if dir := os.Getenv("KIMPPA_TEST_KILLED_BUILD"); dir != "" {
		d, err := Create(dir)
		if err == nil {
			err = d.Add("toimijat/index.html", []byte("half"))
		}
		if err != nil {
			os.Exit(3)
		}
		p, _ := os.FindProcess(os.Getpid())
		p.Kill() // SIGKILL: nothing is cleaned up
		select {}
	}
	if runtime.GOOS == "windows" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("needs a process to kill")
	}
	dir := filepath.Join(t.TempDir(), "public")
	if err := Write(dir, Files{"index.html": []byte("first")}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestABuildKilledHalfWayIsCleanedUpByTheNext$")
	cmd.Env = append(os.Environ(), "KIMPPA_TEST_KILLED_BUILD="+dir)
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != -1 {
		t.Fatalf("the child build was not killed: %v", err)
	}
	if names := beside(t, dir); len(names) != 2 {
		t.Fatalf("the killed build left %q, want the output and its temporary folder", names)
	}
	if got := read(t, dir); got["index.html"] != "first" || len(got) != 1 {
		t.Errorf("the killed build changed the output: %v", got)
	}
	if err := Write(dir, Files{"index.html": []byte("second")}); err != nil {
		t.Fatal(err)
	}
	if names := beside(t, dir); !slices.Equal(names, []string{"public"}) {
		t.Errorf("after the next build, beside the output: %q", names)
	}
	if got := read(t, dir); got["index.html"] != "second" {
		t.Errorf("after the next build: %v", got)
	}
}
