package render

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
)

// The portal leads members without git to the repository's issue forms
// (written by `kimppa forms`, generator/forms): joining from the home and
// join pages, posting from a list, and updating from every entry's page
// with the form already filled in. GitHub fills an issue form from the
// query string: template=NAME.yml, title=… and one <field id>=<value> per
// field, the field ids being the content fields' names.

// formTypes have a form of their own (forms.Types).
var formTypes = []string{"actors", "services", "challenges"}

// updateTitle is the update form's own title (forms' texts).
const updateTitle = "Päivitys / Update: "

// reservedQuery are the query keys GitHub reads for the issue itself, not
// for a form field of the same id.
var reservedQuery = map[string]bool{"title": true, "body": true, "labels": true, "assignees": true, "projects": true, "milestone": true, "template": true}

// maxFormURL keeps a prefilled address short: every entry page carries
// it. Fields that do not fit, and the description (which the form
// replaces only when given), are left for the member to fill.
const maxFormURL = 2000

// formURL is the address that opens the repository's issue form name,
// or "" without a repository.
func (r *Renderer) formURL(name string, q url.Values) string {
	repo := safeWebURL(r.cfg.Repository)
	if repo == "" {
		return ""
	}
	if q == nil {
		q = url.Values{}
	}
	q.Set("template", name+".yml")
	return strings.TrimSuffix(repo, "/") + "/issues/new?" + strings.ReplaceAll(q.Encode(), "+", "%20")
}

// typeFormURL opens the form that makes a new entry of typ, if it has one.
func (r *Renderer) typeFormURL(typ string) string {
	if !slices.Contains(formTypes, typ) {
		return ""
	}
	return r.formURL(typ, nil)
}

// updateFormURL opens the update form filled in with e's values: the
// fields a member types (not the dropdowns, which GitHub does not fill),
// as the update form reads them back: one item per line.
func (r *Renderer) updateFormURL(e *model.Entity) string {
	if !slices.Contains(formTypes, e.Type) || r.cfg.Repository == "" {
		return ""
	}
	q := url.Values{}
	q.Set("title", updateTitle+r.title(e, r.def).S)
	q.Set("entry", e.Type+"/"+e.Slug)
	base := r.formURL("update", q)
	t, _ := schema.Lookup(e.Type, r.cfg.TaxonomyKeys())
	for _, f := range t.Fields {
		if reservedQuery[f.Name] {
			continue // the query would set the issue's own title, labels…
		}
		v := prefill(e, f)
		if v == "" {
			continue
		}
		q.Set(f.Name, v)
		if u := r.formURL("update", q); len(u) > maxFormURL {
			q.Del(f.Name)
			continue
		}
	}
	if len(q) == 2 {
		return base
	}
	return r.formURL("update", q)
}

// prefill is f's value as the member would type it, or "" for a field
// the form does not take as text.
func prefill(e *model.Entity, f schema.Field) string {
	switch f.Kind {
	case schema.Enum, schema.EnumList, schema.Bool, schema.Terms, schema.Attachment, schema.Objects:
		return ""
	}
	// maintainers: the form adds the sender to a list it is given, so a
	// list filled in for her would make her a maintainer unasked.
	if f.Name == "draft" || f.Name == "updated" || f.Name == "maintainers" {
		return ""
	}
	switch f.Kind {
	case schema.StringList, schema.RefList, schema.Related:
		return strings.Join(e.Strings("", f.Name), "\n")
	}
	switch v := e.Get("", f.Name).(type) {
	case nil:
		return ""
	case string:
		return v
	case float64, int, int64, uint64:
		return fmt.Sprint(v)
	}
	return ""
}
