package schema

import (
	"fmt"
	"regexp"

	"github.com/kimppa/kimppa/generator/diag"
)

// CheckChars refuses the characters no text value may hold, however the
// file writes them (raw, or as a YAML or TOML escape such as \0, \e,
// \x07, \u0085): control characters (C0 but tab, DEL, C1; line breaks
// too where oneLine) and the bidirectional controls (U+202A–U+202E,
// U+2066–U+2069, U+200E, U+200F, U+061C), with which a name can show as
// another company's. It checks the decoded value.
func CheckChars(field, s string, oneLine bool) *Problem {
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			if oneLine {
				return &Problem{fmt.Sprintf("%q must be one line", field), "remove the line breaks"}
			}
		case diag.IsControl(r):
			return &Problem{fmt.Sprintf("%q contains the control character U+%04X", field, r), `remove it (an escape such as \0, \e or \x07 writes one)`}
		case diag.IsBidi(r):
			return &Problem{fmt.Sprintf("%q contains the bidirectional control U+%04X, which can make text show in another order", field, r), "remove it; write the text in the order it is read"}
		}
	}
	return nil
}

// handle is a GitHub user name: 1–39 letters, digits and single inner
// hyphens (GitHub's own rule), written without @.
var handle = regexp.MustCompile(`^[A-Za-z0-9](?:[A-Za-z0-9]|-[A-Za-z0-9]){0,38}$`)

// ValidHandle reports whether s is a GitHub user name (maintainers,
// admins). Nothing else can reach CODEOWNERS or a review rule.
func ValidHandle(s string) bool { return len(s) <= 39 && handle.MatchString(s) }
