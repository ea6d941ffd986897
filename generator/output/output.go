// Package output turns a set of files into a published folder: it
// minifies them with tdewolff/minify, names CSS and JS by their content
// hash, and swaps the finished folder into place atomically, so a failed
// build never touches the previous output. It knows nothing of content.
package output

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/kimppa/kimppa/generator/parallel"
	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

// Files maps an output path ("toimijat/vtt/index.html") to its bytes.
type Files map[string][]byte

// Paths lists the paths in sorted order.
func (f Files) Paths() []string {
	out := make([]string, 0, len(f))
	for p := range f {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

var minifier = newMinifier()

func newMinifier() *minify.M {
	m := minify.New()
	// Inline SVG in pages comes only from the theme's templates, which are
	// written compact; leaving it to the HTML minifier's whitespace rules
	// saves a second parser on every page. Standalone .svg files are
	// minified by svgMinifier.
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepDefaultAttrVals: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("application/javascript", js.Minify)
	m.AddFunc("application/json", json.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`[/+]xml$`), xml.Minify)
	return m
}

// mediaTypes are the minified kinds of file, by extension.
var mediaTypes = map[string]string{
	".html": "text/html", ".css": "text/css", ".js": "application/javascript", ".mjs": "application/javascript",
	".json": "application/json", ".svg": "image/svg+xml", ".xml": "text/xml", ".webmanifest": "application/json",
}

// svgMinifier minifies standalone SVG files (theme icons).
var svgMinifier = func() *minify.M {
	m := minify.New()
	m.AddFunc("image/svg+xml", svg.Minify)
	return m
}()

// Minify returns data minified by the media type of name's extension, or
// data unchanged for other files.
func Minify(name string, data []byte) ([]byte, error) {
	mt, ok := mediaTypes[strings.ToLower(path.Ext(name))]
	if !ok {
		return data, nil
	}
	m := minifier
	if mt == "image/svg+xml" {
		m = svgMinifier
	}
	out, err := m.Bytes(mt, data)
	if err != nil {
		return nil, fmt.Errorf("minify %s: %w", name, err)
	}
	return out, nil
}

// Fingerprint names a file by its content: "assets/site.css" becomes
// "assets/site.3fa9c2d1e0.css", so it can be cached for ever.
func Fingerprint(name string, data []byte) string {
	sum := sha256.Sum256(data)
	ext := path.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:5]) + ext
}

// Write replaces dir with exactly files and MarkerFile. The files are
// written to a new folder beside dir, which then takes dir's place; on any
// error dir is left as it was.
func Write(dir string, files Files) error {
	d, err := Create(dir)
	if err != nil {
		return err
	}
	if err := d.AddAll(files); err != nil {
		d.Abort()
		return err
	}
	return d.Commit()
}

// Dir is an output folder being written: files go to a temporary folder
// beside it until Commit swaps it into place, so a build that fails half
// way leaves the previous output exactly as it was.
type Dir struct {
	name       string // the folder as it was given, for messages
	final, tmp string
	lock       *lock    // on tmp, so that no other build removes it
	made       sync.Map // directories already created
	later      bool     // the replaced output is removed after the program ends
}

// RemoveLater makes Commit leave the removal of the output it replaces
// to a process of its own, so that the program can end as soon as the
// new output is in place. Only a program whose main calls RunRemoval
// first may ask for it: the process is this program, started again.
func (d *Dir) RemoveLater() { d.later = true }

// Create starts writing a new version of dir, which must be missing, empty
// or an earlier output: it refuses anything else with a *TargetError and
// then writes nothing. A symbolic link dir is followed, so the folder it
// points to is replaced. Create removes the temporary folders that killed
// builds left beside dir, and marks the new version with MarkerFile.
func Create(dir string) (*Dir, error) {
	final, err := resolve(dir)
	if err != nil {
		return nil, fmt.Errorf("output folder %s: %w", dir, err)
	}
	if err := checkFolder(dir, final); err != nil {
		return nil, err
	}
	parent := filepath.Dir(final)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", parent, err)
	}
	removeLeftovers(final)
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(final)+".new-")
	if err != nil {
		return nil, fmt.Errorf("create temporary output: %w", err)
	}
	d := &Dir{name: dir, final: final, tmp: tmp}
	if d.lock, err = lockDir(tmp); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("create temporary output: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		d.Abort()
		return nil, err
	}
	if err := d.Add(MarkerFile, []byte(marker)); err != nil {
		d.Abort()
		return nil, err
	}
	return d, nil
}

// Add writes one file; it is safe for concurrent use.
func (d *Dir) Add(name string, data []byte) error {
	if !filepath.IsLocal(filepath.FromSlash(name)) {
		return fmt.Errorf("refusing to write %q outside the output folder", name)
	}
	full := filepath.Join(d.tmp, filepath.FromSlash(name))
	parent := filepath.Dir(full)
	if _, ok := d.made.Load(parent); !ok {
		// Most folders are a page's own, in a folder made before:
		// one mkdir, without MkdirAll's stat of every parent.
		if err := os.Mkdir(parent, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			if err := os.MkdirAll(parent, 0o755); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		d.made.Store(parent, true)
	}
	if err := writeFile(full, data); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// AddAll writes files, several at a time: writing many small files is
// bound by system calls.
func (d *Dir) AddAll(files Files) error {
	paths := files.Paths()
	errs := make([]error, len(paths))
	parallel.ForWorkers(2*runtime.GOMAXPROCS(0), len(paths), func(i int) {
		errs[i] = d.Add(paths[i], files[paths[i]])
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// Commit puts the new version in place of the old one. It checks again
// that the old one is still kimppa's to replace.
func (d *Dir) Commit() error {
	if err := swap(d.tmp, d.final, d.name, d.later); err != nil {
		d.Abort()
		return err
	}
	d.lock.unlock()
	return nil
}

// Abort throws the new version away; the old output is untouched.
func (d *Dir) Abort() {
	os.RemoveAll(d.tmp)
	d.lock.unlock()
}

// swap moves the finished folder into place and removes the old one,
// which is locked while it is set aside, so that no other build takes it
// for a leftover.
func swap(tmp, dir, name string, later bool) error {
	if err := checkFolder(name, dir); err != nil {
		return err
	}
	old := ""
	var l *lock
	if _, err := os.Lstat(dir); err == nil {
		if l, err = lockDir(dir); err != nil {
			return fmt.Errorf("replace %s: %w", dir, err)
		}
		defer l.unlock()
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return fmt.Errorf("replace %s: %w", dir, err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		return fmt.Errorf("replace %s: %w", dir, err)
	}
	if old != "" && !(later && removeDetached(old, l)) {
		removeAll(old)
	}
	return nil
}

// removeAll removes a folder, its top-level entries in parallel: an old
// output can hold tens of thousands of files.
func removeAll(dir string) {
	entries, _ := os.ReadDir(dir)
	parallel.ForWorkers(2*runtime.GOMAXPROCS(0), len(entries), func(i int) {
		os.RemoveAll(filepath.Join(dir, entries[i].Name()))
	})
	os.RemoveAll(dir)
}
