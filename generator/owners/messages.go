package owners

import (
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/words"
)

// The messages of the ownership check, in any language of package words
// (the owners_ keys). A message is one catalogue sentence with the
// names, handles and counts filled in; an entry is named by its type's
// own phrases (owners_<type>_the: "the project “X”", "hankkeen ”X”").

// texts are the messages of one language.
type texts struct{ w words.Words }

func textsOf(lang string) texts { return texts{words.In(lang)} }

func (t texts) get(key string, pairs ...string) string { return t.w.Fill(key, pairs...) }

// title is the check's name.
func (t texts) title() string { return t.get("owners_title") }

func (t texts) howTo() string      { return t.get("owners_how_to") }
func (t texts) howToLinks() string { return t.get("owners_how_to_links") }

// or joins handles as "a, b or c".
func (t texts) or(ws []string) string  { return list(ws, t.get("owners_or")) }
func (t texts) and(ws []string) string { return list(ws, t.get("owners_and")) }

func (t texts) approved(v Verdict) string {
	if v.ByAdmin {
		return t.get("owners_approved_admin", "by", v.By)
	}
	return t.get("owners_approved_maintainer", "by", v.By)
}

func (t texts) needs(v Verdict) string {
	switch {
	case len(v.Admins) == 0 && len(v.Owners) == 0:
		return t.get("owners_nobody")
	case len(v.Owners) == 0:
		return t.get("owners_needs_admin", "admins", t.or(at(v.Admins)))
	case len(v.Admins) == 0:
		return t.get("owners_needs_from", "who", t.or(at(v.Owners)))
	}
	return t.get("owners_needs_from", "who", t.or(append(at(v.Owners), t.get("owners_or_admin", "admins", t.or(at(v.Admins))))))
}

// entry names an entry of typ by its title: key is "the" (as a subject
// or owner: "the project “X”", "hankkeen ”X”"), "obj" (as an object) or
// "in" (where a link is).
func (t texts) entry(key, typ, title string, isNew bool) string {
	if !t.w.Has("owners_" + typ + "_the") {
		typ = "entry"
	}
	k := "owners_" + typ + "_" + key
	if isNew {
		k += "_new"
	}
	return t.get(k, "title", title)
}

func (t texts) why(v Verdict) string {
	switch v.Rule {
	case Profile:
		if len(v.Owners) == 0 {
			return t.get("owners_profile_none", "title", v.Title)
		}
		return t.get("owners_profile_by", "title", v.Title, "owners", t.and(at(v.Owners)))
	case NewProfile:
		return t.get("owners_new_profile", "title", v.Title)
	case Linked:
		what := t.entry("the", v.Type, v.Title, v.New)
		obj := t.entry("obj", v.Type, v.Title, v.New)
		roles := t.get("owners_" + v.Type + "_roles")
		via := strings.Join(titles(v.Via), ", ")
		switch {
		case len(v.Via) == 0:
			return upper(t.get("owners_"+v.Type+"_no_via", "what", what))
		case len(v.Owners) == 0:
			return upper(t.get("owners_linked_no_owners", "what", what, "roles", roles, "via", via))
		case v.New:
			return upper(t.get("owners_linked_new", "obj", obj, "roles", roles, "via", via))
		}
		return upper(t.get("owners_linked", "obj", obj, "roles", roles, "via", via))
	}
	switch {
	case v.Type == "" && strings.HasPrefix(v.File, "content/"):
		return t.get("owners_admins_content")
	case v.Type == "":
		return t.get("owners_admins_outside")
	case v.Type == "funding":
		return t.get("owners_admins_funding")
	case v.Type == "pages":
		return t.get("owners_admins_pages")
	}
	return t.get("owners_admins_file")
}

func (t texts) summary(r Result) string {
	if len(r.Files) == 0 {
		return t.get("owners_no_files")
	}
	s := t.get("owners_all_approved", "total", strconv.Itoa(len(r.Files)))
	if n := r.Missing(); n > 0 {
		s = t.get("owners_missing", "n", strconv.Itoa(n), "total", strconv.Itoa(len(r.Files)))
	}
	switch n := r.MissingLinks(); {
	case len(r.Links) == 0:
	case n > 0:
		s += " " + t.get("owners_links_missing", "n", strconv.Itoa(n), "total", strconv.Itoa(len(r.Links)))
	default:
		s += " " + t.get("owners_links_approved", "total", strconv.Itoa(len(r.Links)))
	}
	return s
}

func (t texts) link(l Link) string {
	switch l.Unchecked {
	case NoHead:
		return t.get("owners_link_no_head", "what", t.entry("the", l.Type, l.Title, l.New))
	case Unreadable:
		return upper(t.get("owners_link_unreadable", "what", t.entry("the", l.Type, l.Title, l.New)))
	}
	return t.get("owners_link", "actor", l.Actor.Title, "role", t.role(l.Field), "in", t.entry("in", l.Type, l.Title, l.New))
}

// role names the role a linking field gives an actor, by the field as
// Link.Field writes it ("funding[].share_of"). A field without words is
// named as it is written, so a new field is still shown, if less kindly.
func (t texts) role(field string) string {
	key := "owners_role_" + strings.ReplaceAll(field, "[].", "_")
	if t.w.Has(key) {
		return t.get(key)
	}
	return field
}

func (t texts) linkApproved(l Link) string {
	if l.ByAdmin {
		return t.get("owners_approved_admin", "by", l.By)
	}
	return t.get("owners_link_approved", "by", l.By, "actor", l.Actor.Title)
}

func (t texts) linkNeeds(l Link) string {
	admin := t.get("owners_link_admin", "admins", t.or(at(l.Admins)))
	switch {
	case len(l.Admins) == 0 && len(l.Owners) == 0:
		return t.get("owners_link_nobody")
	case l.Unchecked != "":
		return t.get("owners_link_needs", "admin", admin)
	case !l.Known:
		return t.get("owners_link_unknown", "actor", l.Actor.Title, "admin", admin)
	case len(l.Owners) == 0:
		return t.get("owners_link_no_owners", "actor", l.Actor.Title, "admin", admin)
	case len(l.Admins) == 0:
		return t.get("owners_link_needs_from", "who", t.or(at(l.Owners)))
	}
	return t.get("owners_link_needs_from", "who", t.or(append(at(l.Owners), t.get("owners_or_admin", "admins", t.or(at(l.Admins))))))
}

func at(hs []string) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = "@" + h
	}
	return out
}

// list joins words as "a, b or c".
func list(words []string, conj string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + conj + " " + words[len(words)-1]
}

func titles(as []Actor) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Title
	}
	return out
}

// upper capitalises the first letter.
func upper(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
