package owners

import (
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/schema"
)

// Every field of the field table that can link an actor has a role name
// in every language, so a message never shows a bare field name. A new
// type or field that references actors fails here until it is named.
func TestEveryActorFieldHasARoleName(t *testing.T) {
	for _, typ := range schema.Types(nil) {
		for _, lang := range Langs {
			msg := textsOf(lang)
			for _, f := range actorFields(typ.Fields, "") {
				if !msg.w.Has("owners_role_" + strings.ReplaceAll(f, "[].", "_")) {
					t.Errorf("%s: field %q links actors but has no %s role name (owners_role_ in words)", typ.Name, f, lang)
				}
			}
			if !msg.w.Has("owners_" + typ.Name + "_the") {
				t.Errorf("%s has no %s phrases (owners_%s_the… in words)", typ.Name, lang, typ.Name)
			}
		}
	}
}

// actorFields names the fields that can reference an actor as Link.Field
// writes them.
func actorFields(fs []schema.Field, prefix string) []string {
	var out []string
	for _, f := range fs {
		switch {
		case (f.Kind == schema.Ref || f.Kind == schema.RefList) && f.RefType == "actors",
			f.Kind == schema.Related:
			out = append(out, prefix+f.Name)
		case f.Kind == schema.Objects:
			out = append(out, actorFields(f.Fields, prefix+f.Name+"[].")...)
		}
	}
	return out
}
