package forms

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/words"
)

// fiEn is a text in Finnish and in English.
type fiEn struct{ fi, en string }

// say is the word of key (package words) in Finnish and in English, its
// {name} placeholders filled in with pairs.
func say(key string, pairs ...string) fiEn {
	return fiEn{words.In("fi").Fill(key, pairs...), words.In("en").Fill(key, pairs...)}
}

type texts struct {
	name, description, title, intro fiEn
}

// formTexts are the texts of the form of typ, or of Update. They name no
// repository: the forms are for any cluster.
func formTexts(typ string) texts {
	k := "form_" + typ + "_"
	return texts{name: say(k + "name"), description: say(k + "description"), title: say(k + "title"), intro: say(k + "intro")}
}

var (
	yes          = say("yes")
	no           = say("no")
	bodyLabel    = say("form_body_label")
	bodyHelp     = say("form_body_help")
	bodyUpdate   = say("form_body_update")
	consentLabel = say("form_consent_label")
	consentText  = say("form_consent_text")
	requiredNote = say("form_required_note")
	entryLabel   = say("form_entry_label")
	entryHelp    = say("form_entry_help")
	listLabel    = say("form_list_label")
	listAdd      = say("form_list_add")
	listReplace  = say("form_list_replace")
	listHelp     = say("form_list_help")
	listAddNote  = say("form_list_add_note")
)

// instruction says in both languages how to fill in a field: the forms
// show it under the label, and a rejected form repeats it.
func instruction(f schema.Field) fiEn {
	switch f.Kind {
	case schema.String:
		if f.MaxLen > 0 {
			return say("hint_string_max", "n", strconv.Itoa(f.MaxLen))
		}
		return say("hint_string")
	case schema.Enum, schema.Bool:
		return say("hint_choose_one")
	case schema.EnumList, schema.Terms:
		return say("hint_choose_many")
	case schema.Date:
		return say("hint_date")
	case schema.URL:
		return say("hint_url")
	case schema.Email:
		return say("hint_email")
	case schema.Money:
		return say("hint_money")
	case schema.Ref, schema.RefList:
		what := say("hint_ref_" + f.RefType)
		key := "hint_ref"
		if f.Kind == schema.RefList {
			key = "hint_ref_list"
		}
		return fiEn{words.In("fi").Fill(key, "what", what.fi), words.In("en").Fill(key, "what", what.en)}
	case schema.Related:
		return say("hint_related")
	case schema.StringList:
		if f.Name == "maintainers" {
			return say("hint_maintainers")
		}
		return say("hint_list")
	case schema.BusinessID:
		return say("hint_business_id")
	case schema.License:
		return say("hint_license")
	case schema.Objects:
		fi := make([]string, len(f.Fields))
		en := make([]string, len(f.Fields))
		for i, sub := range f.Fields {
			fi[i], en[i] = subLabel("fi", sub.Name), subLabel("en", sub.Name)
		}
		return fiEn{words.In("fi").Fill("hint_objects", "parts", strings.Join(fi, "; ")),
			words.In("en").Fill("hint_objects", "parts", strings.Join(en, "; "))}
	}
	return fiEn{}
}

// subLabel names a field inside a list of objects, in lower case.
func subLabel(lang, name string) string {
	return strings.ToLower(cmp.Or(words.In(lang).Field(name), strings.ReplaceAll(name, "_", " ")))
}

func placeholder(f schema.Field) string {
	switch f.Kind {
	case schema.Date:
		return "2026-12-31"
	case schema.URL:
		return "https://www.esimerkki.fi/"
	case schema.Email:
		return "info@esimerkki.fi"
	case schema.Money:
		return "25000"
	case schema.BusinessID:
		return "0201256-6"
	case schema.Ref:
		return "esimerkki-oy"
	case schema.License:
		return "CC-BY-4.0"
	case schema.Objects:
		if f.Name == "contacts" {
			return "Maija Meikäläinen; kiertotalousasiantuntija; maija@esimerkki.fi; 040 123 4567"
		}
	}
	return ""
}
