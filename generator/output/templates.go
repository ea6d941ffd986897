package output

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"testing/fstest"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/html"
)

// templateMinifier minifies HTML templates, keeping Go template actions
// as they are.
var templateMinifier = func() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepDefaultAttrVals: true,
		TemplateDelims: html.GoTemplateDelims})
	return m
}()

// MinifyTemplates returns theme with every layouts/*.html file minified
// once. Pages rendered from these templates come out minified, so a build
// need not minify each of its thousands of pages again: on the sample
// site the two ways give identical pages once re-minified, and skipping
// the second pass leaves them about 3% larger (whitespace around template
// actions and in Markdown) while saving a parse of every page.
func MinifyTemplates(theme fs.FS) (fs.FS, error) {
	names, err := fs.Glob(theme, "layouts/*.html")
	if err != nil {
		return nil, fmt.Errorf("read layouts: %w", err)
	}
	min := fstest.MapFS{}
	for _, name := range names {
		data, err := fs.ReadFile(theme, name)
		if err != nil {
			return nil, fmt.Errorf("read layouts: %w", err)
		}
		out, err := templateMinifier.Bytes("text/html", trimIndent(data))
		if err != nil {
			return nil, fmt.Errorf("minify %s: %w", name, err)
		}
		min[name] = &fstest.MapFile{Data: out}
	}
	return minifiedFS{theme: theme, min: min}, nil
}

// indent is the white space at the ends of lines.
var indent = regexp.MustCompile(`[ \t]*\n[ \t]*`)

// trimIndent drops the indentation of a template's lines. The minifier
// keeps white space next to template actions, where it cannot know
// whether it shows; a line break alone shows the same as a line break and
// spaces, except in the elements that keep white space, so templates that
// have them are left as they are.
func trimIndent(data []byte) []byte {
	if bytes.Contains(data, []byte("<pre")) || bytes.Contains(data, []byte("<textarea")) {
		return data
	}
	return indent.ReplaceAll(data, []byte("\n"))
}

// minifiedFS serves the minified templates and everything else from theme.
type minifiedFS struct {
	theme fs.FS
	min   fstest.MapFS
}

func (m minifiedFS) Open(name string) (fs.File, error) {
	if _, ok := m.min[name]; ok {
		return m.min.Open(name)
	}
	return m.theme.Open(name)
}

func (m minifiedFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(m.theme, name) }

func (m minifiedFS) ReadFile(name string) ([]byte, error) {
	if f, ok := m.min[name]; ok {
		return f.Data, nil
	}
	return fs.ReadFile(m.theme, name)
}

// Rendered reports whether name is a page rendered from the minified
// templates (and so needs no second minification).
func Rendered(name string) bool { return strings.EqualFold(path.Ext(name), ".html") }
