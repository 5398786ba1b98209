"""Loaders and cleaning on realistic pages: what a reader skips never reaches the index."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.chunking import split_document
from ingest.loaders import LoadError, load_file
from tests.support import SEED

SEED_BOILERPLATE = [
    "Leave a Reply",
    "Your email address will not be published",
    "Required fields are marked",
    "Our tip",
    "Xiaomi Mi 10S officially",          # the teaser about another story
    "Source: Tomáš Kanálik",             # photo credit
    "Xiaomi Mi 10 Lite\n",               # bare photo caption
    "Do you think the US Department",    # question to the reader
]

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Commerce adds Acme Robotics to the Entity List | Trade Wire</title>
<meta property="og:title" content="Commerce adds Acme Robotics to the Entity List">
<meta property="article:published_time" content="2023-04-05T09:00:00+00:00">
<link rel="canonical" href="https://example.com/trade-wire/2023/04/acme-entity-list">
</head><body>
<div id="cookie-banner"><p>This website uses cookies to improve your experience. Accept all | Reject non-essential</p></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/trade/">Trade</a></li><li><a href="/courts/">Courts</a></li></ul></nav></header>
<main><article>
<h1>Commerce adds Acme Robotics to the Entity List</h1>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<p>The Commerce Department added Acme Robotics to the Entity List on April 4, 2023, citing exports of controlled motors to a sanctioned buyer. Suppliers now need a license to ship items subject to the Export Administration Regulations to the company.</p>
<figure><img src="/a.jpg" alt="A robot arm"><figcaption>A robot arm on a factory floor.</figcaption></figure>
<p>Acme Robotics said it would appeal the decision and that its products remain on sale to consumers. The listing does not ban imports of Acme products into the United States.</p>
<p>Analysts expect the company's suppliers in Europe to review their contracts within weeks, because the rule also reaches foreign-made items with enough US content.</p>
<div class="newsletter-box"><p>Get our weekly newsletter. No spam, unsubscribe any time.</p></div>
</article>
<section id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p>
<form><textarea></textarea><input type="submit" value="Post Comment"></form></section>
</main>
<aside><section class="related"><h3>Related posts</h3><ul><li><a href="#">Ten gadgets for summer travel</a></li><li><a href="#">Our favourite budget laptops</a></li></ul></section>
<section class="trending"><h3>Trending</h3><ol><li><a href="#">Celebrity chef opens third restaurant</a></li></ol></section></aside>
<footer><p>&copy; 2023 Trade Wire. All rights reserved. Privacy policy | Terms</p></footer>
</body></html>
"""


def test_seed_article_ingests_without_its_boilerplate():
    doc = load_file(SEED)
    assert doc.title == "This is why Xiaomi is blacklisted in the United States"
    assert doc.published is None  # "Earlier this year" is not a publication date
    chunks = split_document(doc)
    assert chunks
    for chunk in chunks:
        for junk in SEED_BOILERPLATE:
            assert junk not in chunk.text + "\n", (junk, chunk.text)
    text = " ".join(c.text for c in chunks)
    assert "Lei Jun" in text and "blocks US investment in the company" in text
    # the photo caption is not prose, but it still tells search what the article is about
    assert "Xiaomi Mi 10T Pro" in doc.keywords


def test_markdown_front_matter_gives_title_url_date_and_source(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        '---\ntitle: "Treasury lists Example Corp"\nurl: https://example.org/x\npublished: 2022-01-03\n'
        'source: "Example Wire"\n---\n\n# Treasury lists Example Corp\n\nTreasury added **Example Corp** to the\n'
        "NS-CMIC list on [January 3, 2022](https://example.org/fr).\n\n## What it means\n\nUS persons may not buy its"
        " publicly traded securities.\n",
        encoding="utf-8",
    )
    doc = load_file(path)
    assert (doc.title, doc.url, doc.published, doc.source) == (
        "Treasury lists Example Corp", "https://example.org/x", date(2022, 1, 3), "Example Wire",
    )
    # a soft-wrapped sentence stays one sentence; markup and headings are gone
    assert "Treasury added Example Corp to the NS-CMIC list on January 3, 2022." in doc.text
    assert "**" not in doc.text and "](" not in doc.text and "What it means" not in doc.text


def test_html_page_keeps_the_article_and_drops_the_page_around_it(tmp_path):
    path = tmp_path / "acme.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    doc = load_file(path)
    assert doc.title == "Commerce adds Acme Robotics to the Entity List"
    assert doc.url == "https://example.com/trade-wire/2023/04/acme-entity-list"
    assert doc.published == date(2023, 4, 5)
    assert "Suppliers now need a license" in doc.text
    assert "does not ban imports of Acme products" in doc.text
    for junk in ["cookies", "Share:", "newsletter", "Related posts", "Trending", "Leave a Reply",
                 "Your email address", "Celebrity chef", "All rights reserved", "A robot arm on a factory floor"]:
        assert junk not in doc.text, junk


def test_html_without_date_markup_gets_no_date(tmp_path):
    path = tmp_path / "undated.html"
    path.write_text(
        "<html><head><title>Undated note</title></head><body><article><p>On March 12, 2021 the FCC published its "
        "first Covered List of communications equipment that poses an unacceptable risk to national security.</p>"
        "<p>The list named five Chinese companies and their subsidiaries and affiliates at the time.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert load_file(path).published is None  # a date in the prose is not a publication date


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"  \n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("latin1.md", "caf\xe9 list".encode("latin-1"), "UTF-8"),
        ("sheet.xlsx", b"PK\x03\x04", "unsupported"),
    ],
)
def test_bad_files_raise_a_clear_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=reason):
        load_file(path)


def test_chunks_point_at_their_words_in_the_cleaned_text():
    doc = load_file(SEED)
    chunks = split_document(doc)
    for chunk in chunks:
        assert doc.text[chunk.start : chunk.end] == chunk.text
        assert chunk.text[-1] in ".!?”\"" or chunk.end == len(doc.text)  # ends at a sentence boundary
    assert [c.index for c in chunks] == list(range(len(chunks)))


def test_a_dateline_and_post_headers_are_never_quotable_but_still_date_the_source(tmp_path):
    """A news dateline ("Outlet, Place, Month D, YYYY.") and a forum post's header ("name wrote on DATE:") say who
    wrote when; quoted, they would answer "when did X happen?" with the day the article was written."""
    story = tmp_path / "acme-withdraws.txt"
    story.write_text(
        "Acme Robotics withdraws its bid for Globex\n\n"
        "Harbour Trade Wire, Palma de Mallorca and Rotterdam, March 14, 2019. Acme Robotics said on Wednesday it had "
        "withdrawn its offer for Globex, two days after the order.\n\n"
        "The company had first made the offer on January 3, 2019.\n\n"
        "port_pat wrote on March 15, 2019:\n"
        "As I read the order, the withdrawal ends the review.\n\n"
        "Key dates:\n"
        "The review opened in February 2019.\n",
        encoding="utf-8",
    )
    doc = load_file(story)
    assert doc.text.startswith("Acme Robotics said on Wednesday it had withdrawn its offer for Globex")
    for header in ("Harbour Trade Wire", "March 14, 2019", "port_pat wrote", "Key dates:"):
        assert header not in doc.text, header
    assert "The company had first made the offer on January 3, 2019." in doc.text
    assert "As I read the order, the withdrawal ends the review." in doc.text and "The review opened in February 2019." in doc.text
    assert doc.dateline == date(2019, 3, 14)  # it still orders the source among the others
    # a sentence that reports something on a date is prose, whatever its commas
    other = tmp_path / "treasury.txt"
    other.write_text("Treasury acts\n\nThe Treasury said on March 14, 2019, it had acted. Banks must freeze funds.\n",
                     encoding="utf-8")
    assert load_file(other).text.startswith("The Treasury said on March 14, 2019, it had acted.")


def test_an_articles_own_headline_standing_in_its_text_is_never_quoted(tmp_path):
    """A page's <h1> (or a long "# heading") repeats the title; kept as prose, a long headline with a label
    ("Agency action summary: ...", "FAQ: ...") was quoted as the answer to questions it only names the topic of."""
    headline = "Agency action summary: Treasury removes Acme Robotics and Globex Shipping from the SDN list after review"
    page = tmp_path / "acme-delisted.html"
    page.write_text(
        f"<html><head><title>{headline} | Trade Wire</title></head><body><article><h1>{headline}</h1>"
        "<p>On March 3, 2024, the Treasury's Office of Foreign Assets Control removed Acme Robotics from the SDN list "
        "after the company showed a change in ownership.</p>"
        "<p>Globex Shipping was removed on the same day, after it sold the vessels named in its designation.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    doc = load_file(page)
    assert doc.title == headline
    assert "Agency action summary" not in doc.text and headline in doc.keywords
    assert doc.text.startswith("On March 3, 2024, the Treasury's Office of Foreign Assets Control removed Acme")
    faq = tmp_path / "acme-faq.md"
    question = "FAQ: Can a US bank still process a payment to Acme Robotics now that it is off the SDN list?"
    faq.write_text(f"---\ntitle: \"{question}\"\ndate: 2024-03-05\n---\n# {question}\n\n"
                   "Yes. Acme Robotics was removed on March 3, 2024, and its property is no longer blocked.\n",
                   encoding="utf-8")
    doc = load_file(faq)
    assert doc.text == "Yes. Acme Robotics was removed on March 3, 2024, and its property is no longer blocked."
    # a line of the text that only shares words with the headline stays prose
    story = tmp_path / "acme.txt"
    story.write_text("Treasury removes Acme Robotics from the SDN list\n\n"
                     "Treasury removes Acme Robotics from the SDN list, a spokesman said on Friday.\n", encoding="utf-8")
    assert "a spokesman said on Friday" in load_file(story).text


def test_a_plain_text_articles_copyright_line_is_not_its_prose(tmp_path):
    # Court and agency summaries often end with "(c) 2019 Outlet. All rights reserved."; quoted, it answers nothing.
    path = tmp_path / "ruling.txt"
    path.write_text(
        "Court backs creditor in Citgo case\nCourts Report | Monday, July 29, 2019\n\n"
        "The appeals court on Monday affirmed a ruling that lets a creditor seize shares of the refiner's parent.\n\n"
        "Copyright law was not at issue in the appeal, the court noted.\n\n"
        "(c) Any transfer of the shares requires a licence from the Treasury, the order says.\n\n"
        "(c) 2019 Courts Report. All rights reserved.\n",
        encoding="utf-8",
    )
    doc = load_file(path)
    assert "affirmed a ruling" in doc.text
    assert "Copyright law was not at issue" in doc.text  # a sentence that merely opens with the word stays
    assert "(c) Any transfer of the shares" in doc.text  # and so does a statute's or an order's subsection (c)
    assert "All rights reserved" not in doc.text and "(c) 2019" not in doc.text
