#!/usr/bin/env python3
"""Checks archive-22.jsonl against the article texts stored in pages/STEM.txt.

Usage from the repository root:
    python3 claims/match/testdata/archive-22/check.py [--bodies DIR] [--order]
The articles (README.md: licences, the selection rule and every candidate judged) come from two
tiers: tier 1, the even-hash files of archive-21's pool that archive-21 left unread, postlight/parser
fixtures/DOMAIN/*.html (ISC licence in its package.json), saved pages whose title and body paragraphs
were taken from the HTML by hand; tier 2, fhamborg/Giveme5W1H examples/datasets/gold_standard/data/*.json
(Apache License 2.0 in its setup.py), news-please's JSON of news articles, the page being the JSON's
title and text with the captions, share-button and related-link text the text holds left out. Each
page taken is stored here as pages/STEM.txt: a first line "title: THE TITLE", a blank line, then the
paragraphs, one blank line apart. pages.txt lists the stems in the rule's order. With --bodies DIR it
writes each page's text to DIR/STEM.txt (the folder that ../shared/eval/score reads as
FACTCHECK_ARTICLES). With --order it prints the rule's candidates (the even FNV-1a 32-bit hashes of
"REPO/PATH"), tier 1 then tier 2, each in ascending hash order.
The statements are checked by archive-5/check.py's check_cases with archive-6's kinds and
archive-7's strict rules, as archive-17's to archive-21's are: for every statement, whatever its
verdict, the key is stored folded as ../shared/eval/score folds article text (NFKC, curly quotes and
dashes to ASCII, white space collapsed, lower case) and occurs in the folded text of its page, `why`
occurs (folded) in that text and holds the key (for an unverified statement the key and `why` are
the text's nearest passage, which neither states nor denies it); the fields are in order, ids unique
and in order (q001, q002, ...), texts not repeated, verdicts and kinds valid, an unverified
statement has kind related or beyond and no other statement has, a statement of kind "lowercase" has
no capital letter and no final period; every page of pages.txt has statements. Also checked here:
every page is an even candidate of the rule and pages.txt follows the rule's order, no stem is in an
earlier set's pages.txt, no page's publisher (its domain or name, SITES below) occurs in archive-17's
to archive-21's pages.txt or the rows of their README tables or among the outlets archive-20's README
names as archive-7's, no two pages share a publisher, every page has pages/STEM.txt in the format
above with at least MIN_WORDS words (split on white space, the title line left out) and no file in
pages/ is left out of pages.txt.
No network is needed.
"""
import collections, glob, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def _load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "check.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

archive5 = _load("archive5check", "archive-5")  # norm, stems, check_cases, finish
archive6 = _load("archive6check", "archive-6")  # KINDS (with related and beyond)

# Tier 1: the even-hash files of archive-21's pool (its tier 2) that archive-21 left unread, from
# its position 16 on (archive-21's README).
TIER1 = ["postlight/parser/fixtures/" + p for p in """
nymag.com/ailes.html deadline.com/1555363730240.html fortune.com/1481816949736.html
deadline.com/1556104756617.html www.cnbc.com/1482251664848.html deadspin.com/1476389931786.html
www.bustle.com/1481129185239.html
""".split()]
# Tier 2: Giveme5W1H's gold-standard news articles as the tool library's index listed them (97 files).
TIER2 = ["fhamborg/Giveme5W1H/examples/datasets/gold_standard/data/%s.json" % n for n in """
071e141c216547f83e2b50a63a728163fa9527e337032e9eb84882d6 08ebc52cada9093774e3ba71312def80ca3621c959d67877a6e3b228
09d729c0013e096cf6ed1b13e52c9d3afd2538333cd74e1d42ab66fb 0e7ab2ce71c1bce03040ec2388dd45ab069d5432b364495b9cfcfdf5
101ee22f1f9e984c1bd2bd64ad44db8452b0669178f1683eafa338c7 13a20be02e984533782dc2c6cd2f468b879ce4be88127566da043b0f
1667b720a919a4cd7904557320d4f7572f2c55bdfb26cd0bf7946a5a 1778efb0dfd0f1e933513e0f79af3c09986a40791ecd6faf2239f09c
189af426dcbdb42921a716cf136f75554e4befad28c088f3d930b6c4 1b1109edc9ba100f298d988c0558243e34a5921a855408bb1f4dfedd
1e0f6556611739fb0f8a802cf5f4ffa966df21de1ae3aa11ea647516 1e471fa6844bce9e88878ce164699ab88ec3dc38f166a251f071b408
1e582ad25294607005ccb6d7abe2806c90b39eec91baeb1082072c81 2f066d10237b0b78e684f593c83797e313ba4364ec984395373c9a9c
2f79eb6f3371ab81f51d7028fdc75f27d89c07183e0d1b5f4bb8139f 360dc38b43abfdd2ed72352b6fd7424f361cdde7ad48e2c044b32166
36ed35f8c78eda121afe93cbe867946d07b7e59278d2a125a23ec1bd 3819549c5ea2cdd5d32008086adb0722d690d898fb000ac4d8573904
38e6814a263c875294b34f714ac3a2e5dc5cc2a9bba6163b7b1f688b 3ddf85250d842c42a08b7dbc9ad2f3a04ab22b0c56c55f9c92bcf2f0
3fe966703f853572a0f17ef5af3a3fef8a96974b615ea60cfed77ff1 4032070b93a333c347d1e7e94be4aacc098b1f7f18494d6a6fd3f57c
481182a1b8f15b50eaae2109123ccc42f6eeef2cbf3b480b71e4375a 49df90c6ca2079a1417f842e5dde6bc0380cb2228736ebde0ccf396a
4b279c9487149d19adddf07664cfcf8e0b498bd277c225a57d6ca5f3 4f38a182b733b32f105f00b1d3354cd4568b867b22991cf7fd89046c
51bd183bdd5c2ea99cdc5f0dfe49feb816b0185371c8f30842549c33 53c22d3ddc477d1356ac73ccf81ece5c3b9323948ade4f446864d135
5412eb378e787c5dc71ca7cc4c7f98a6185694219debc30724b2bf41 562356984ebbe5862811c2e39e19f73b2ba58cfca66ba19475c40a56
56637e2204cf4ec89768a742dfa3af05ba27ea8a0864bed8d8a5f3cd 580907b65c143b41a4f467c5836a9500b96e423a02f9698b7b1c68c4
58316513017cff90c5cf66daade95beced3919684ef93b4206278c82 5ea070bd70149f8937b167b2322b73f24b6cbd829653cced842d1f0c
6397b8a9984ff5b8d7dea4a296881048c340b7bc272548a849dd4ac3 6743f0f01f2f28e2994e3e566102476df382b6bf8a676b7531dfb368
69733aa8fce0b043b0ab6f7ed8336e22bde8c469abacd967871cb263 6b4108b35035f8ac1aefac506edf56401810bd2aa6d7a7404ea51095
6bbfe02d07023f3952efb7f1061ea0259694c9e44285d16a07fbb206 70261f2597e8f396526932da610eb2eb12a53db6da55cee7cb0260ab
761de7078d56a488e886a4efb4febc7467542f04bb0e969f28701947 7aa3386de0c6136582afb8da3e19a6287d6e69c8391d93aa34169bd2
7b1f91bcb6dc19b7db1e86930b69f5e65ff5984db394440468f7fca4 7fbb50905e081bf1054c7b198e1ea965a38cf318ce971bb989bfe369
81583daefbe90573aa7a40fc8f2b056c3b02bca9de9844b2ab232b97 816cef9a1d23400bd11375b2d4116e4bed837457b38eb98ac8b9b056
83c0cf4e59d1b03e8ce0b8a0c5ad37a8e4e183cb950de461db3391b6 8439c5b07d758319b42bc274b0519829ba43fa7a98c7c5d5073fff2d
8812ee196c646231a28a742f956502469f892ac7682bf9b4fa6686c4 883e31031f9266f4e6a62aceb8807e8fd447306d20850d9f417238cb
8aef45f8abd401a0bb4000463978dccc9f0cf8c0bbbe00cad2c88465 8c28a3d0e8758e8694a1454ce4421d79cbd953bd7a51e9157c83b6bd
8c8c2d5e99ebd399c53e196eca942b11a4d9968f2584dd8382b4bf0f 8d8b3ee8d6027ae6ebb8054b5197f9e2379d8e4df14cacbfe3dfd43a
918d935744901b98ec8503d35134aadee3648594aef5c5c270834455 921a73cf9c9293238dfb7460299647f9db62e582cee84dad8a4762e5
93a37a20d29ccaf544a7eaf0a723902f5e46942946f8ed2fa85ea313 95590d7d6543d8065d6b1a3ae4e9acc06cb23af05502e65de435079e
96fc7937fa5c0c4e621b9c8fd90a8fa9f240776540dcde1a548476a6 97da54fcf8b32ec38ce6b48b05ecb3a959319da47f3e934f35657546
9829d11717f4d90ae350a08c55b4fd3b39ed0af5e77cfe16b93223b3 9d498c7afe7a9e290c2e0a57af5c08de5dd16a51f8d5bf30d68f3bff
9f3e20f7627f0ca5c6832fae1e8ee842754f20bc4f9d3c988b5d1e03 9fb2f7a041c350a0ad6d0ad40d619aa78bc852bd5a33ffacb7d5df22
a2bbab834c24ce38bb74b0b5fe0cb49dcacbeb7d16fc0106710f3002 a41cc43a57a1e54aec1e2cf4baf4b2a36ca187b92db0a457266f7ac9
a5a26c3777257a08635673aab1666d18b3c01f3752a866889968f5c6 a899c6d207072682c7555fb1f01bac16fe28483765d077111df55969
aaa7a68a35731e6cbf4413db90826fc59022dc90512dd90b1ceca96e b1c14ee2e6dbb2eb6b70d916cc54e19d9286c2c8646f81972ab655f4
b884aa56e1059245dca68849a2d1e7635a65f25204305ce8fd7ff985 ba38e52fb1cb4d5008d3c8f16d3c3f405fd86e63272246f9d3dfea6f
bb685f550950e648615fd000b068ca0f91fcf164a89aa1dfa03626ad be0c5bb424590b889c8a211a7e37da85c89f2dc8b9fa680ae6919e43
c984b0fb53cd3debbeed06ad8c88fe69899433470ae8b01c2f3710d9 cbc0951362802c54af346588618433c6b8ca6ab4de32df89ff3675e0
ccd46d77934967b765179aa6ff7f8e19a97c65382b0b4b81aac7f372 ce21d3b18b0f22a3c44dab7f8e22e70692ae814e48bd5afc6c94a6f5
d0a9c4846b02c1bdf2cf6091f52061669dc04593e21aa02398f875bb d5239a8dab109c7648233e698bf1cb199c27a8fc7ef87c7dd8d1f379
d654fd5500ceddb91c0cd99912f37d6c351e252b4b1558a4ba6a88eb dc32a2c6d5ca11c5e6b73e43e3a5d327b28b4ee1ef2ac9cda7c0635f
dccb7b8de2a86a406c6a42ad1aab22701680c111206a66c6a64ee036 dcf7e591116a13b944b67bc80f8af125df537573c3f356aa457b6e7e
e0ff5adbdbd19e4bb271818149bbf8e063bf8a52b8429f8af48599cd e1e4eaed9a50cb09878bd2740ae8aefcfdd3e9dfd485b197619f8716
e38562d1610245f71913a283779c24d3ce55007e9022bc5240459e2c e6eaeb198f8ff125434c68fd55b98cf80629b4bf2c22a2080f1c9054
e8a979de28fef3fdc3a5f6ee1c971260273dd814493fa1760d0b098c ea04b4c06fbfab2a959b39c05022cd813f4dc9b12bd0665462224374
eff840c72c63f3ffa71643f2fe7a74cb08546ba3c24bc7b67bebf01f f06365a9edb398011911043e646557cc1beaadc3f1c744151bf795a9
f326929913960e17a3afe71085002a532beaca6d68c0770372a1832d f402d5c8e8268d719d6c760a6ad841cec56d35147e0afab9e5a2019a
f4f86ac3eda8b130dabaa7173bf6fd87edc71ae115ee5335ebd47f2d f5f5577d9812350a1cf2cce1b35bc24ddef59e2d095ad51a90cc68b9
fde1ee4d648e7f616fc4d3d355edd3965231ae90a7067d72cf7b8563
""".split()]
# The page taken from each candidate: its stem, and its publisher (domain and name).
STEMS = {
    "nymag.com": "postlight/parser/fixtures/nymag.com/ailes.html",
    "cnbc.com": "postlight/parser/fixtures/www.cnbc.com/1482251664848.html",
    "independent.co.uk": "fhamborg/Giveme5W1H/examples/datasets/gold_standard/data/d5239a8dab109c7648233e698bf1cb199c27a8fc7ef87c7dd8d1f379.json",
    "thesun.co.uk": "fhamborg/Giveme5W1H/examples/datasets/gold_standard/data/9f3e20f7627f0ca5c6832fae1e8ee842754f20bc4f9d3c988b5d1e03.json",
    "express.co.uk": "fhamborg/Giveme5W1H/examples/datasets/gold_standard/data/e8a979de28fef3fdc3a5f6ee1c971260273dd814493fa1760d0b098c.json",
    "dailymail.co.uk": "fhamborg/Giveme5W1H/examples/datasets/gold_standard/data/f402d5c8e8268d719d6c760a6ad841cec56d35147e0afab9e5a2019a.json",
}
SITES = {
    "nymag.com": ("nymag.com", "New York magazine"),
    "cnbc.com": ("cnbc.com", "CNBC"),
    "independent.co.uk": ("independent.co.uk", "The Independent"),
    "thesun.co.uk": ("thesun.co.uk", "The Sun"),
    "express.co.uk": ("express.co.uk", "Daily Express"),
    "dailymail.co.uk": ("dailymail.co.uk", "Daily Mail"),
}
EARLIER = ("archive-17", "archive-18", "archive-19", "archive-20", "archive-21")
# The outlets archive-20's README names as archive-5's and archive-7's Readability pages.
NAMED = ["tmz", "msn", "breitbart", "buzzfeed", "cnn", "webmd", "telegraph", "yahoo", "wikia", "ars technica",
         "cnet", "wp tavern", "the verge", "herald sun", "new york times", "bbc", "medical news today",
         "washington post", "nbc news", "guardian", "citylab", "seattle times", "quanta"]
MIN_WORDS = 240  # the rule's "about 250"

def fnv1a32(s):
    h = 0x811C9DC5
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h

def candidates():
    """The rule's candidates: the even FNV-1a paths, tier 1 then tier 2, each ascending."""
    out = []
    for tier in (TIER1, TIER2):
        out += sorted((p for p in tier if fnv1a32(p) % 2 == 0), key=fnv1a32)
    return out

def main():
    if "--order" in sys.argv:
        for n, p in enumerate(candidates()):
            print("%d %08x %s" % (n, fnv1a32(p), p))
        return 0
    pages = archive5.stems(os.path.join(HERE, "pages.txt"))
    bad = 0
    def fail0(m):
        nonlocal bad; bad += 1; print(m)
    if len(set(pages)) != len(pages): fail0("pages.txt lists a page twice")
    cands = candidates()
    for p in pages:
        if STEMS.get(p) not in cands: fail0("not a candidate of the rule: " + p)
        if p not in SITES: fail0("no publisher named in SITES: " + p)
    order = [cands.index(STEMS[p]) for p in pages if STEMS.get(p) in cands]
    if order != sorted(order): fail0("pages.txt is not in the rule's order")
    used, taken = "", set()
    for d in glob.glob(os.path.join(HERE, "..", "*")):
        if os.path.abspath(d) == HERE or not os.path.isdir(d): continue
        f = os.path.join(d, "pages.txt")
        if os.path.isfile(f):
            taken |= set(archive5.stems(f))
            if os.path.basename(d) in EARLIER: used += open(f, encoding="utf-8").read().lower() + "\n"
        f = os.path.join(d, "README.md")
        if os.path.basename(d) in EARLIER and os.path.isfile(f):
            used += "\n".join(l for l in open(f, encoding="utf-8").read().lower().split("\n") if l.startswith("|")) + "\n"
    used += "\n".join(NAMED) + "\n"
    for p in sorted(set(pages) & taken): fail0("page already in an earlier set: " + p)
    for p in pages:
        for w in SITES.get(p, ()):
            if w.lower() in used: fail0("publisher used by an earlier set: %s (%s)" % (p, w))
    sites = collections.defaultdict(list)
    for p in pages: sites[SITES.get(p, (p,))[0]].append(p)
    for s, ps in sorted(sites.items()):
        if len(ps) > 1: fail0("publisher %s has %d pages" % (s, len(ps)))
    stored = {os.path.basename(f)[:-4] for f in glob.glob(os.path.join(HERE, "pages", "*.txt"))}
    for p in sorted(stored - set(pages)): fail0("pages/%s.txt is not in pages.txt" % p)
    texts, sources = {}, {}
    for p in pages:
        src = os.path.join(HERE, "pages", p + ".txt")
        if not os.path.isfile(src):
            fail0("page text not stored: pages/%s.txt" % p); continue
        t = open(src, encoding="utf-8").read()
        texts[p], sources[p] = t, src
        lines = t.split("\n")
        if not lines[0].startswith("title: ") or len(lines) < 3 or lines[1] != "":
            fail0("page %s does not open with a title line and a blank line" % p)
        words = len("\n".join(lines[1:]).split())
        if words < MIN_WORDS: fail0("page %s has %d words" % (p, words))
    folded = {p: archive5.norm(t) for p, t in texts.items()}
    cases = []
    for n, l in enumerate(open(os.path.join(HERE, "archive-22.jsonl"), encoding="utf-8"), 1):
        try: cases.append(json.loads(l))
        except ValueError as e: fail0("line %d does not parse: %s" % (n, e))
    archive5.check_cases(cases, pages, folded, "q", archive6.KINDS, fail0, {"related", "beyond"}, exact=True, strict=True)
    return archive5.finish(cases, pages, bad, texts, sources)

if __name__ == "__main__":
    sys.exit(main())
