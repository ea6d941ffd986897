package schema

import (
	"cmp"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/kimppa/kimppa/generator/diag"
)

// Problem is a rule a value breaks: a message and what to do about it.
type Problem struct {
	Message string
	Hint    string
}

var (
	slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	ytunnus     = regexp.MustCompile(`^[0-9]{7}-[0-9]$`)
	spdxRef     = regexp.MustCompile(`^LicenseRef-[A-Za-z0-9.-]+$`)
)

// ValidSlug reports whether s is a valid slug.
func ValidSlug(s string) bool { return slugPattern.MatchString(s) }

// Slugify makes a valid slug from a name: lower case, ä→a, ö→o, å→a,
// other characters to hyphens.
func Slugify(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch r {
		case 'ä', 'å', 'á', 'à', 'â':
			r = 'a'
		case 'ö', 'ó', 'ò', 'ô', 'ø':
			r = 'o'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'ü', 'ú':
			r = 'u'
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// CheckString applies the rule of a text-valued kind to s and returns the
// problem, or nil when s is valid.
func CheckString(f Field, s string) *Problem {
	if p := CheckChars(f.Name, s, f.OneLine || f.Kind != String); p != nil {
		return p
	}
	switch f.Kind {
	case String:
		if f.MaxLen > 0 && len([]rune(s)) > f.MaxLen {
			return &Problem{fmt.Sprintf("%q is %d characters long, more than the %d allowed", f.Name, len([]rune(s)), f.MaxLen), "shorten it; longer text belongs in the body below the front matter"}
		}
	case Enum, EnumList:
		if !slices.Contains(f.Values, s) {
			return &Problem{fmt.Sprintf("%q is not an allowed value of %q (allowed: %s)", s, f.Name, strings.Join(f.Values, ", ")), cmp.Or(didYouMean(s, f.Values), "use one of: "+strings.Join(f.Values, ", "))}
		}
	case Date:
		return CheckDate(f.Name, s)
	case URL:
		return CheckURL(f.Name, s)
	case Email:
		return CheckEmail(f.Name, s)
	case BusinessID:
		return CheckBusinessID(s)
	case License:
		return CheckLicense(s)
	case Ref, RefList:
		if !ValidSlug(s) {
			return &Problem{fmt.Sprintf("%q is not a valid slug of %s", s, f.RefType), "a reference is the file name of the entity without .md, e.g. " + Slugify(s)}
		}
	case Related:
		typ, slug, ok := strings.Cut(s, "/")
		if !ok || !slices.Contains(RelatedTypes, typ) || !ValidSlug(slug) {
			return &Problem{fmt.Sprintf("%q is not a reference of the form type/slug", s), "write e.g. services/materiaalikartoitus; types: " + strings.Join(RelatedTypes, ", ")}
		}
	case Attachment:
		if strings.Contains(s, "..") || strings.HasPrefix(s, "/") || strings.Contains(s, "\\") || strings.Contains(s, "://") {
			return &Problem{fmt.Sprintf("%q must name a file inside the entity's own folder", s), "put the file next to index.md and write just its name, e.g. logo.png"}
		}
		ext := strings.ToLower(s[strings.LastIndexByte(s, '.')+1:])
		if !slices.Contains(f.Exts, "."+ext) || !strings.Contains(s, ".") {
			return &Problem{fmt.Sprintf("%q is not an allowed file type for %q (allowed: %s)", s, f.Name, strings.Join(f.Exts, ", ")), "convert the file to one of the allowed types"}
		}
	}
	return nil
}

// Expects says in words what a value of f must be, for messages.
func Expects(f Field) string {
	switch f.Kind {
	case Enum, EnumList:
		return "one of " + strings.Join(f.Values, ", ")
	case Date:
		return "a date (YYYY-MM-DD)"
	case URL:
		return "a web address"
	case Email:
		return "an e-mail address"
	case BusinessID:
		return "a business ID (NNNNNNN-N)"
	case License:
		return "an SPDX license id"
	case Ref, RefList:
		return "the slug of one entity in " + f.RefType
	case Related:
		return "a reference written type/slug"
	case Attachment:
		return "a file name"
	}
	return "text"
}

// CheckDate accepts YYYY-MM-DD dates that exist in the calendar, from
// MinYear to MaxYear: a far-future date would pin an entry first in every
// feed and stamp the calendar with its year.
func CheckDate(field, s string) *Problem {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || len(s) != 10 {
		return &Problem{fmt.Sprintf("%q is not a valid date in %q", s, field), "write dates as YYYY-MM-DD, e.g. 2025-03-31"}
	}
	if t.Year() < MinYear || t.Year() > MaxYear {
		return &Problem{fmt.Sprintf("%q is not a plausible date in %q: dates are from %d to %d", s, field, MinYear, MaxYear), "check the year"}
	}
	return nil
}

// The years a date may have.
const (
	MinYear = 1900
	MaxYear = 2099
)

// CheckURL accepts absolute http and https addresses.
func CheckURL(field, s string) *Problem {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(s, " \t\n") {
		hint := "write the full address starting with https://"
		if err == nil && u.Scheme == "" && !strings.HasPrefix(s, "/") && strings.Contains(s, ".") && !strings.ContainsAny(s, " \t\n@") {
			hint = "write the full address: https://" + s
		}
		return &Problem{fmt.Sprintf("%q is not a valid web address in %q", s, field), hint}
	}
	return nil
}

// CheckBusinessID verifies a Finnish business ID (Y-tunnus) and its check
// digit: the seven digits weighted 7, 9, 10, 5, 8, 4, 2, summed, modulo 11;
// remainder 0 gives 0, remainder 1 is never issued, else 11 - remainder.
func CheckBusinessID(s string) *Problem {
	if !ytunnus.MatchString(s) {
		return &Problem{fmt.Sprintf("%q is not a business ID of the form NNNNNNN-N", s), "write the Y-tunnus with seven digits, a hyphen and the check digit, e.g. 0201256-6"}
	}
	want, ok := BusinessIDCheckDigit(s[:7])
	if !ok {
		return &Problem{fmt.Sprintf("business ID %q cannot exist: no valid Y-tunnus starts with %s", s, s[:7]), "check the digits in the trade register (ytj.fi)"}
	}
	if int(s[8]-'0') != want {
		return &Problem{fmt.Sprintf("business ID %q has a wrong check digit", s), "check the Y-tunnus in the trade register (ytj.fi)"}
	}
	return nil
}

// BusinessIDCheckDigit computes the check digit of seven digits; ok is
// false when no valid ID has these digits.
func BusinessIDCheckDigit(digits string) (int, bool) {
	weights := []int{7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(digits[i]-'0') * w
	}
	switch r := sum % 11; r {
	case 0:
		return 0, true
	case 1:
		return 0, false
	default:
		return 11 - r, true
	}
}

// CheckLicense accepts the SPDX ids in spdxIDs and LicenseRef- ids.
func CheckLicense(s string) *Problem {
	if slices.Contains(spdxIDs, s) || spdxRef.MatchString(s) {
		return nil
	}
	return &Problem{fmt.Sprintf("%q is not a known SPDX license id", s), cmp.Or(didYouMean(s, spdxIDs), "use an SPDX id such as CC-BY-4.0, or LicenseRef-<name> for your own")}
}

var didYouMean = diag.DidYouMean
