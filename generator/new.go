package generator

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/schema"
)

// UsageError is a mistake in the command's arguments.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Skeleton returns the text of a new, valid file of typ named name.
func (p *Project) Skeleton(typ, name string) (string, error) {
	t, ok := schema.Lookup(typ, p.Config.TaxonomyKeys())
	if !ok {
		msg := fmt.Sprintf("unknown type %q (known: %s)", typ, strings.Join(config.Types, ", "))
		hint := diag.DidYouMean(typ, config.Types)
		for _, t := range config.Types {
			if hint == "" && slices.Contains(slices.Collect(maps.Values(p.Config.Sections[t])), typ) {
				hint = fmt.Sprintf("did you mean %q?", t) // the section's name in a language, e.g. toimijat
			}
		}
		if hint != "" {
			msg += "; " + hint
		}
		return "", &UsageError{msg}
	}
	return schema.Skeleton(t, name, p.exampleSlug), nil
}

// checkName refuses a --name that no valid file can hold: a name is one
// line of text, so line breaks and other control characters have no
// place in it.
func checkName(name string) error {
	switch {
	case !utf8.ValidString(name):
		return &UsageError{fmt.Sprintf("--name %q is not valid UTF-8 text", name)}
	case strings.ContainsFunc(name, func(r rune) bool { return unicode.IsControl(r) || unicode.In(r, unicode.Zl, unicode.Zp) }):
		return &UsageError{fmt.Sprintf("--name %q contains a line break or another control character; a name is one line of text", name)}
	case name != "" && strings.TrimSpace(name) == "":
		return &UsageError{"--name is blank; leave it out for a placeholder name"}
	}
	return nil
}

// exampleSlug is an existing slug of typ, for required references.
func (p *Project) exampleSlug(typ string) string {
	if p.Model != nil {
		if es := p.Model.Published(typ); len(es) > 0 {
			return es[0].Slug
		}
	}
	return "esimerkki"
}

// New writes content/TYPE/SLUG.md with a valid skeleton and returns its
// path. It never overwrites an existing entity.
func New(ctx context.Context, source, typ, slug, name string) (string, error) {
	p, err := Load(ctx, Options{Source: source})
	if err != nil {
		return "", err
	}
	defer p.Close()
	if p.Config == nil {
		return "", fmt.Errorf("fix %s first: %s", config.FileName, p.Diags[0])
	}
	if err := checkName(name); err != nil {
		return "", err
	}
	text, err := p.Skeleton(typ, name)
	if err != nil {
		return "", err
	}
	if !schema.ValidSlug(slug) {
		return "", &UsageError{fmt.Sprintf("invalid slug %q: use lower-case a–z, digits and single hyphens, e.g. %q", slug, schema.Slugify(slug))}
	}
	rel := filepath.Join("content", typ, slug+".md")
	for _, existing := range []string{rel, filepath.Join("content", typ, slug, "index.md")} {
		if _, err := fs.Stat(p.Files.FS(), filepath.ToSlash(existing)); err == nil {
			return "", &UsageError{fmt.Sprintf("%s already exists", existing)}
		}
	}
	full := filepath.Join(source, rel)
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return "", err
	}
	f, err := os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return "", &UsageError{fmt.Sprintf("%s already exists", rel)}
		}
		return "", err
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return "", err
	}
	return full, f.Close()
}
