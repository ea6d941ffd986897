package schema

import (
	"fmt"
	"strings"
)

// kindRules describes each kind's rule in the reference.
var kindRules = map[Kind]string{
	String: "text", Enum: "one of", EnumList: "list of", Date: "date `YYYY-MM-DD`", URL: "http(s) address",
	Email: "e-mail address", Bool: "`true` or `false`", Money: "euros, a number from 0 to 10^12", Ref: "slug of", RefList: "list of slugs of",
	Related: "list of `type/slug`", StringList: "list of words", BusinessID: "Y-tunnus `NNNNNNN-N`, check digit verified",
	License: "SPDX license id", Attachment: "file in the bundle", Objects: "list of items", Terms: "list of term keys from `kimppa.yaml`",
}

// Reference writes the content reference (docs/CONTENT.md) from the
// field table, so the documentation is never written twice.
func Reference(types []Type) string {
	var b strings.Builder
	b.WriteString("# Content reference\n\n<!-- Generated from generator/schema by `go test ./generator/schema -update`; do not edit. -->\n\n")
	b.WriteString("Every entry is one Markdown file with front matter (YAML between `---` lines, or TOML between `+++` lines). ")
	b.WriteString("Fields marked **required** must be present in the default-language file. ")
	b.WriteString("A translation `<slug>.<lang>.md` carries only fields marked *translatable* (in a list of items, the translatable fields of each item, in the order of the default-language file's items) and the body; the other fields come from the default-language file, and any of them written in a translation is an error.\n\n")
	b.WriteString("Every content file is UTF-8 and at most 1 MB; put a longer document in the bundle as an attachment. Symbolic links are not followed: a linked content file, bundle folder or attachment is an error. Amounts of euros are at most 10^12.\n\n")
	b.WriteString("Text holds no control characters (C0 but tab and line breaks, DEL, C1, U+2028/U+2029), however they are written: a YAML or TOML escape such as `\\0`, `\\e`, `\\x07` or `\\u0085` is the character itself. No field holds a bidirectional control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C); a body may, for right-to-left text. ")
	b.WriteString("Dates are from 1900 to 2099, and `updated` is not after the day of the build. ")
	b.WriteString("An e-mail address is a plain address: letters, digits and `_ ' + = ~ ! $ * ^ -` in dot-separated parts, `@`, and a domain of at least two labels; no `?`, `&`, `%`, `,`, `;`, `#`, `/`, spaces or quotes. `maintainers` are GitHub user names (1–39 letters, digits and single inner hyphens, without `@`).\n")
	for _, t := range types {
		fmt.Fprintf(&b, "\n## %s (`content/%s/`)\n\n| field | | rule |\n|---|---|---|\n", t.Name, t.Name)
		for _, f := range t.Fields {
			writeField(&b, f, "")
		}
	}
	return b.String()
}

func writeField(b *strings.Builder, f Field, prefix string) {
	var marks []string
	if f.Required {
		marks = append(marks, "**required**")
	}
	if f.Translatable {
		marks = append(marks, "*translatable*")
	}
	req := strings.Join(marks, ", ")
	fmt.Fprintf(b, "| `%s%s` | %s | %s |\n", prefix, f.Name, req, rule(f))
	for _, sub := range f.Fields {
		writeField(b, sub, prefix+f.Name+"[]."+"")
	}
}

func rule(f Field) string {
	r := kindRules[f.Kind]
	switch f.Kind {
	case Enum, EnumList:
		r += " `" + strings.Join(f.Values, "`, `") + "`"
	case Ref, RefList:
		r += " " + f.RefType
	case Attachment:
		r += fmt.Sprintf(" (%s; at most %d MB)", strings.Join(f.Exts, ", "), f.MaxBytes>>20)
	case String:
		if f.MaxLen > 0 {
			r += fmt.Sprintf(", at most %d characters", f.MaxLen)
		}
		if f.OneLine {
			r += ", one line"
		}
	}
	if f.Doc != "" && f.Kind != Attachment {
		r += " — " + f.Doc
	}
	return r
}
