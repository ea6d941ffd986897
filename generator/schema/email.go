package schema

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// email is a practical addr-spec: a dot-atom local part of letters,
// digits and _ ' + = ~ ! $ * ^ -, an @, and a domain of at least two
// labels of letters and digits with inner hyphens. It has no quoted local
// parts, comments, spaces or control characters, and none of ? & % # / ,
// ; : < > " that a mailto: link or a mail client would read as syntax (a
// hidden Cc, another To, a replaced body).
var email = regexp.MustCompile(`^[\p{L}\p{N}_'+=~!$*^-]+(?:\.[\p{L}\p{N}_'+=~!$*^-]+)*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$`)

// ValidEmail reports whether s is an address kimppa accepts and links.
func ValidEmail(s string) bool {
	local, _, _ := strings.Cut(s, "@")
	return len(s) <= 254 && len(local) <= 64 && email.MatchString(s)
}

// CheckEmail accepts a bare address (ValidEmail).
func CheckEmail(field, s string) *Problem {
	if !ValidEmail(s) {
		return &Problem{fmt.Sprintf("%q is not a valid e-mail address in %q", s, field), "write just the address, e.g. info@example.fi"}
	}
	return nil
}

// Mailto is a mailto: link to addr with an optional subject and body, or
// "" when addr is not a valid address. Every part is percent-encoded
// (RFC 6068), so no part can add a header or end another.
func Mailto(addr, subject, body string) string {
	if !ValidEmail(addr) {
		return ""
	}
	local, domain, _ := strings.Cut(addr, "@")
	u := "mailto:" + mailtoEscape(local) + "@" + mailtoEscape(domain)
	sep := "?"
	for _, h := range [][2]string{{"subject", subject}, {"body", body}} {
		if h[1] != "" {
			u += sep + h[0] + "=" + mailtoEscape(h[1])
			sep = "&"
		}
	}
	return u
}

// mailtoEscape percent-encodes everything but letters, digits and - _ . ~
// (a space as %20).
func mailtoEscape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}
