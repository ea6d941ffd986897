// Package load reads a site's content/ folder: it finds the entity files,
// bundles and translations, splits front matter from Markdown and keeps
// every front matter value with its line.
package load

import (
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/node"
	"github.com/kimppa/kimppa/generator/parallel"
	"github.com/kimppa/kimppa/generator/sitefs"
)

// ContentDir is the folder of a site that holds its entities.
const ContentDir = "content"

// File is one content file: an entity in one language.
type File struct {
	Path     string // relative to the site directory, e.g. content/actors/vtt.md
	Type     string
	Slug     string
	Lang     string // "" for the default language
	Bundle   string // the bundle folder when the file is index.md, else ""
	Doc      *node.Doc
	Body     []byte
	BodyLine int
}

// Asset is a file inside a bundle, next to its index.md.
type Asset struct {
	Path string // relative to the site directory
	Name string // relative to the bundle, e.g. logo.png
	Size int64
	Head []byte // the first bytes, to tell the real file type
}

// Content is everything found under content/.
type Content struct {
	Files  []*File
	Assets map[string][]Asset // bundle folder → its files
}

// Read walks content/ in site. types are the known content type folders
// and langs the site's languages, the first being the default. Problems
// with single files are diagnostics; only I/O failures are errors.
func Read(site fs.FS, types, langs []string) (*Content, diag.List, error) {
	paths, err := sitefs.Files(site, ContentDir)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", ContentDir, err)
	}
	var diags diag.List
	c := &Content{Assets: map[string][]Asset{}}
	var todo []*File
	bundles := map[string]bool{}
	for _, p := range paths {
		if f := classify(p, types, langs, &diags); f != nil {
			todo = append(todo, f)
			if f.Bundle != "" {
				bundles[f.Bundle] = true
			}
		}
	}
	for _, p := range paths {
		if err := assetOf(site, p, types, bundles, c, &diags); err != nil {
			return nil, nil, err
		}
	}
	if err := parseAll(site, todo, &diags); err != nil {
		return nil, nil, err
	}
	for _, f := range todo {
		if f.Doc != nil {
			c.Files = append(c.Files, f)
		}
	}
	return c, diags, nil
}

// ignored reports files that editors and operating systems leave behind.
func ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "#") || strings.HasSuffix(name, "~") ||
		strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swx") || strings.HasSuffix(name, ".tmp") ||
		name == "Thumbs.db" || name == "desktop.ini"
}

// classify turns a content path into a File when it is a Markdown entity
// file. It reports Markdown files in places where no entity can be.
func classify(p string, types, langs []string, diags *diag.List) *File {
	parts := strings.Split(strings.TrimPrefix(p, ContentDir+"/"), "/")
	name := parts[len(parts)-1]
	if ignored(name) || !strings.HasSuffix(name, ".md") {
		return nil
	}
	pos := diag.Pos{File: p, Line: 1, Col: 1}
	if len(parts) == 1 {
		if !strings.EqualFold(name, "README.md") {
			diags.Errorf(pos, "", "move it into one of the folders "+strings.Join(types, ", "), "content file outside a type folder")
		}
		return nil
	}
	if !slices.Contains(types, parts[0]) {
		diags.Errorf(pos, "", diag.DidYouMean(parts[0], types), "unknown content type folder %q (known: %s)", parts[0], strings.Join(types, ", "))
		return nil
	}
	f := &File{Path: p, Type: parts[0]}
	base := strings.TrimSuffix(name, ".md")
	switch {
	case len(parts) == 2:
		f.Slug, f.Lang = splitLang(base, langs, pos, diags)
	case len(parts) == 3 && (base == "index" || strings.HasPrefix(base, "index.")):
		f.Slug = parts[1]
		_, f.Lang = splitLang(base, langs, pos, diags)
		f.Bundle = path.Dir(p)
	default:
		// A Markdown file of a bundle, as any other attachment; assetOf
		// reports it when the folder has no index.md.
		return nil
	}
	if f.Lang == "invalid" {
		return nil
	}
	return f
}

// splitLang splits "slug.en" into slug and language; the default language
// is returned as "".
func splitLang(base string, langs []string, pos diag.Pos, diags *diag.List) (string, string) {
	i := strings.LastIndexByte(base, '.')
	if i < 0 {
		return base, ""
	}
	slug, lang := base[:i], base[i+1:]
	switch {
	case lang == langs[0]:
		return slug, ""
	case slices.Contains(langs, lang):
		return slug, lang
	}
	diags.Errorf(pos, "", fmt.Sprintf("the site's languages are %s; name a translation <slug>.<language>.md", strings.Join(langs, ", ")),
		"unknown language %q in file name", lang)
	return slug, "invalid"
}

// assetOf records p as an asset of its bundle, or reports a stray file.
func assetOf(site fs.FS, p string, types []string, bundles map[string]bool, c *Content, diags *diag.List) error {
	parts := strings.Split(strings.TrimPrefix(p, ContentDir+"/"), "/")
	name := parts[len(parts)-1]
	if ignored(name) || len(parts) < 3 || !slices.Contains(types, parts[0]) {
		return nil
	}
	bundle := path.Join(ContentDir, parts[0], parts[1])
	rel := strings.Join(parts[2:], "/")
	if len(parts) == 3 && (rel == "index.md" || strings.HasPrefix(rel, "index.") && strings.HasSuffix(rel, ".md")) {
		return nil
	}
	if !bundles[bundle] {
		diags.Errorf(diag.Pos{File: p, Line: 1, Col: 1}, "", "add "+bundle+"/index.md, or move the file", "file in a folder without index.md")
		return nil
	}
	st, err := fs.Stat(site, p)
	if err != nil {
		return fmt.Errorf("read %s: %w", p, err)
	}
	head, err := readHead(site, p)
	if err != nil {
		return err
	}
	c.Assets[bundle] = append(c.Assets[bundle], Asset{Path: p, Name: rel, Size: st.Size(), Head: head})
	return nil
}

// parseAll reads and splits files on every core; results keep their order.
func parseAll(site fs.FS, files []*File, diags *diag.List) error {
	found := make([]*diag.Diagnostic, len(files))
	errs := make([]error, len(files))
	parallel.For(len(files), func(i int) {
		f := files[i]
		data, err := fs.ReadFile(site, f.Path)
		if err != nil {
			errs[i] = fmt.Errorf("read %s: %w", f.Path, err)
			return
		}
		f.Doc, f.Body, f.BodyLine, found[i] = Split(f.Path, data)
	})
	for i := range files {
		if errs[i] != nil {
			return errs[i]
		}
		if found[i] != nil {
			diags.Add(*found[i])
		}
	}
	return nil
}

// readHead reads the first 512 bytes of a file.
func readHead(site fs.FS, p string) ([]byte, error) {
	f, err := site.Open(p)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	defer f.Close()
	buf := make([]byte, 512)
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	return buf[:n], nil
}
