"""Pages nested deeper than the HTML parser goes.

libxml2 (under lxml, under trafilatura) stops building the tree at 256 levels and drops everything below, so an
article inside 5,000 nested `<div>`s came out as "no article text". `shallow_html` rewrites such a page with its
excess wrappers removed, keeping every word and every tag that still fits; a page within the limit is returned
unchanged, so ordinary pages are read exactly as before.

The rewrite uses the standard library's streaming tokenizer (`html.parser`): it keeps a stack of open tags, never
a tree, and never recurses, so time and memory are linear in the page's size at any depth.
"""
from __future__ import annotations

from html.parser import HTMLParser

from lxml import etree
from lxml import html as lxml_html

# Below this depth every tag is kept. Past it, wrapper tags that carry no meaning of their own are dropped (their
# content is kept), so the paragraphs, headings and list items inside a deep pile of <div>s survive; past
# KEEP_NO_TAG_PAST even those go. Both stay far under libxml2's 256 and Python's recursion limit, which
# trafilatura's own tree walks are subject to.
KEEP_EVERY_TAG_UP_TO = 64
KEEP_NO_TAG_PAST = 128
_WRAPPERS = frozenset(
    "div span section article main aside header footer nav font center b i u em strong small big tt s strike "
    "sub sup mark abbr cite q ins del code kbd samp var blockquote dl dd dt ul ol form fieldset label figure "
    "figcaption details summary address table tbody thead tfoot tr td th caption colgroup a".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def too_deep_for_lxml(html: str) -> bool:
    """True when libxml2 gave up on part of the page because of its depth."""
    parser = lxml_html.HTMLParser(collect_ids=False)
    try:
        lxml_html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return False  # an empty or unparsable page: the extractor reports it as it always did
    return any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in parser.error_log)


class _Flattener(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)  # text goes out as it came in: entities stay entities
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, written)
        self.depth = 0  # tags written and still open
        self.open_count: dict[str, int] = {}  # open tags by name: a stray end tag costs no scan of the stack

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            self.out.append(self.get_starttag_text())
            return
        keep = self.depth < KEEP_EVERY_TAG_UP_TO or (self.depth < KEEP_NO_TAG_PAST and tag not in _WRAPPERS)
        if keep:
            self.out.append(self.get_starttag_text())
            self.depth += 1
        self.stack.append((tag, keep))
        self.open_count[tag] = self.open_count.get(tag, 0) + 1

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        # close up to the innermost open tag of this name, as a browser would; a stray end tag is dropped
        if not self.open_count.get(tag):
            return
        while True:
            name, written = self.stack.pop()
            self.open_count[name] -= 1
            if written:
                self.out.append(f"</{name}>")
                self.depth -= 1
            if name == tag:
                return

    def handle_data(self, data):
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def shallow_html(html: str) -> str:
    """The page itself when the HTML parser reads all of it; otherwise the page with the wrappers that nest it too
    deep removed (see the module docstring)."""
    if not too_deep_for_lxml(html):
        return html
    flattener = _Flattener()
    flattener.feed(html)
    flattener.close()
    flattener.out.extend(f"</{name}>" for name, written in reversed(flattener.stack) if written)
    return "".join(flattener.out)
