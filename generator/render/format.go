package render

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// money formats euros the way the language writes them: "1 250 000 €"
// in Finnish (and other languages), "€1,250,000" in English. Cents are
// shown only when there are any. The digits come from the float itself,
// never through an int64, so that no amount can overflow into a negative
// one; content over schema.MaxMoney is an error anyway, but a sum of many
// amounts may be larger.
func money(v float64, lang string) string {
	sep, dec := " ", ","
	if lang == "en" {
		sep, dec = ",", "."
	}
	var s string
	if math.IsInf(v, 0) || math.IsNaN(v) {
		s = "–"
	} else {
		digits := strconv.FormatFloat(math.Abs(math.Round(v*100)), 'f', 0, 64)
		if len(digits) < 3 {
			digits = strings.Repeat("0", 3-len(digits)) + digits
		}
		whole, frac := digits[:len(digits)-2], digits[len(digits)-2:]
		s = group(whole, sep)
		if frac != "00" {
			s += dec + frac
		}
		if v < 0 && strings.Trim(digits, "0") != "" {
			s = "-" + s
		}
	}
	if lang == "en" {
		return "€" + s
	}
	return s + " €"
}

// group writes the digits with sep between groups of three.
func group(digits, sep string) string {
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(d)
	}
	return b.String()
}

var monthsEn = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// date formats a YYYY-MM-DD date: "31.3.2025" in Finnish (and other
// languages), "31 Mar 2025" in English. Anything else is returned as is.
func date(s, lang string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	if lang == "en" {
		return fmt.Sprintf("%d %s %d", t.Day(), monthsEn[t.Month()-1], t.Year())
	}
	return fmt.Sprintf("%d.%d.%d", t.Day(), int(t.Month()), t.Year())
}

// fileSize is a human size: "245 kt" / "1,2 Mt" in Finnish, "245 KB" /
// "1.2 MB" in English.
func fileSize(n int64, lang string) string {
	kb, mb := "KB", "MB"
	if lang == "fi" {
		kb, mb = "kt", "Mt"
	}
	if n >= 1<<20 {
		s := strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64)
		if lang != "en" {
			s = strings.Replace(s, ".", ",", 1)
		}
		return s + " " + mb
	}
	return strconv.FormatInt(max(1, (n+1023)/1024), 10) + " " + kb
}

// collate is the sort key of a title: case-insensitive, with the Nordic
// letters after z in Finnish order (å, ä, ö) and other accents ignored.
func collate(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'å':
			b.WriteString("{1")
		case 'ä', 'æ':
			b.WriteString("{2")
		case 'ö', 'ø':
			b.WriteString("{3")
		case 'é', 'è', 'ê', 'ë':
			b.WriteRune('e')
		case 'á', 'à', 'â':
			b.WriteRune('a')
		case 'ü':
			b.WriteRune('y')
		case 'š':
			b.WriteRune('s')
		case 'ž':
			b.WriteRune('z')
		default:
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// telHref turns a written phone number into a tel: address of digits
// (and a leading +), or "" when it has too few digits to call.
func telHref(phone string) string {
	var b strings.Builder
	for i, r := range strings.TrimSpace(phone) {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' && i == 0:
			b.WriteRune(r)
		}
	}
	digits := strings.TrimPrefix(b.String(), "+")
	if len(digits) < 3 {
		return ""
	}
	return "tel:" + b.String()
}
