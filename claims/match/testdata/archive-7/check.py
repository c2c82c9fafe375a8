#!/usr/bin/env python3
"""Checks archive-7.jsonl against the article text of Mozilla Readability's test pages.

Usage from the repository root:
    python3 claims/match/testdata/archive-7/check.py [--bodies DIR] [--pages DIR]
The pages are the test pages shipped in the Go module codeberg.org/readeck/go-readability/v2
v2.1.3 (a dependency of this repository, MIT licence; the pages are as their sites published
them), found in the module cache: $(go env GOMODCACHE)/codeberg.org/readeck/go-readability/
v2@v2.1.3/test-pages/NAME/{source.html,expected.html}. A page's article text is the text of
its expected.html (Readability's own output) with the tags removed (block-level tags read as
a space, inline tags as nothing), character references decoded and white space collapsed.
With --bodies DIR it writes each page's article text to DIR/NAME.txt (the folder that
../shared/eval/score reads as FACTCHECK_ARTICLES); with --pages DIR it copies each page's
source.html to DIR/NAME.html (for `factcheck build -articles DIR`).
It runs archive-5/check.py's checks (same pages, same text rules): archive-7 is a second, blind
set of statements about the same 29 pages (pages.txt is a copy of archive-5/pages.txt). For
every statement, whatever its verdict: the key is stored folded as ../shared/eval/score folds
article text (NFKC, curly quotes and dashes to
ASCII, white space collapsed, lower case), occurs in the folded article text of each listed
page, `why` occurs (folded) in that text, and the key occurs in `why`. (For an unverified
statement the key and `why` are the text's nearest passage, which neither states nor denies
it.) Also checks the fields and their order, that ids are unique and in order (g001, g002,
...), verdicts and kinds (related and beyond only unverified; a lowercase statement without
capitals or final period), that every article is listed in pages.txt, and that every page of
pages.txt has statements.
"""
import importlib.util, os, sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("archive5check", os.path.join(here, "..", "archive-5", "check.py"))
archive5 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(archive5)

# Kinds an unverified statement may have, and kinds it may not (a contradicted kind needs a falsehood).
UNVERIFIED_ONLY = {"related", "beyond"}
KINDS = {"typical", "paraphrase", "lowercase", "typo", "multi", "number", "negation", "opposite", "date",
         "place", "name", "direction", "partial"} | UNVERIFIED_ONLY

if __name__ == "__main__":
    sys.exit(archive5.main(here, "archive-7.jsonl", "g", KINDS, UNVERIFIED_ONLY, strict=True))
