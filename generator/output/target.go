package output

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
)

// MarkerFile is the file kimppa writes into every output folder, so that a
// later build knows the folder is its own and may replace it whole.
const MarkerFile = ".kimppa-output"

// marker is MarkerFile's content. Its first line is what a build looks
// for; the rest is for a person who finds the file.
const marker = markerLine + "\n" +
	"This folder was written by kimppa build. The next build replaces all of it:\n" +
	"keep no files of your own here.\n"

const markerLine = "kimppa output folder"

// legacyFiles are files every output written before MarkerFile existed
// has: such a folder is also accepted, so that upgrading kimppa does not
// break a build.
var legacyFiles = []string{"search/index.json", "sitemap.xml"}

// siteFolders are the folders of a site that a build reads.
var siteFolders = []string{"content", "layouts", "assets"}

// TargetError is a folder or file that kimppa will not write: an output
// folder that is (part of) the site, a file, or a folder of someone else's
// files; or a file that someone else wrote. Nothing has been written or
// removed when it is returned.
type TargetError struct {
	Dir    string // the folder or file as it was given
	Reason string // what it is: "it is the site folder"
	Hint   string // what to do instead
	Action string // what was refused: "replace" when empty, or "write"
}

func (e *TargetError) Error() string {
	return fmt.Sprintf("will not %s %s: %s; %s", cmp.Or(e.Action, "replace"), e.Dir, e.Reason, e.Hint)
}

// CheckTarget tells whether a build of the site in source may replace the
// folder out. It refuses, with a *TargetError, an out that is the site
// folder or one of its ancestors, is or is inside the site's content/,
// layouts/ or assets/, is not a folder, or is a folder that holds files but
// is not an earlier output of kimppa. Symbolic links are followed where
// the path exists. It reads the file system and changes nothing.
func CheckTarget(out, source string) error {
	dir, err := resolve(out)
	if err != nil {
		return fmt.Errorf("output folder %s: %w", out, err)
	}
	src, err := resolve(source)
	if err != nil {
		return fmt.Errorf("site folder %s: %w", source, err)
	}
	elsewhere := "choose another folder for --out, such as " + filepath.Join(source, "public")
	switch {
	case same(dir, src):
		return &TargetError{out, "it is the site folder", elsewhere, ""}
	case within(src, dir):
		return &TargetError{out, "it holds the site folder " + source, elsewhere, ""}
	}
	for _, name := range siteFolders {
		sub := filepath.Join(src, name)
		switch {
		case same(dir, sub):
			return &TargetError{out, "it is the site's " + name + "/ folder", elsewhere, ""}
		case within(dir, sub):
			return &TargetError{out, "it is inside the site's " + name + "/ folder", elsewhere, ""}
		}
	}
	return checkFolder(out, dir)
}

// checkFolder refuses a dir (given as out) that exists and is not a folder
// kimppa may replace: a file, or a folder of files kimppa did not write.
func checkFolder(out, dir string) error {
	st, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("output folder %s: %w", out, err)
	case st.Mode().IsRegular():
		return &TargetError{out, "it is a file, not a folder", "choose a folder for --out; a build never replaces a file", ""}
	case !st.IsDir():
		return &TargetError{out, "it is not a folder", "choose a folder for --out", ""}
	}
	ok, err := replaceable(dir)
	if err != nil {
		return fmt.Errorf("output folder %s: %w", out, err)
	}
	if !ok {
		return &TargetError{out, "it holds files that kimppa did not write",
			"choose a new or empty folder for --out; a build replaces only a folder that has kimppa's " + MarkerFile + " file", ""}
	}
	return nil
}

// replaceable tells whether the folder dir is empty, marked as kimppa's
// output, or an output written before the mark existed.
func replaceable(dir string) (bool, error) {
	if Marked(dir) {
		return true, nil
	}
	f, err := os.Open(dir)
	if err != nil {
		return false, err
	}
	_, err = f.Readdirnames(1)
	f.Close()
	if errors.Is(err, io.EOF) {
		return true, nil // empty
	}
	if err != nil {
		return false, err
	}
	for _, name := range legacyFiles {
		st, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil || !st.Mode().IsRegular() {
			return false, nil
		}
	}
	return true, nil
}

// Marked tells whether dir holds kimppa's MarkerFile.
func Marked(dir string) bool {
	f, err := os.Open(filepath.Join(dir, MarkerFile))
	if err != nil {
		return false
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return false
	}
	head := make([]byte, len(markerLine)+2)
	n, _ := io.ReadFull(f, head)
	line, _, _ := bytes.Cut(head[:n], []byte("\n"))
	return string(bytes.TrimSuffix(line, []byte("\r"))) == markerLine
}

// resolve returns p absolute and clean, with the symbolic links of the
// part of it that exists resolved.
func resolve(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for cur := abs; ; {
		real, err := filepath.EvalSymlinks(cur)
		if err == nil {
			return filepath.Join(real, rest), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

// same tells whether the resolved paths a and b name the same folder: by
// name, or, where both exist, by identity, which also holds on a file
// system that ignores case.
func same(a, b string) bool {
	if a == b {
		return true
	}
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}

// within tells whether the resolved path p is strictly inside the folder
// dir.
func within(p, dir string) bool {
	for cur := filepath.Dir(p); ; cur = filepath.Dir(cur) {
		if same(cur, dir) {
			return true
		}
		if filepath.Dir(cur) == cur {
			return false
		}
	}
}

// leftovers matches the temporary folders a build makes beside its output
// dir: ".public.new-123" while writing, ".public.new-123.old" for the
// previous output while swapping.
func leftovers(dir string) *regexp.Regexp {
	return regexp.MustCompile(`^\.` + regexp.QuoteMeta(filepath.Base(dir)) + `\.new-[0-9]+(\.old)?$`)
}

// removeLeftovers removes the temporary folders that builds of dir which
// were killed left beside it; a folder that a running build holds is kept.
func removeLeftovers(dir string) {
	parent := filepath.Dir(dir)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	pattern := leftovers(dir)
	for _, e := range entries {
		if !e.IsDir() || !pattern.MatchString(e.Name()) {
			continue // e.IsDir is false for a symbolic link
		}
		full := filepath.Join(parent, e.Name())
		l, ok := tryLock(full)
		if !ok {
			continue
		}
		removeAll(full)
		l.unlock()
	}
}
