"""The first sentence answers the question asked: the list data's status sentence leads only where it answers it
(how a company stands on the lists, permission), the quote that answers leads elsewhere; a yes/no question about a
list it names is answered yes or no about that list first, the listing that answers it leading even when it ended.
Articles invented here; the list data is the shipped one."""
from __future__ import annotations

import pytest

from tests.support import write_article


@pytest.fixture(scope="module")
def shipped_lists(tmp_path_factory, embeddings):
    from ingest.api import ingest
    from ingest.lists import load_shipped
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    corpus = tmp_path_factory.mktemp("corpus")
    write_article(
        corpus, "xiaomi-court.md", "Xiaomi goes to court", "2021-02-02",
        "On February 2, 2021, Xiaomi Corporation filed a lawsuit against the Defense Department in Washington. "
        "The company asked the court to overturn its designation.",
    )
    write_article(
        corpus, "honor-sale.md", "Huawei sells Honor", "2020-11-20",
        "Huawei sold its Honor phone business to Shenzhen Zhixin New Information Technology in November 2020. "
        "Honor had sold about 70 million phones a year.",
    )
    k = Knowledge(Settings(_env_file=None, store=tmp_path_factory.mktemp("lead") / "store"), embeddings)
    ingest(k, [corpus])
    load_shipped(k.registry)
    k.refresh()
    return k


def first_sentence(answer) -> str:
    return answer.answer.split("]", 1)[0]


@pytest.mark.parametrize("question", ["Did Xiaomi file a lawsuit?",
                                      # listing words only in the part giving the question's context
                                      "Did Xiaomi file a lawsuit over its designation?"])
def test_a_question_about_an_event_leads_with_the_quote_that_answers_it(shipped_lists, question):
    answer = shipped_lists.ask(question)
    assert answer.answered, answer.answer
    assert "filed a lawsuit" in first_sentence(answer)
    assert "Xiaomi Corporation (China) was on" in answer.answer  # the listing follows the quote


def test_a_question_asking_a_person_or_company_gets_no_listing_off_its_question(shipped_lists):
    answer = shipped_lists.ask("who bought Honor from Huawei?")
    assert answer.answered and "Shenzhen Zhixin" in first_sentence(answer)
    assert "Huawei Technologies Co., Ltd. (China) is on" not in answer.answer
    assert not any(c.path.startswith("list data") for c in answer.citations)


def test_a_yes_no_question_about_a_list_the_company_left_says_no_with_that_listing_first(shipped_lists):
    # ZTE left the Entity List in 2017 and is on other lists: the Entity List listing answers, before the others.
    answer = shipped_lists.ask("is ZTE on the entity list?")
    assert answer.answer.startswith("No, ZTE Corporation (China) was on the Entity List"), answer.answer
    assert "until its removal on March 29, 2017" in first_sentence(answer)
    assert answer.answer.index("[1]") < answer.answer.index("[2]")  # numbered as read
    assert answer.citations[0].title.startswith("Entity List")
    assert "no longer listed there, but is on the FCC Covered List" in answer.answer


def test_the_named_list_is_told_apart_from_another_that_restricts_the_same(shipped_lists):
    # The Section 1237 list and NS-CMIC both barred buying shares: SMIC's active NS-CMIC listing does not make it
    # "still on the section 1237 list" (a "yes" of the opposite sign).
    answer = shipped_lists.ask("smic, is it still on the section 1237 list")
    assert answer.answer.startswith(
        "No, Semiconductor Manufacturing International Corporation (China) was on the DoD Section 1237 List"), answer.answer
    answer = shipped_lists.ask("Is Tencent on the NS-CMIC list?")
    assert answer.answer.startswith("No, Tencent Holdings Limited (China) is not on the NS-CMIC list"), answer.answer


def test_a_list_the_company_was_never_on_is_said_so_within_the_lists_held(shipped_lists):
    answer = shipped_lists.ask("is xiaomi on the entity list?")
    assert answer.answer.startswith(
        "No, Xiaomi Corporation (China) is not on the entity list, as far as the lists held here go; it was on"), answer.answer


def test_an_active_listing_on_the_named_list_says_yes(shipped_lists):
    answer = shipped_lists.ask("Is Hikvision still on the Entity List?")
    assert answer.answer.startswith("Yes, Hangzhou Hikvision Digital Technology Co., Ltd. (China) is on the Entity List"), answer.answer


@pytest.mark.parametrize("question", [
    "did the pentagon take huawei off the 1260H list in december 2024?",    # "yes" would mean taken off
    "is huawei off the 1260H list now?",                                    # the same, in the present
    "was ZTE on the entity list in 2016?",                                  # the past: "no" would be wrong
    "is it legal for me to keep running kaspersky on my laptop?",           # the company's name, not a list
    "i bought a dji mini in 2023, can i keep flying it now that DJI is on the FCC covered list?",  # asks to fly
])
def test_no_yes_or_no_where_it_would_answer_another_question(shipped_lists, question):
    answer = shipped_lists.ask(question)
    assert not answer.answer.startswith(("Yes, ", "No, ")), answer.answer


def test_which_lists_and_sanctioned_or_not_are_answered_from_the_list_data(shipped_lists):
    for question, name in (("what lists is sugon on", "Dawning Information Industry"),
                           ("Zhuhai Zhenrong - sanctioned or not?", "Zhuhai Zhenrong Company Limited")):
        answer = shipped_lists.ask(question)
        assert answer.answered and answer.answer.startswith(name), answer.answer
        assert answer.citations[0].path.startswith("list data")


def test_a_why_question_is_answered_by_the_reason_a_listing_states():
    # A listing's note that states its reason ("designated ... for ...") answers "why"; one that only dates it, or a
    # Covered List entry's scope ("equipment for public safety"), states none.
    from knowledge.vocab import vocab

    v = vocab()
    assert v.reason_of("sanctioned for purchasing Iranian crude oil") == "for purchasing Iranian crude oil"
    assert v.reason_of("added as Inspur Group Co., Ltd. by the rule effective March 2, 2023 (with Loongson and "
                       "4Paradigm), for supporting China's military modernization") == "for supporting China's military modernization"
    assert v.reason_of("video surveillance equipment for public safety, government facility security") == ""
    assert v.reason_of("Annex to EO 14032; purchase prohibition effective August 2, 2021") == ""


@pytest.mark.parametrize("question", ["why is Zhuhai Zhenrong sanctioned?",
                                      "Zhuhai Zhenrong - is it on a US sanctions list and why?"])
def test_why_a_company_is_listed_leads_with_the_reason_its_listing_states(shipped_lists, question):
    answer = shipped_lists.ask(question)
    assert answer.answer.startswith("Zhuhai Zhenrong Company Limited (China) is on the Specially Designated Nationals"), answer.answer
    assert "for purchasing Iranian crude oil" in first_sentence(answer)


def test_a_listing_without_a_stated_reason_leaves_a_why_to_the_articles(shipped_lists):
    # Xiaomi's listing states no reason: the article's sentence leads, the listing follows.
    answer = shipped_lists.ask("why did Xiaomi go to court?")
    assert answer.answered and not answer.answer.startswith("Xiaomi Corporation (China) was on"), answer.answer


@pytest.mark.parametrize("question, opening", [
    # a list abbreviation in lower case before "list" names the list
    ("is norinco on the sdn list", "No, China North Industries Group Corporation Limited (China) is not on the sdn list"),
    # the designation, in the singular: the listing that makes it leads (no list is named, so no yes or no)
    ("is quectel a chinese military company", "Quectel Wireless Solutions Co., Ltd. (China) is on the DoD Section 1260H"),
    # a company whose name shares a word of the list's ("BYD Company Limited")
    ("is BYD on the pentagon's chinese military companies list?", "Yes, BYD Company Limited (China) is on the DoD Section 1260H"),
    # the company's listing, not a list sharing its name ("kaspersky")
    ("is kaspersky on the covered list", "Yes, AO Kaspersky Lab (Russia) is on the FCC Covered List"),
])
def test_the_list_named_is_found_however_it_is_typed(shipped_lists, question, opening):
    assert shipped_lists.ask(question).answer.startswith(opening)


def test_permission_asked_without_a_verdict_leads_with_the_companys_listings(shipped_lists):
    # "hold" is no activity the lists bar or allow (activities.yaml), but what the company's listings say bears on
    # it more than any article's sentence about another company.
    answer = shipped_lists.ask("can i hold shares of hikvision")
    assert answer.answer.startswith("Hangzhou Hikvision Digital Technology Co., Ltd. (China) is on"), answer.answer


def test_a_company_held_under_a_longer_form_of_the_name_is_offered_when_it_is_on_the_named_list(shipped_lists):
    # "China Mobile" is China Mobile Limited (not on the Covered List); China Mobile International USA Inc. (United States) is on it:
    # a bare "No" about the first would tell the asker the company they mean is not listed.
    answer = shipped_lists.ask("is china mobile on the fcc covered list")
    assert not answer.answer.startswith(("Yes, ", "No, ")), answer.answer
    assert first_sentence(answer).startswith("China Mobile International USA Inc. (United States) is on the FCC Covered List")
    assert "China Mobile Limited (Hong Kong SAR) is not on the covered list" in answer.answer


def test_the_listed_company_is_named_with_its_country_so_a_namesake_is_told_apart(shipped_lists):
    # "CoStar Group" is also a US company no list holds; the listed one is Chinese, and the answer says which it is.
    answer = shipped_lists.ask("can I buy CoStar Group shares?")
    assert answer.answer.startswith("No: Costar Group Co., Ltd. (China) is on the Non-SDN Chinese Military-Industrial"), answer.answer


def test_the_country_is_named_from_a_code_or_a_name_and_left_out_when_the_data_gives_none():
    from knowledge.models import Entity, Listing, Match
    from knowledge.status import render_status, status_sentence

    listing = Listing("Entity List", "Commerce", None, "active", None, None, "https://example.org/notice",
                      ["US exporters need a licence"])
    for country, shown in ((None, "Vantrel Works is on"), ("DE", "Vantrel Works (Germany) is on"),
                           ("Atlantis", "Vantrel Works (Atlantis) is on")):
        told = status_sentence(Match(Entity("v", "Vantrel Works", [], country, [listing]), 1.0, True, "exact"))
        assert render_status(told, lambda c: 1).startswith(shown)
