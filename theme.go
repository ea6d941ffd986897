// Package kimppa embeds the default theme: the HTML templates in layouts/
// and the CSS, JavaScript and icons in assets/. A site overrides them file
// by file with its own layouts/ and assets/ folders.
package kimppa

import "embed"

// Theme holds layouts/ and assets/.
//
//go:embed layouts assets
var Theme embed.FS
