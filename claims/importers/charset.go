package importers

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decodePage returns a saved page's bytes as UTF-8, and the name of the
// encoding it was read in, found as a browser finds it (the WHATWG
// encoding sniffing algorithm, without the network's Content-Type):
//
//  1. a byte order mark (UTF-8, UTF-16LE or UTF-16BE);
//  2. else a <meta charset> or <meta http-equiv="Content-Type"
//     content="…; charset=…"> anywhere in the <head> (the standard's
//     prescan stops at 1,024 bytes; pages saved from real sites put theirs
//     after kilobytes of scripts and styles, and a browser given the file
//     over the network would have had the header);
//     — unless the page declares a legacy encoding and its bytes are valid
//     UTF-8 with characters beyond ASCII: a page re-encoded on saving
//     (wget's conversion, jsdom, SingleFile, an editor) keeps its old
//     declaration, and text really written in a legacy encoding is almost
//     never valid UTF-8 once it has a few characters beyond ASCII (a
//     GB2312 page declared gb2312 but saved as UTF-8 would otherwise read
//     as mojibake throughout);
//  3. else UTF-8 when the bytes are valid UTF-8;
//  4. else Windows-1252, what browsers assume for an undeclared page in
//     the languages we read.
//
// A declared "UTF-16" without a byte order mark is read as UTF-8, and an
// ISO-8859-1 or ASCII label as Windows-1252, as browsers do (the labels
// come from golang.org/x/net/html/charset, which follows the WHATWG
// Encoding Standard).
func decodePage(data []byte) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return data[3:], "utf-8", nil
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		return out, "utf-16le", err
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		return out, "utf-16be", err
	}
	if label := declaredCharset(data); label != "" {
		if enc, name := charset.Lookup(label); enc != nil {
			if name == "utf-16le" || name == "utf-16be" || name == "utf-8" {
				return bytes.ToValidUTF8(data, []byte("\uFFFD")), "utf-8", nil
			}
			if beyondASCII(data) && utf8.Valid(data) {
				return data, "utf-8 (declared " + name + ")", nil
			}
			return decodeWith(enc, data, name)
		}
	}
	if utf8.Valid(data) {
		return data, "utf-8", nil
	}
	return decodeWith(charmap.Windows1252, data, "windows-1252")
}

// beyondASCII reports whether data has a byte beyond ASCII.
func beyondASCII(data []byte) bool {
	for _, b := range data {
		if b >= 0x80 {
			return true
		}
	}
	return false
}

func decodeWith(enc encoding.Encoding, data []byte, name string) ([]byte, string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	return out, name, err
}

// declaredCharset returns the encoding label the page's <head> declares,
// or "". It tokenises the raw bytes (every encoding a page may declare
// writes ASCII markup as ASCII) up to the first element of the body.
func declaredCharset(data []byte) string {
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "meta":
				var cs, equiv, content string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch strings.ToLower(string(k)) {
					case "charset":
						cs = string(v)
					case "http-equiv":
						equiv = string(v)
					case "content":
						content = string(v)
					}
				}
				if cs = strings.TrimSpace(cs); cs != "" {
					return cs
				}
				if strings.EqualFold(strings.TrimSpace(equiv), "content-type") {
					if _, params, ok := strings.Cut(strings.ToLower(content), "charset="); ok {
						if f := strings.FieldsFunc(params, func(r rune) bool { return r == ';' || r == ' ' }); len(f) > 0 {
							return strings.Trim(f[0], `"'`)
						}
					}
				}
			case "body", "p", "div", "article", "main", "section", "h1", "h2", "table", "ul":
				return "" // the head is over
			}
		}
	}
}
