// Package scaffold writes new files into a site: a new site (NewSite), a
// new entity from the field table's skeleton (New), and an entity from a
// submitted issue form (FromIssue), each checked before it is written.
package scaffold

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/genfile"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/output"
	"github.com/kimppa/kimppa/generator/schema"
)

// UsageError is a mistake in the command's arguments. A file that a
// command will not write over is an *output.TargetError.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Skeleton returns the text of a new, valid file of typ named name in
// the loaded site p.
func Skeleton(p *generator.Project, typ, name string) (string, error) {
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
	return schema.Skeleton(t, name, func(typ string) string { return exampleSlug(p.Model, typ) }), nil
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
func exampleSlug(m *model.Site, typ string) string {
	if m != nil {
		if es := m.Published(typ); len(es) > 0 {
			return es[0].Slug
		}
	}
	return "esimerkki"
}

// New writes content/TYPE/SLUG.md with a valid skeleton and returns its
// path. It never overwrites an existing entity.
func New(ctx context.Context, source, typ, slug, name string) (string, error) {
	p, err := generator.Load(ctx, generator.Options{Source: source})
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
	text, err := Skeleton(p, typ, name)
	if err != nil {
		return "", err
	}
	if !schema.ValidSlug(slug) {
		return "", &UsageError{fmt.Sprintf("invalid slug %q: use lower-case a–z, digits and single hyphens, e.g. %q", slug, schema.Slugify(slug))}
	}
	rel := path.Join("content", typ, slug+".md")
	for _, existing := range []string{rel, path.Join("content", typ, slug, "index.md")} {
		if _, err := fs.Stat(p.Files.FS(), existing); err == nil {
			return "", exists(filepath.FromSlash(existing))
		}
	}
	if err := create(source, "", map[string]string{rel: text}, []string{rel}); err != nil {
		return "", err
	}
	return filepath.Join(source, filepath.FromSlash(rel)), nil
}

// exists is the refusal to write over a file rel of the site.
func exists(rel string) error {
	return &output.TargetError{Dir: rel, Reason: "it already exists", Hint: "edit it, or choose another slug", Action: "write"}
}

// create writes the new files names (slash paths, in order) of the
// folder dir with their texts, through genfile: never over a file, never
// through a link. Messages name them as show joined with the path.
func create(dir, show string, texts map[string]string, names []string) error {
	r, err := genfile.Open(dir, show)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, name := range names {
		if err := r.Create(name, []byte(texts[name])); err != nil {
			return err
		}
	}
	return nil
}
