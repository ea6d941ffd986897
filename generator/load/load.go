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

// MaxFileBytes is the size of the largest content file kimppa reads; a
// larger file is an error, found from its size before it is read.
const MaxFileBytes = 1 << 20

// Asset is a file inside a bundle, next to its index.md.
type Asset struct {
	Path string // relative to the site directory
	Name string // relative to the bundle, e.g. logo.png
	Size int64
	Head []byte // the first bytes, to tell the real file type
	Link bool   // a symbolic link: reported, not followed, never published
}

// Content is everything found under content/.
type Content struct {
	Files  []*File
	Assets map[string][]Asset // bundle folder → its files
	// Broken are the entity files that are there but could not be read
	// (broken front matter, too large, not UTF-8, a symbolic link), with
	// Doc nil. Their problem is reported once; their slugs still exist,
	// so that references to them are not reported as unknown.
	Broken []*File
}

// Read walks content/ in site. types are the known content type folders
// and langs the site's languages, the first being the default. Problems
// with single files are diagnostics; only I/O failures are errors.
func Read(site fs.FS, types, langs []string) (*Content, diag.List, error) {
	paths, links, err := sitefs.Entries(site, ContentDir)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", ContentDir, err)
	}
	var diags diag.List
	c := &Content{Assets: map[string][]Asset{}}
	var todo []*File
	bundles := map[string]bool{}
	for _, p := range links {
		c.link(p, types, langs, bundles, &diags)
	}
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
		} else {
			c.Broken = append(c.Broken, f)
		}
	}
	return c, diags, nil
}

// link reports a symbolic link once, at the link, and records what it
// stands for: an entity file or bundle folder is broken, so its slug is
// still known; a file in a bundle is an asset that is a link, so that a
// field naming it is not also "not found".
func (c *Content) link(p string, types, langs []string, bundles map[string]bool, diags *diag.List) {
	parts := strings.Split(strings.TrimPrefix(p, ContentDir+"/"), "/")
	name := parts[len(parts)-1]
	if ignored(name) {
		return // editors' lock files are links, e.g. Emacs's .#vtt.md
	}
	diags.Errorf(diag.Pos{File: p, Line: 1, Col: 1}, "", "replace the link with a copy of the file or folder it points to", "symbolic links are not followed")
	if len(parts) < 2 || !slices.Contains(types, parts[0]) {
		return
	}
	var scratch diag.List // the link is the problem; its name is not reported as well
	switch {
	case len(parts) == 2 && !strings.Contains(name, "."): // a bundle folder, or a file without an extension
		c.Broken = append(c.Broken, &File{Path: p, Type: parts[0], Slug: name, Bundle: p})
	case strings.HasSuffix(name, ".md") && (len(parts) == 2 || len(parts) == 3 && (name == "index.md" || strings.HasPrefix(name, "index."))):
		if f := classify(p, types, langs, &scratch); f != nil {
			c.Broken = append(c.Broken, f)
			if f.Bundle != "" {
				bundles[f.Bundle] = true
			}
		}
	case len(parts) >= 3:
		bundle := path.Join(ContentDir, parts[0], parts[1])
		c.Assets[bundle] = append(c.Assets[bundle], Asset{Path: p, Name: strings.Join(parts[2:], "/"), Link: true})
	}
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
		data, d, err := readContent(site, f.Path)
		switch {
		case err != nil:
			errs[i] = err
		case d != nil:
			found[i] = d
		default:
			f.Doc, f.Body, f.BodyLine, found[i] = Split(f.Path, data)
			if found[i] == nil {
				found[i] = diag.CheckControls(f.Path, f.Body, f.BodyLine)
			}
		}
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

// readContent reads a content file of at most MaxFileBytes that is valid
// UTF-8. A larger file is reported from its size, and never read whole.
func readContent(site fs.FS, p string) ([]byte, *diag.Diagnostic, error) {
	f, err := site.Open(p)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", p, err)
	}
	defer f.Close()
	size := int64(-1)
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	var data []byte
	if size <= MaxFileBytes {
		data, err = io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
		if err != nil {
			return nil, nil, fmt.Errorf("read %s: %w", p, err)
		}
		size = max(size, int64(len(data)))
	}
	if size > MaxFileBytes {
		return nil, TooLarge(p, size), nil
	}
	if d := diag.CheckUTF8(p, data); d != nil {
		return nil, d, nil
	}
	return data, nil, nil
}

// TooLarge is the error of a content file of size bytes, over MaxFileBytes.
func TooLarge(p string, size int64) *diag.Diagnostic {
	what := fmt.Sprintf("%.1f MB", float64(size)/(1<<20))
	if size < MaxFileBytes+1<<20/10 {
		what = fmt.Sprintf("%d bytes", size)
	}
	return &diag.Diagnostic{Pos: diag.Pos{File: p, Line: 1, Col: 1}, Severity: diag.Error,
		Message: fmt.Sprintf("content file is %s, more than the 1 MB (%d bytes) allowed", what, MaxFileBytes),
		Hint:    "shorten the text; put a long document in the bundle as an attachment (e.g. a PDF) and link to it"}
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
