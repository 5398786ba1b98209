"""A question asking permission ("can I still buy ...?", "can Americans invest in ...?") is answered first, from the
list data: "No" when an active listing bars what it asks, a limited yes when one only limits it, "Yes, as far as the
lists held here go" when none does; an investment ban is never read as a purchase ban, nor an export control as
either (knowledge/vocab/activities.yaml, knowledge/status.py)."""
from __future__ import annotations

from datetime import date

import pytest

from knowledge.models import Entity, Listing, Match
from knowledge.status import render_status, status_sentence
from knowledge.vocab import vocab


@pytest.mark.parametrize("question, asked", [
    ("Can I still buy a Zelvane X2 phone?", "buy"),
    ("can i get a zelvane phone in the us?", "buy"),
    ("Is it legal for us to buy Zelvane drones?", "buy"),
    ("Quick one: can we export chips to Zelvane?", "export"),
    ("Can Americans invest in Zelvane?", "invest"),
    ("Are US investors allowed to buy Zelvane stock?", "invest"),     # shares: investing, not buying its products
    ("Can my company do business with Zelvane?", "deal"),
    ("Zelvane was on that list - so can I still buy a Zelvane phone?", "buy"),
    ("I'm a contracting officer at DoD: are we allowed to buy Zelvane buses?", "defense-purchase"),
    ("may a federal agency buy Zelvane cameras?", "government-purchase"),
    ("Our shop wants to resell Zelvane licences to US clients - are we allowed?", "resale"),
    ("can we sell network gear to Zelvane", "export"),
    ("can my startup take money from Zelvane Capital?", "deal"),
    ("Can we pay Zelvane Coal for a shipment?", "deal"),
    ("Can the government buy Zelvane phones?", "government-purchase"),
    ("Can I pay with ZelvanePay?", None),                             # paying by it, not paying it
    # Not asking permission, or "yes" would not mean "allowed": no verdict.
    ("Can Zelvane buy US chips?", None),                              # what the company may do
    ("Is it illegal to buy Zelvane phones?", None),
    ("Should I buy a Zelvane phone?", None),
    ("Can I get sanctioned for buying Zelvane phones?", None),
    ("Can't I buy Zelvane phones any more?", None),
    ("Is Zelvane on the Entity List?", None),
    ("Why can I not buy Zelvane shares?", None),
    # Asking something the lists' restrictions do not answer: selling shares, using what one owns.
    ("Can I sell my Zelvane shares?", None),
    ("Can I keep using my Zelvane router?", None),
    ("Can I hold my Zelvane shares?", None),
    ("Can I get a refund for my Zelvane licence?", None),
    ("Can I sell my old Zelvane phone to a friend?", None),          # no export to the company
    ("Can we hire a former Zelvane engineer?", None),
    ("Can I get a job at Zelvane?", None),
    # A government body's purchases are asked by it, never by a person who mentions one.
    ("Can I buy a Zelvane car in navy blue?", "buy"),
    ("I'm in the Air Force; can I buy a Zelvane car?", "buy"),
    ("My husband is a federal employee - can I buy a Zelvane camera?", "buy"),
    ("Federal agency here: are we allowed to purchase Zelvane recorders?", "government-purchase"),
    ("can our DoD program office sign a contract with Zelvane?", "defense-purchase"),
])

def test_what_a_question_asks_permission_to_do(question, asked):
    activity = vocab().permissions.asked(question)
    assert (activity.key if activity else None) == asked


@pytest.mark.parametrize("follow_up, keeps", [
    ("and zelvane?", True), ("what about Zelvane?", True), ("zelvane?", True),
    ("Is Zelvane listed?", False), ("Tell me about Zelvane", False), ("who owns Zelvane?", False),
])
def test_a_follow_up_keeps_its_threads_permission_question_only_when_it_asks_nothing_of_its_own(follow_up, keeps):
    assert vocab().permissions.continues(follow_up) is keeps


def _listing(name: str, keys: list[str], status: str = "active") -> Listing:
    v = vocab()
    return Listing(
        list=name, authority="", program=None, status=status, start_date=date(2021, 1, 14),
        end_date=None if status == "active" else date(2021, 5, 25), source_url=f"https://example.gov/{len(name)}",
        restricts=[getattr(v.restriction(k), "now" if status == "active" else "past") for k in keys],
        restriction_keys=keys,
    )


def _answer_first(entity: Entity, question: str) -> str:
    return render_status(status_sentence(Match(entity, 1.0, True, "exact"), question), lambda c: 1)


def test_an_investment_ban_answers_an_investment_question_no_and_a_purchase_question_yes():
    quorvex = Entity("quorvex", "Quorvex Holdings", listings=[
        _listing("Export Roster", ["exports"]), _listing("Investment Roster", ["securities"])])
    invest = _answer_first(quorvex, "Can Americans invest in Quorvex?")
    assert invest.startswith("No: Quorvex Holdings is on the Investment Roster")   # the barring listing leads
    assert "US investors may not buy its publicly traded securities" in invest.split("[1]")[0]
    buy = _answer_first(quorvex, "Can I still buy a Quorvex phone?")
    assert buy.startswith("Yes, as far as the lists held here go: none of Quorvex Holdings' listings bars buying its products.")
    export = _answer_first(quorvex, "Can we export parts to Quorvex?")
    assert export.startswith("Not without a licence or conditions: Quorvex Holdings is on the Export Roster")


def test_a_listing_that_ended_bars_nothing_now_and_says_what_it_restricted():
    brindle = Entity("brindle", "Brindle Mobile", listings=[_listing("Old Roster", ["securities"], status="removed")])
    text = _answer_first(brindle, "Can I buy Brindle shares?")
    assert text.startswith("Yes, as far as the lists held here go: none of Brindle Mobile's listings bars buying its shares.")
    assert "could not buy its publicly traded securities" in text and "until its removal on May 25, 2021" in text


def test_a_sales_ban_answers_a_purchase_question_no_and_device_authorisations_only_limit_it():
    kestrel = Entity("kestrel", "Kestrel Soft", listings=[_listing("Sales Roster", ["us-sales"])])
    assert _answer_first(kestrel, "Can I buy Kestrel antivirus?").startswith("No: Kestrel Soft is on the Sales Roster")
    ospray = Entity("ospray", "Ospray Drones", listings=[_listing("Device Roster", ["fcc-authorization"]),
                                                         _listing("Procurement Roster", ["federal-procurement"])])
    assert _answer_first(ospray, "Can I buy an Ospray drone?").startswith("Yes, with limits: Ospray Drones is on the Device Roster")


def test_who_buys_decides_which_procurement_bans_answer_no():
    # A DoD contracting ban bars the Defense Department, not a consumer; a Section 889 ban every federal agency.
    tarvik = Entity("tarvik", "Tarvik Motors", listings=[_listing("Defense Roster", ["cmc-designation", "dod-contracting"])])
    assert _answer_first(tarvik, "Can the Pentagon buy Tarvik buses?").startswith("No: Tarvik Motors is on the Defense Roster")
    assert _answer_first(tarvik, "Can I buy a Tarvik car?").startswith("Yes, as far as the lists held here go")
    assert _answer_first(tarvik, "may a federal agency buy Tarvik buses?").startswith("Yes, as far as the lists held here go")
    lumo = Entity("lumo", "Lumo Vision", listings=[_listing("Procurement Roster", ["federal-procurement"])])
    assert _answer_first(lumo, "may a federal agency buy Lumo cameras?").startswith("No: Lumo Vision is on the Procurement Roster")


def test_a_military_company_designation_alone_does_not_answer_an_investment_question_yes():
    # The Defense Department's designation bars no investment, but the Treasury's investment list, which names many
    # of the same groups, decides: the list data held may lack that listing, so no "yes".
    ferrox = Entity("ferrox", "Ferrox Group", listings=[_listing("Defense Roster", ["cmc-designation", "dod-contracting"])])
    text = _answer_first(ferrox, "Can I buy Ferrox shares?")
    assert text.startswith("Not barred by the lists held here, but the Treasury's NS-CMIC list decides")
    assert not text.startswith("Yes")
    assert _answer_first(ferrox, "Can I buy a Ferrox car?").startswith("Yes, as far as the lists held here go")


def test_companies_whose_verdicts_differ_get_no_verdict_only_their_listings(shipped):
    # Which one the question asks about is open ("Xiaomi's supplier X", "I know Hikvision is off limits"): a "yes"
    # for one must never stand before another's "no".
    answer = shipped.ask("Can I buy Xiaomi and SMIC shares?")
    assert not answer.answer.startswith(("Yes", "No", "Not"))
    assert "Xiaomi Corporation (China) was on" in answer.answer and "Semiconductor Manufacturing International" in answer.answer


def test_a_question_not_asking_permission_gets_the_listing_sentence_as_before():
    kestrel = Entity("kestrel", "Kestrel Soft", listings=[_listing("Sales Roster", ["us-sales"])])
    assert _answer_first(kestrel, "Is it illegal to buy Kestrel antivirus?").startswith("Kestrel Soft is on")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory, embeddings):
    from ingest.lists import load_shipped
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    k = Knowledge(Settings(_env_file=None, store=tmp_path_factory.mktemp("store")), embeddings)
    load_shipped(k.registry)
    k.refresh()
    return k


def test_the_shipped_list_data_answers_permission_questions_first_and_cites_the_listing(shipped):
    smic = shipped.ask("Can Americans invest in SMIC?")
    assert smic.answered and smic.answer.startswith("No: Semiconductor Manufacturing International Corporation (China) is on "
                                                    "the Non-SDN Chinese Military-Industrial Complex")
    assert smic.citations[0].path.startswith("list data:") and smic.citations[0].url.startswith("https://")
    # Its sales ban, not its export control, is what answers a purchase question "no".
    kaspersky = shipped.ask("Can I buy Kaspersky antivirus?")
    assert kaspersky.answer.startswith("No: AO Kaspersky Lab (Russia) is on the Kaspersky ICTS Final Determination")
    assert "(its products may not be sold in the US) [1]" in kaspersky.answer
    xiaomi = shipped.ask("Can I still buy a Xiaomi Mi 10T Pro?")
    assert xiaomi.answer.startswith("Yes, as far as the lists held here go: none of Xiaomi Corporation's listings "
                                    "bars buying its products.")
