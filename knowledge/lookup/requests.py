"""The readings of a request: what a typed text says besides the name (a question, chatter, a label, fields of a record,
a place, a branch or an office, initials, abbreviations or a legal form written out or unread, another script, a sign
for a letter, another language's spelling or words), each read until one finds a listed name exactly (`Index.evidence`
tries them in order)."""
from __future__ import annotations

import re
from dataclasses import replace

from rigour.text.scripts import text_scripts
from rigour.text.translit import ascii_text

from knowledge.vocab import vocab

from .normalise import (NAME_ROLES, analyse, letters_key, is_latin, match_tokens, match_words, place_codes,
                        translated_word, address_countries, asked_name, named_part, unit_before_parent, name_then_place,
                        bracketed_places, place_in_request, of_parts, script_reading, read_by_letter_names,
                        opened_question_name, labelled_name, capitalised_names, capitalised_runs, upper_case_runs,
                        where_words, minor_word, stop_word, before_longer_legal_initials, before_unread_legal_form,
                        before_unread_initials, _EDGE_PUNCT)
from .english import is_english_word
from .alike import ascii_word, contracts_word, dotted_short_form, legal_word, may_contract
from .readings import (FIELD_MAX_WORDS, SHORTHAND_MAX_LEN, after_reference, caron_letters_in_english, chatter_word,
                       labelled_field_values, line_fields, request_in_english, says_nothing_of_a_name,
                       spelt_abroad_in_english, stray_signs_dropped, symbols_as_letters)
from .towns import (branch_word, chunks_name_a_town, folded_chunk, office_before_name, office_on_premises,
                    office_phrases, offices_after_name, region_after_town, town_word)
from .score import EXACT_TIERS, Evidence, Params, score
from .forms import (ACRONYM_MAX_LEN, NO_LEGAL_FORM, PHRASE_MAX_WORDS, TRUNCATED_MAX, _coined, has_legal_forms,
                    legal_forms, legal_texts, reads_whole, skeleton)

LABEL_MAX_WORDS = 2          # words before a colon opening a request that label it ("re:", "new supplier:")
WITHIN_MAX_WORDS = 6          # chatter words next to a name found among them looked at as another name's words
UNREADABLE_MIN_LEN = 5       # a word this long no vocabulary reads may be a company word in another language
BRANCH_UNREAD_MIN_LEN = 3    # a branch's word no vocabulary reads, after a town: "eka" (Yoruba "ẹ̀ka")
BRANCH_TOWN_MAX_WORDS = 3    # words of a town before it ("St. Petersburg", "Karlovy Vary")
TRANSLATED_WITH_MIN_WORDS = 2  # words of a name typed beside a company word translated, all the name's others


class RequestReadings:
    """The readings `Index.evidence` tries in turn on a typed text, each giving the evidence of the name it reads out
    of the text (`_in_latin_letters` ... `_name_then_unread`), with `_name_then_place` and `_named_part`, which
    `evidence` adds, and the helpers only they use. A mixin of `Index` (index.py), holding no state of its own; what
    it needs from the index: its aliases and postings (`aliases`, `postings`, `word_to_tok`, `by_key`, `by_compact`,
    `by_skeleton`, `by_words_but_one`, `by_whole_spelling`), the evidence for a text (`evidence`, `_name_evidence`,
    `exactly`, `analyse_query`), a word's variants (`token_variants`, `words_beginning`) and what is listed of an
    entity (`entity_countries`, `entity_kind`). A pickle of the index names `Index` alone (`Index.__getstate__`,
    knowledge/lookup/saved.py)."""

    def _in_latin_letters(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name written in a script rigour leaves as it is (Devanagari, Ethiopic, Japanese kana ...), read in ICU's
        Latin (normalise.script_reading: "ग्लोबल विसिओन ग्रोउप" is "global vision group"), then as any typed name."""
        reading = script_reading(text)
        out = self._name_evidence(reading, p) if reading else []
        if reading and not any(ev.rule in EXACT_TIERS for _, ev in out):
            # a north Indian word's unsaid final vowel dropped ("કલ્કિમિન" "kalkimina" is "kalkimin"), read only when
            # ICU's own reading found nothing exactly: a listed name that reading finds as written stands alone, the
            # vowel and all (a letter-by-letter spelling may mean it: ULVA), with no second exact name beside it
            unsaid = script_reading(text, drop_unsaid_vowel=True)
            if unsaid != reading:
                out += self._name_evidence(unsaid, p)
        if reading and read_by_letter_names(text):
            # a word read by its letters' Unicode names is a guess at its spelling (an alphabet's names follow one
            # language's spelling: Old Hungarian ESZ is Hungarian "sz", an "s"): its words may be found spelt
            # otherwise, or the name's own words in part (its company words, HOLDINGS, TRADING, left out as typed
            # names leave them), not both (score.py's near-miss rules; lk108)
            out = [(i, replace(ev, guessed=True) if ev.rule == "tokens" else ev) for i, ev in out]
        return out

    def _symbols_as_letters(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name with a sign typed for the letter it looks like ("Ariz°na S.A.", "Di§tribuidora Marbella"), which
        normalisation drops as punctuation, splitting the word: read with the letter (`symbols_as_letters`), then as
        any typed name. Only a text with such a sign beside a letter is read again."""
        reading = symbols_as_letters(text)
        return self._name_evidence(reading, p) if reading else []

    def _stray_signs_dropped(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name with a sign slipped inside a word ("Albo:rada S.A.", "Inver_siones Widget"), which normalisation
        reads as a break, splitting the word: read with the sign left out (`stray_signs_dropped`), kept when that
        finds a listed name exactly. Only a text with such a sign between small letters is read again."""
        reading = stray_signs_dropped(text)
        return self._name_evidence(reading, p, exact_only=True) if reading else []

    def _caron_letters_in_english(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name written with a letter Central European spellings and scholarly transliteration write for "ch", "sh",
        "zh" or "j" ("Kiš International Bank", "Vateč Sarl", "Dżama'at ..."), which normalisation folds to "c", "s",
        "z" ("kis"): read with the English letters (`caron_letters_in_english`: "Kish International Bank"), then as
        any typed name. Only a text with such a letter is read again."""
        reading = caron_letters_in_english(text)
        return self._name_evidence(reading, p) if reading else []

    def _spelt_abroad_in_english(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name spelt as German or Dutch spell a foreign name ("Dschahan Tetsch Roojan Pars", "Milenjoem Energy"),
        its words no listed name has read in English letters (`spelt_abroad_in_english`: "Jahan Tech Rooyan Pars",
        "Milenyum Energy"), one language at a time, then as any typed name, kept when found exactly; or (lk109) when
        the reading names a listed name whole, a near match with every word of it and no other word (some mistyped
        besides: "Basidzj Resistanse Forse" is "Basij Resistanse Forse"), a word the reading put in English letters
        one of that name's as written. Such a near match is a guess at the spelling (`Evidence.guessed`); a part of a
        name, or a name with another word beside it, so read finds nothing (lk83's rule, kept)."""
        out = []
        typed = set(match_words(analyse(text).kept))
        for reading in spelt_abroad_in_english(text, lambda w: w in self.word_to_tok):
            respelt = {w for w in match_words(analyse(reading).kept) if w not in typed and w in self.word_to_tok}
            if respelt:     # (the near-match search, the costly part of a lookup, only for a reading that may keep one)
                out += [(i, replace(ev, guessed=True)) for i, ev in self._name_evidence(reading, p)
                        if ev.rule == "tokens" and not ev.lacks and not ev.unexplained
                        and respelt & set(self.aliases[i].words)]
            out += self._name_evidence(reading, p, exact_only=True)
        return out

    def _request_in_english(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A request typed in another language ("hej, kan du kolla Widget Works i Malmö?"), its ordinary words read
        as the English ones (`request_in_english`), then as an English request is, every reading of `evidence`
        (the place guard and all). Only a text with such a word is read again; the reading has none left."""
        reading = request_in_english(text)
        return self.evidence(reading, p) if reading and reading != text else []

    def _unreadable(self, word: str, min_len: int = UNREADABLE_MIN_LEN) -> bool:
        """A word no vocabulary the index knows reads: in Latin letters, five at least, no listed name's word, no
        English word, no company word of words.yaml, no everyday word, no misspelling of a listed company word nor a
        slip of a listed word ('Tracling' may be "Tracking"): a word of another language, 'Itsasontzigintza'."""
        return (len(word) >= min_len and word.isalpha() and is_latin(word) and word not in self.word_to_tok
                and not is_english_word(word) and not translated_word(word)
                and word not in vocab().words.everyday
                and not any(t[:1] == "@" or how == "typo" for t, (_, how) in self.token_variants(word, word).items()))

    def _company_word_translated(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A listed name with one company word (rigour's symbols: SHIPPING, TRADE, STEEL ...) written in another
        language no vocabulary has ("Korea Yujong Itsasontzigintza Co Ltd" is KOREA YUJONG SHIPPING CO LTD): every
        other word of the name typed, in its order, and in the company word's place one word no vocabulary reads
        (`_unreadable`; an English word there is another business: "Korea Yujong Consulting"). Read with the listed
        word in its place, kept only when that names the name exactly, when one entity's names alone have that shape
        and the words typed with it, two at least and a word of a name among them, are of that entity's names only.
        One word of a name beside it is enough when the listed name's own legal form is typed too (lk112); with a
        legal form typed, a vessel, an aircraft or a person (which have none) sharing the words is no other entity."""
        a = self.analyse_query(text)
        qmt = match_tokens(a.kept)
        if len(qmt) < 2:
            return []
        qwords = match_words(a.kept)
        unknown = [n for n, (_, r) in enumerate(qmt) if r == "name" and self._unreadable(qwords[n])]
        if len(unknown) != 1:
            return []
        n = unknown[0]
        rest = [(t, r) for k, (t, r) in enumerate(qmt) if k != n]
        if not any(r in NAME_ROLES for _, r in rest):
            return []
        fits = self.by_words_but_one.get(" ".join("*" if k == n else t for k, (t, _) in enumerate(qmt)), ())
        q_legal = legal_forms(a)
        if len(rest) < TRANSLATED_WITH_MIN_WORDS:
            # one word beside it is too little to go by ("Monsoon Accessorize" is a shop, no shipping), unless the
            # name's legal form is typed too, the listed name's own: the whole name typed, legal form and all, but
            # the one word ("Widgetco Skipaferð Company Limited" is WIDGETCO SHIPPING COMPANY LIMITED)
            typed_legal = legal_texts(q_legal)
            fits = [(i, j) for i, j in fits if typed_legal and self.aliases[i].legal_text == typed_legal]
        entities = {self.aliases[i].entity_id for i, _ in fits}
        if len(entities) != 1:
            return []
        entity = next(iter(entities))
        # the words typed with it name that entity alone: no other entity's name has them all (with a legal form
        # typed, no other company's: a vessel, an aircraft, a person has none, "Widgetco ... Company Limited" is no
        # ship named WIDGETCO)
        pools = [{e for i in self.postings.get(t, ()) if (e := self.aliases[i].entity_id) == entity
                  or not (q_legal and self.entity_kind(e) in NO_LEGAL_FORM)} for t, _ in rest]
        if set.intersection(*pools) != {entity}:
            return []
        i, j = fits[0]
        listed = self.aliases[i].words[j]
        chunks = text.split()
        at = [k for k, c in enumerate(chunks) if match_words(analyse(c).kept) == [qwords[n]]]
        if len(at) != 1:
            return []
        chunks[at[0]] = listed
        return [(i2, ev) for i2, ev in self._name_evidence(" ".join(chunks), p, exact_only=True)
                if self.aliases[i2].entity_id == entity]

    def _unread_word(self, chunk: str) -> str:
        """The one word a chunk of typed text is, when no vocabulary the index reads knows it (`_unreadable`, three
        letters at least: a branch's word may be short, "ẹ̀ka"); '' otherwise."""
        kept = analyse(chunk).kept
        tokens = match_tokens(kept)
        if len(tokens) != 1 or tokens[0][1] != "name":
            return ""       # a legal form, a company word, a place: read by their vocabularies
        w = match_words(kept)[0]
        return w if self._unreadable(w, BRANCH_UNREAD_MIN_LEN) else ""

    def _branch_word_unread(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A firm's branch named in a language no vocabulary has ("Widget Works Ltd Lima filiali", Albanian; "Widget
        Works Lima şahamçasy", Turkmen): a listed name typed whole, a town of a place list (`chunks_name_a_town`), and
        one word no vocabulary reads (`_unread_word`) closing the text is read with "branch" for that word, then as
        typed (`evidence`, which reads a firm's name, a town and a branch after it: `_branch_of`), the firm kept only
        when the words before the town name it exactly and the reading finds it exactly or its name whole with the
        branch and the town read. The town says where the branch is, and stands between the name and the word: a word no
        vocabulary reads beside no town, or typed right after the name, may be a word of another firm's name, and is no
        branch's word; a town is no firm's name typed before it ("... Lẹta Ibadan" is no branch of a firm named IBADAN).
        Only a text closing with a word no vocabulary reads after a town is read again."""
        chunks = text.split()
        n = len(chunks)
        if n < 3 or not self._unread_word(chunks[-1]):
            return []
        for width in range(min(BRANCH_TOWN_MAX_WORDS, n - 2), 0, -1):
            # the town before the branch's word, its longest spelling ("St. Petersburg", "Karlovy Vary")
            if chunks_name_a_town(chunks[n - 1 - width:n - 1]):
                name = chunks[:n - 1 - width]
                break
        else:
            return []
        # the words before the town name the firm exactly, as typed (a request's words and all)
        named = {self.aliases[i].entity_id for i, ev in self.evidence(" ".join(name), p) if ev.rule in EXACT_TIERS}
        if not named:
            return []
        # the firm found exactly, or its name whole with the branch and the town read (`_branch_of`: located)
        return [(i, ev) for i, ev in self.evidence(" ".join([*chunks[:-1], "branch"]), p)
                if self.aliases[i].entity_id in named and (ev.rule in EXACT_TIERS or (reads_whole(ev) and ev.located))]

    def _name_then_unread(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A listed name of two words or more typed whole opening a text whose other words are places and a word of a
        language no vocabulary has ("Widget Bank N.V. tawi la Willemstad, Curacao", "Widget Ports Kerch, Crimea
        nodaļa"): the words after the name, each a town or a country (`chunks_name_a_town`, `address_countries`), a
        stopword or a word no vocabulary reads (`_unread_word`), are no word of it; the name kept when it is a listed
        name exactly (with its legal form, when one is typed). Read only with one word no vocabulary reads, exactly (a
        branch's word: two such words may be another firm's name, "... Ltd cangen zorblat London", lk93), a town among
        the places (a branch in a country may be an entity of its own: "... Ltd Sucursal Somalia" stays held, lk19),
        and a name of two words at least (a one-word name, a town and a word no list knows may be another firm's
        name: "Lee Valley VeloPark")."""
        chunks = text.split()
        n = len(chunks)
        if n < 3:
            return []
        for hi in range(n - 2, 1, -1):
            terms = analyse(chunks[hi - 1].strip(_EDGE_PUNCT)).terms
            if not terms or chunks[hi - 1][-1:] in ",;:":
                continue
            rest = chunks[hi:]
            unread = towns = 0
            k = 0
            ok = True
            where = []      # the countries of each town spelt with a word of a name or a place ("Republic of",
            # a town of Washington, is none: "... Kerch, Republic of Crimea")
            while k < len(rest):
                for width in range(min(BRANCH_TOWN_MAX_WORDS, len(rest) - k), 0, -1):
                    span = rest[k:k + width]
                    said = " ".join(span).strip(_EDGE_PUNCT)
                    roles = [t.role for t in analyse(said).terms] if said else []
                    countries = address_countries(said) if said else frozenset()
                    # a town: no stopword alone ("di" is a town of Vietnam, and Italian's "of": "... filiale di
                    # Italia" names a country, no town)
                    town = any(r != "stop" for r in roles) and bool(chunks_name_a_town(span))
                    if town or (countries and all(r == "place" for r in roles)):
                        towns += town
                        if town and any(r in ("name", "place") for r in roles):
                            where.append(countries)
                        k += width
                        if town and span[-1].endswith(","):
                            # a town, a comma and its region or province, as an address writes them ("Kobe,
                            # Hyogo", "Ascot, Berkshire"): where the town is
                            k += region_after_town(rest[k:], countries)
                        break
                else:
                    w = rest[k].strip(_EDGE_PUNCT)
                    if w.isalpha() and (self._unread_word(rest[k]) or branch_word(w)):    # not initials ("S.A.C.I.")
                        unread += 1
                    elif not (w and [t.role for t in analyse(w).terms] == ["stop"]):
                        ok = False
                        break
                    k += 1
            if not ok or unread != 1 or not towns:
                continue
            # the towns are one place: towns of no country in common are a branch in one and another office or
            # company in the other ("... Tehran branch (Dubai)")
            placed = [c for c in where if c]
            if placed and not frozenset.intersection(*placed):
                continue
            run = " ".join(chunks[:hi]).strip(_EDGE_PUNCT)
            q_legal = legal_forms(analyse(run))
            found = [(i, ev) for i, ev in self.exactly(run, p) if has_legal_forms(q_legal, self.aliases[i].legal)]
            if found:
                return found
        return []

    def _whole_romanised(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """The whole text another romanisation of one entity's listed name ("Pooya Control" of POUYA CONTROL, "Zarveeq
        Kooshan" of ZARVIQ KUSHAN): its long-vowel skeleton (knowledge/lookup/skeleton.py) the skeleton of that
        entity's names only, the text no listed name as written. The evidence is a whole-name equality, rule
        `romanised` (score.TIER, under the exact tiers, over every near match)."""
        i = self.by_whole_spelling.find(text)
        if i is None:
            return []
        al = self.aliases[i]
        return [(i, Evidence("romanised", al.text, al.kind, distinctive=al.distinctive))]

    def _after_reference_code(self, text: str, p: Params, complete: bool = False) -> list[tuple[int, Evidence]]:
        """A reference code opening the text ("INV-2291 Widgetco SA ...", "ref 40917 Widgetco Ltd ..."), an invoice's
        or a payment's, says which document the text is about, not which company: the text after it (`after_reference`)
        read as typed alone, the name kept only when found exactly."""
        rest = after_reference(text)
        return [(i, ev) for i, ev in self.evidence(rest, p, complete=complete) if ev.rule in EXACT_TIERS] if rest else []

    def _in_fields(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name in a field of a text written as a line of fields (`line_fields`: a payment line, a pasted record,
        "Widget Tankers FZE;Fujairah;AED 45,000;pending", "/BNF/ WIDGET CIGARS TRADE  REF 20931 pls release"): in each
        field, the longest run of its words, two at least, that one company's aliases are exactly, when every other word
        of the field says nothing more of a name (`says_nothing_of_a_name`: a code, a label, chatter, a town). The
        separators say where a name ends, which the words alone do not ("... CO SA PULLY/INV 455")."""
        out = []
        fields = line_fields(text)
        # a field that is a town says where the firm is, as a town beside its name does ("...;Fujairah;...")
        placed = " ".join(f for f in fields if all(town_word(c) for c in f.split()))
        for typed in fields:
            chunks = typed.split()
            n = len(chunks)
            if n > FIELD_MAX_WORDS:
                continue
            plain = [says_nothing_of_a_name(c) for c in chunks]
            for width in range(n, 1, -1):
                found = []
                for lo in range(n - width + 1):
                    outside = [*range(lo), *range(lo + width, n)]
                    if not all(plain[k] for k in outside):
                        continue
                    # a town beside the name is where the firm is: a town elsewhere is a branch or another company
                    towns = " ".join([placed, *(chunks[k] for k in outside if town_word(chunks[k]))]).strip()
                    where = address_countries(towns) if towns else frozenset()
                    found += [(i, ev) for i, ev in self._one_firm(self.exactly(" ".join(chunks[lo:lo + width]), p))
                              if where <= self.entity_countries(self.aliases[i].entity_id)]
                if found:
                    out += found
                    break
        return out

    def _labelled_values(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name given as the value of a labelled field of a record (`labelled_field_values`: "ORG:Widget
        Works\nADR:;;Lima", "X-Payee-Name: Widget Works; City: Lima", "PO# 12 / Supplier: Widget Works LLC / Terms:
        NET30"): the value that
        one company's aliases are exactly, when no other value says a place in none of that company's countries. The
        label says nothing of the name, so no vocabulary of labels is needed."""
        values = labelled_field_values(text)
        if not values:
            return []
        read = [(v, self._one_firm(self.exactly(v, p))) for v in values]
        found = [x for _, f in read for x in f]
        ids = {self.aliases[i].entity_id for i, _ in found}
        if len(ids) != 1:
            return []
        # a place another value says is where the firm is: a place in none of its countries is another company's (a
        # town of several countries, London of England and Ontario, may be in its)
        countries = self.entity_countries(next(iter(ids)))
        said = [address_countries(v) for v, f in read if not f]
        return found if all(not c or c & countries for c in said) else []

    def _where_in_town(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A firm's office, branch, site or subsidiary, then where in its town it is, in brackets closing the text (a
        street or a district: "Widget Bank - Kelvor branch (Azadi St)", "Lima branch of Widget Bank CJSC (Miraflores)",
        "Widget Works Tehran sales office (Kargar St)"): the text without the brackets, read as typed, the firm kept
        only when found exactly. The brackets say no more of the firm than the office does: a word or a few
        (`WHERE_MAX_WORDS`), no company word or legal form, no listed name, and no place outside the firm's country
        (a place elsewhere is another branch or another company: "Widget Bank - Kish branch (Dubai)"). Without an
        office named before them, the words in brackets may be a name's own ("Widget Trading (Kelvor)")."""
        m = _CLOSING_BRACKETS_RE.match(text)
        if not m:
            return []
        head, where = m.group(1).strip(), m.group(2).strip()
        folded = [w for c in head.split() if (w := folded_chunk(c))]
        if not any(tuple(folded[k:k + len(ph)]) == ph for ph in office_phrases() for k in range(len(folded))):
            return []
        terms = analyse(where).terms
        if (not terms or len(where.split()) > WHERE_MAX_WORDS
                or not all(t.role in ("name", "place", "stop") for t in terms) or self.exactly(where, p)):
            return []
        countries = address_countries(where)
        return [(i, ev) for i, ev in self.evidence(head, p) if ev.rule in EXACT_TIERS
                and countries <= self.entity_countries(self.aliases[i].entity_id)]

    def _name_in_chatter(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name found whole inside a request whose other words are all chatter ("client mentions Widgetco
        Industries, any hit", "payment to Widgetco flagged, pls review"): the longest run of words around the
        coined words of the text that is a listed name exactly, when every word outside it is an everyday word
        (words.yaml `everyday`) or a word of the English dictionary (the WordNet lemmas of english.py, so no list
        of chat words has to grow with each set: "client", "mentions", "flagged", "review", "pentest", "journalist"),
        or a short word of four letters at most that no dictionary knows (chat shorthand: "fyi", "btw", "thru"),
        two of them at least everyday words (a request: "Widgetco Home Appliances" is a product line, not chatter),
        and none a word rigour reads as a company word, a place or a legal form (as asked_name reads chatter).
        asked_name reads only `everyday`, so a request word no list has left it inside the name.
        The run must keep a coined word that is no chatter (no dictionary word, four letters or more: `_coined`;
        "thru" and "this" are shorthand or everyday): a name of dictionary words only ("Business Lab") may be a
        phrase of the chatter, and stays unread here."""
        chunks = text.split()
        n = len(chunks)
        if n < 3:
            return []
        everyday = vocab().words.everyday
        folded = [folded_chunk(c) for c in chunks]

        is_chatter = [chatter_word(folded[k]) for k in range(n)]   # once a word: the runs below ask again
        # a label opening the request, a word or two closed by a colon ("re:", "bene:", "new supplier:", "compliance
        # q:"), says what the text is, a request about the name after it: its words are chatter though rigour reads
        # one as a company word ("re" as real estate, "supplier" as a line of business), and it counts as one of the
        # two everyday words a request needs
        label = next((k + 1 for k in range(min(n - 1, LABEL_MAX_WORDS)) if chunks[k].endswith(":")), 0)
        if label and not all(w and w.isalpha() and (w in everyday or is_english_word(w) or len(w) <= SHORTHAND_MAX_LEN)
                             for w in folded[:label]):
            label = 0
        for k in range(label):
            is_chatter[k] = True
        coined = [k for k, w in enumerate(folded) if _coined(w) and not is_chatter[k]]
        if coined:
            lo0, hi0 = coined[0], coined[-1] + 1
            runs = [[(lo, lo + width) for lo in range(max(0, hi0 - width), min(lo0, n - width) + 1)]
                    for width in range(min(n - 1, hi0 - lo0 + 4), hi0 - lo0 - 1, -1)]   # the longest run first
        else:
            # no coined word: a name of dictionary words, two at least, right after a preposition of the request
            # ("wire to Widget Developers pending approval", "contract renewal with Widget Farm"): a stopword rigour
            # reads says the words after it are what the request is about ("client mentions silver widget, any hit"
            # has none, and its words may be a phrase of the chatter)
            after = [k + 1 for k in range(label, n - 2) if folded[k].isalpha()
                     and [t.role for t in analyse(folded[k]).terms] == ["stop"]]
            runs = [[(lo, lo + width) for lo in after if lo + width <= n]
                    for width in range(n - 1, PHRASE_MAX_WORDS - 1, -1)]
        for spans in runs:
            found = []
            for lo, hi in spans:
                outside = [*range(lo), *range(hi, n)]
                if (len(outside) < 2 or not all(is_chatter[k] for k in outside) or lo < label
                        or bool(label) + sum(folded[k] in everyday for k in outside) < 2):
                    continue
                run = " ".join(chunks[lo:hi]).strip(_EDGE_PUNCT)
                key = analyse(run).key
                # (a listed key first, which is cheap, before the evidence in full)
                if key and (key in self.by_key or key.replace(" ", "") in self.by_compact
                            or skeleton(key) in self.by_skeleton):
                    here = self.exactly(run, p)
                    if here and not self._within_another_name(chunks, lo, hi, {self.aliases[i].entity_id
                                                                              for i, _ in here}, p):
                        found += here
            if found:
                return found
        return self._legal_name_in_chatter(chunks, folded, is_chatter, label, p)

    def _within_another_name(self, chunks: list[str], lo: int, hi: int, ids: set[str], p: Params) -> bool:
        """Whether the words of a request read as chatter next to a name found among them (`_name_in_chatter`) are,
        with it, another entity's listed name: every word of the longer run found in that name, as near as a match
        ("Air Force of the Widget Guard Corps", "Strategic Rocket Force of the Widget Army": dictionary words of a
        unit's name, then its parent's listed name, name the unit, WIDGET GUARD CORPS AIR FORCE, not the parent). The
        runs tried reach out from the name on one side, to words no further than `WITHIN_MAX_WORDS` from it."""
        n = len(chunks)
        wider = [(a, hi) for a in range(max(0, lo - WITHIN_MAX_WORDS), lo)]
        wider += [(lo, b) for b in range(hi + 1, min(n, hi + WITHIN_MAX_WORDS) + 1)]
        for a, b in wider:
            run = " ".join(chunks[a:b]).strip(_EDGE_PUNCT)
            for i, ev in self._name_evidence(run, p):
                if self.aliases[i].entity_id in ids:
                    continue
                if reads_whole(ev) and (ev.rule in EXACT_TIERS or score(ev, p).score >= p.threshold):
                    return True
        return False

    def _legal_name_in_chatter(self, chunks: list[str], folded: list[str], is_chatter: list[bool], label: int,
                               p: Params) -> list[tuple[int, Evidence]]:
        """A listed name typed whole with its own legal form inside a request ("invoice 4471 from Widget Holdings
        S.A. de C.V.", "re: shipment widget trading co ltd", "our bank held a payment to Widget Ltda., why?"): the
        legal form says where the name ends and that it is a company's, so the run of words closing with it that is
        a listed name exactly, legal form included, is the name, with or without a coined word, when the words
        outside it are chatter (`_name_in_chatter`: two everyday words at least, a label counting as one) or, not
        next to the name, a number (an invoice's, a reference's), a sign standing apart ("/") or a dictionary word
        rigour reads as a company word ("our bank", "charter party"): next to it, such a word may be one of the
        name's. A party to the payment before it ("supplier Widget S.A. onboarding", words.yaml `party_words`) labels
        the name after it, as asked_name reads it."""
        n = len(chunks)
        everyday = vocab().words.everyday
        parties = vocab().words.party_words

        def apart(k: int) -> bool:
            w = folded[k]
            return (not any(c.isalnum() for c in w) or bool(re.fullmatch(r"#?\d[\d./-]*", w))
                    or (w.isalpha() and (w in everyday or is_english_word(w))))

        for hi in range(n, 0, -1):
            terms = analyse(folded[hi - 1]).terms if folded[hi - 1] else ()
            if not terms or not all(t.role == "legal" for t in terms):
                continue
            for lo in range(label, hi - 1):
                outside = [*range(lo), *range(hi, n)]
                if (len(outside) < 2 or bool(label) + sum(folded[k] in everyday for k in outside) < 2
                        or not all(is_chatter[k] or (k not in (lo - 1, hi) and apart(k))
                                   or (k == lo - 1 and folded[k] in parties)
                                   or (k == hi and not any(c.isalnum() for c in folded[k])) for k in outside)):
                    continue
                run = " ".join(chunks[lo:hi]).strip(_EDGE_PUNCT)
                a = analyse(run)
                q_legal = legal_forms(a)
                if not q_legal or not a.key or not (a.key in self.by_key or a.key.replace(" ", "") in self.by_compact
                                                    or skeleton(a.key) in self.by_skeleton):
                    continue          # (a listed key first, which is cheap, before the evidence in full)
                found = [(i, ev) for i, ev in self.exactly(run, p) if has_legal_forms(q_legal, self.aliases[i].legal)]
                if found:
                    return found
        return []

    def _opened_question(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A question opened by its own mark ("hola, ¿Widget Works está en la lista?"): the name capitalised after it,
        when it is a listed name exactly (normalise.opened_question_name)."""
        name = opened_question_name(text)
        return self.exactly(name, p) if name else []

    def _labelled(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A request labelled before a colon in any language ("Kunde: Widget Works GmbH – bitte prüfen"): the rest,
        when it is a listed name exactly (normalise.labelled_name)."""
        name = labelled_name(text)
        return self.exactly(name, p) if name else []

    def _capitalised_in_request(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name typed capitalised in a request typed in lower case ("our forwarder wants to use Widget Seaways
        Shipping - any hits?"): the one listed name exactly among the text's capitalised runs, or, when none is, a run
        of one word and the legal form the entity is listed with ("... y cwmni Widgetco S.R.L. yn ..."), unless
        another run says a place elsewhere ("is Widget Holdings (Panama) on the list?" of a firm of Belize): a run
        whose places are none of the entity's countries (lk117: each run alone, so that a town of several countries,
        "Barcelona", is the entity's when one of them is; the text's opening word only as a place the places
        vocabulary reads)."""
        runs = capitalised_runs(text)
        names = capitalised_names(text, runs)
        found = [f for name in names for f in self.exactly(name, p)]
        if not found:
            # one word and the legal form the entity is listed with ("... y cwmni Widgetco S.R.L. yn ..."): the legal
            # form says where the name ends and that it is a company's, as two words would
            for name in runs:
                a = analyse(name)
                q_legal = legal_forms(a)
                before = text[:max(text.find(name), 0)].split()[-1:]
                if (name in names or not q_legal or a.terms[-1].role != "legal"
                        or sum(1 for t in a.kept if t.role not in ("stop", "legal")) != 1
                        or any(t.role == "generic" for w in before for t in analyse(w).terms)):
                    continue          # a company word in lower case before it may be the name's ("bank Widget Ltda.")
                found += [(i, ev) for i, ev in self.exactly(name, p) if has_legal_forms(q_legal, self.aliases[i].legal)]
        ids = {self.aliases[i].entity_id for i, _ in found}
        if len(ids) != 1:
            return self._upper_case_in_request(text, p)
        first = text.split()[0].strip(_EDGE_PUNCT + "-–—¿¡") if text.split() else ""
        others = [r for r in runs if r not in names
                  and not any(self.aliases[i].entity_id in ids for i, _ in self.exactly(r, p))]
        return self._upper_case_in_request(text, p) if self._place_elsewhere(others, *ids, first) else found

    def _place_elsewhere(self, runs: list[str], entity: str, first: str = "") -> bool:
        """A run of a request's capitalised words says a place none of whose countries is the entity's: the name
        typed in it is another firm's, of that place ("is Widget Holdings (Panama) on the list?" of a firm of Belize).
        Each run alone: a town many countries share ("Barcelona") says no place elsewhere when one of them is the
        entity's (lk117); the text's opening word `first`, capitalised as a sentence opens, only as a place the
        places vocabulary reads, not as a town's name alone ("Ba", "Kas", "Hoi")."""
        home = self.entity_countries(entity)
        for r in runs:
            said = where_words(r) if r == first else address_countries(r)
            if said and not said & home:
                return True
        return False

    def _upper_case_in_request(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name typed all in capitals in a request typed otherwise (`normalise.upper_case_runs`: "An bhfuil an
        comhlacht WIDGET TRADING GMBH as Hamburg ar an liosta?"): the one listed name exactly among those runs, two
        words at least besides stopwords and legal forms, unless the rest of the text, its capitalised runs, says a
        place elsewhere. No word of the request's language is read: its case says where the name is."""
        found = []
        others: list[str] = []      # the capitalised runs of the text besides each name found
        for name, rest in upper_case_runs(text):
            if not any(t.role not in ("stop", "legal") for t in analyse(name).kept):
                continue
            here = self.exactly(name, p)
            if here:
                found += here
                caps: list[str] = []
                for w in [*rest.split(), ","]:
                    if w[:1].isupper():
                        caps.append(w)
                    if not w[:1].isupper() or w[-1:] in ",?!:;)]}":
                        if caps:
                            others.append(" ".join(caps).strip(_EDGE_PUNCT))
                        caps = []
        ids = {self.aliases[i].entity_id for i, _ in found}
        return found if len(ids) == 1 and not self._place_elsewhere(others, *ids) else []

    def _initials_written_out(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name typed with initials, in capitals among words that are not, for some words of the listed name ("Widget
        ME Co." for WIDGET MIDDLE EAST CO., "Widget IT Development" for WIDGET INFORMATION TECHNOLOGY DEVELOPMENT,
        "Widget TC Organization" for WIDGET TRANSNATIONAL CRIMINAL ORGANIZATION): each letter the first of the next word of the
        listed name, is the name with those words, when that is a listed name exactly. The aliases looked at are those
        with every other word of the text (three letters or more, no legal form or stopword); one set of initials
        only, and a text all in capitals says nothing of which word is initials."""
        chunks = text.split()
        if len(chunks) < 2 or text.upper() == text:
            return []
        words = [c.strip(_EDGE_PUNCT) for c in chunks]
        at = [k for k, w in enumerate(words) if _TYPED_INITIALS_RE.fullmatch(w)]
        if len(at) != 1:
            return []
        k = at[0]
        initials = words[k].casefold()
        others = {w.casefold() for n, w in enumerate(words)
                  if n != k and len(w) >= 3 and w.isalpha()
                  and not minor_word(w)}
        pool = self._aliases_with_every(others)
        written: set[str] = set()
        for i in sorted(pool):
            listed = re.findall(r"[^\W_]+", self.aliases[i].text.casefold())
            if not others <= set(listed):
                continue
            for j in range(len(listed)):
                end = _spelt_by(initials, listed, j)
                if end:
                    written.add(" ".join([*chunks[:k], " ".join(listed[j:end]), *chunks[k + 1:]]))
            if len(written) > INITIALS_MAX_READINGS:
                return []
        return self._exactly_any(written, p)

    def _exactly_any(self, readings: set[str], p: Params) -> list[tuple[int, Evidence]]:
        """The aliases any of the readings written out of a typed text is exactly (`exactly`), in a fixed order."""
        return [found for reading in sorted(readings) for found in self.exactly(reading, p)]

    def _aliases_with_every(self, words: set[str]) -> set[int]:
        """Candidates for a name holding every one of `words`: the aliases holding the rarest of them (none when
        `words` is empty or a word is in no alias), the first in alphabetical order among words as rare: a set of
        words iterates in an order that changes from run to run, and so did the pool, and which readings a caller
        cut to `INITIALS_MAX_READINGS` kept. (Not the aliases holding each word: a legal form's words, "Federal
        State Unitary Enterprise", are no tokens of the alias that has them.)"""
        pools = [set().union(*(self.postings.get(t, ()) for t in self.word_to_tok.get(w, ()))) for w in sorted(words)]
        return min(pools, key=len) if pools and all(pools) else set()

    def _aliases_cut_short(self, dotted: list[str]) -> set[int]:
        """Candidates for a name every word of which the text abbreviates: the aliases holding a word beginning with
        the longest of the words cut short (four letters at least, at most `TRUNCATED_MAX` registry words begin with
        it)."""
        word = max(dotted, key=len, default="")
        if len(word) < 4:
            return set()
        beginning = self.words_beginning(word, TRUNCATED_MAX + 1)
        if len(beginning) > TRUNCATED_MAX:
            return set()
        return set().union(*(self.postings.get(t, ()) for w in beginning for t in self.word_to_tok[w]))

    def _abbreviations_written_out(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name typed with words abbreviated ("Widget Maritime Trg Inst." for WIDGET MARITIME TRAINING INSTITUTE,
        "Soc. Constructora y Admin. del Widget Ltda.", "Widget Fin. & Acctg Svcs Co."): a word closed by a dot (a
        comma may follow it, 'Hosp.,') stands for the listed word in its place it abbreviates as `dotted_short_form`
        reads a dotted word (cut short, 'Econ.' for "Economic", or contracted, 'Assn.' for "Association", 'Ctr.' for
        "Center"), and a word contracted with no dot (as `contracted_from` reads a company word: its first and last
        letters, others of it in order between, its vowels dropped, no dictionary word) for the listed word in its
        place it contracts, when the name written out is a listed name exactly. Those words are read so only as words
        of one listed name, all its other words the text's ("&" its "and", a legal form another legal form, accents
        no letters of their own in Latin script, 'Médica' for "Medica"): the listed name has as many words as the
        text, and the aliases looked at are those with every other word of the text of three letters or more (no
        legal form or stopword), or, when every word is cut short or a stopword ("Ctr. for Innov. & Tech. Coop."),
        those `_aliases_cut_short` finds."""
        chunks = text.split()
        # in a text in Latin script, accents are no letters of their own ('Médica' for MEDICA), in its words and the
        # listed ones; another script's words are compared as typed (not transliterated into contractions)
        plain = ascii_word if text.isascii() or not text_scripts(text) - {"Latin"} else str.casefold
        words = [plain(c.strip(_EDGE_PUNCT)) for c in chunks]
        if len(chunks) < 2 or not all(words):
            return []
        # a word cut short may close with its dot and a comma ('Hosp.,')
        dotted = [c.rstrip(",").endswith(".") and len(w) >= 2 and w.isalpha() for c, w in zip(chunks, words)]
        may = [not d and may_contract(w) for w, d in zip(words, dotted)]
        cut = [d or m for d, m in zip(dotted, may)]
        if not any(cut):
            return []
        others = {w for w, c in zip(words, cut) if not c and len(w) >= 3 and w.isalpha()
                  and not minor_word(w)}
        pool = self._aliases_with_every(others) if others else self._aliases_cut_short(
            [w for w, d in zip(words, dotted) if d])
        written: set[str] = set()
        for i in sorted(pool):
            listed = [plain(c.strip(_EDGE_PUNCT)) for c in self.aliases[i].text.split()]
            if len(listed) != len(words):
                continue
            spelt = [(d and dotted_short_form(w, l)) or (m and contracts_word(w, l))
                     for w, l, d, m in zip(words, listed, dotted, may)]
            if any(spelt) and all(s_ or w == l or (w == "&" and l == "and") or (legal_word(w) and legal_word(l))
                                  for w, l, s_ in zip(words, listed, spelt)):
                written.add(" ".join(l if s_ else chunk for chunk, l, s_ in zip(chunks, listed, spelt)))
        out: list[tuple[int, Evidence]] = []
        for reading in sorted(written)[:INITIALS_MAX_READINGS]:
            out += self.exactly(reading, p)
        return out

    def _legal_form_written_out(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name typed with its legal form written out in full where the listed name writes its initials ("Widget
        Société Anonyme Libanaise Offshore" for WIDGET S.A.L. OFFSHORE, "Widget Shipping Free Zone Company" for
        ... FZC, "Widget (Namibia) Close Corporation" for ... CC): people write out what the register abbreviates,
        and rigour knows the words of a legal form ("Société Anonyme", "Company", "Corporation") but not every set of
        initials made of them. One listed word is the words of the text in a row whose first letters are its
        letters, two words at least and no stopword among them, when rigour reads a legal form among those words;
        every other word of the listed name is the text's, in its place, and the name read so is a listed name
        exactly. The aliases looked at are those holding the text's first word that says which company (three
        letters or more, no legal form or stopword)."""
        chunks = text.split()
        if len(chunks) < 3 or not _reads_legal_form(text):
            return []
        keys = [letters_key(c) for c in chunks]
        anchor = next((w for c in chunks for w in [ascii_text(c.strip(_EDGE_PUNCT)).casefold()]
                       if len(w) >= 3 and w.isalpha() and not minor_word(w)), None)
        if anchor is None:
            return []
        stops = [stop_word(c.strip(_EDGE_PUNCT)) for c in chunks]
        written: set[str] = set()
        for i in sorted(self._aliases_with_every({anchor})):
            listed = self.aliases[i].text.split()
            if len(listed) >= len(chunks):
                continue
            reading = _legal_initials_reading(listed, chunks, keys, stops)
            if reading:
                written.add(reading)
            if len(written) > INITIALS_MAX_READINGS:
                return []
        return self._exactly_any(written, p)

    def _office_on_premises(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A firm's name typed whole with its legal form, then a comma or a dash, then the building, street or quarter
        its office is in and the office closing the text ("Widget Trading LLC, Harbour Business Tower office",
        "Widget Holding Limited - Kings Road West office"; `office_on_premises`): the name, when the aliases it is
        exactly are one company's, their legal form the text's. `offices_after_name` reads only a town before the
        office; a building or a street is words of any kind ("Business", "Tower", "Road" are dictionary words, as
        a name's are), so what tells them from more of the name is the legal form, which closes a firm's name, and
        the comma or dash after it."""
        firm = office_on_premises(text)
        if not firm:
            return []
        q_legal = legal_forms(analyse(firm))
        return self._one_firm([(i, ev) for i, ev in self.exactly(firm, p)
                               if has_legal_forms(q_legal, self.aliases[i].legal)])

    def _longer_legal_form(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name typed with dotted initials closing it that begin with a legal form rigour knows and go on with
        letters of their own ("Widget Tours S.A.C.I.", "Widget 1 S.A.E.C.A.", "Widget, S.A.B. de C.V.";
        `before_longer_legal_initials`), a legal form rigour does not know, which rigour reads as a word of the name:
        the name before them, found exactly among the listed names that have a legal form of their own, is that
        company's with another legal form (a name listed with no legal form is left: the initials may be its own
        letters; two companies of those words are held down as any name of two entities is)."""
        head = before_longer_legal_initials(text) if "." in text else None
        return self._with_another_legal_form(head, p) if head else []

    def _with_another_legal_form(self, head: str, p: Params, kinds_left: tuple[str, ...] = (),
                                 listed_without: bool = False) -> list[tuple[int, Evidence]]:
        """The listed names that have a legal form of their own found exactly as `head`, each as that company with
        another legal form (rule other-legal-form); with `listed_without`, the names listed with none too (a legal
        form typed after a name changes nothing of it); entities of `kinds_left` left out."""
        return [(i, replace(ev, rule="other-legal-form", legal_forms=self.aliases[i].legal_text,
                            legal_unnamed=bool(self.aliases[i].legal)))
                for i, ev in self.exactly(head, p)
                if (self.aliases[i].legal or listed_without)
                and self.entity_kind(self.aliases[i].entity_id) not in kinds_left]

    def _unread_legal_form(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name typed with a last word shaped as a legal form is written, a short abbreviation in capitals that no
        vocabulary reads (`before_unread_legal_form`: "Widget Trading NUF", "Widget Trading SELARL"; a country's legal
        form the lists and rigour do not know), standing where a legal form stands, after the whole name: the name
        before it, found exactly among the listed names that have a legal form of their own, is that company's with
        another legal form. The word must be no listed name's word, no English word and no place (a word of a name is
        not dropped); a name listed with no legal form is left (the word may be its own), as is a person, vessel or
        aircraft."""
        read = before_unread_legal_form(text)
        if not read:
            return []
        head, word = read
        if word in self.word_to_tok or is_english_word(word) or place_codes(word) or translated_word(word):
            return []
        return self._with_another_legal_form(head, p, NO_LEGAL_FORM)

    def _unread_initials(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name typed whole with dotted initials closing it that are shaped as a legal form is written and that no
        vocabulary reads (`before_unread_initials`: "Widget Trading S.G.P.S.", "Widget K.K.", "Widget e.U."; a
        country's legal form the lists and rigour do not know), read as a legal form, as lk103 reads an abbreviation
        in capitals (`_unread_legal_form`): the name before them, found exactly among the listed names, is that
        company's with another legal form (rule other-legal-form, as "Widget S.A." is WIDGET LTD), or, when it is
        listed with none, as a name typed with a legal form its listing lacks is (rule other-legal-form: a legal form
        typed after a name changes nothing of the name). Persons, vessels and aircraft, which have no legal form, are
        left (the initials may be a person's); two companies of those words are held down as any name of two entities
        is."""
        read = before_unread_initials(text) if "." in text else None
        if not read:
            return []
        head, word = read
        if place_codes(word) or translated_word(word):
            return []
        return self._with_another_legal_form(head, p, NO_LEGAL_FORM, listed_without=True)

    def _request_then_place(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name inside a request, typed with where the company is, in brackets or closing the text ("is Widget
        Holdings (BVI) on the list?", "wire to Widget S.A. - Buenos Aires", "pls screen widget farm (zimbabwe)"):
        the place is no word of the request's chatter nor of the name, so the request without it is read as a
        request is (`asked_name`, `_name_in_chatter`: the name exactly, the words around it chatter), and the name
        found is kept when the places are in the entity's country, as `_name_then_place` keeps a name typed alone
        with its place (a place elsewhere is a branch or another company)."""
        out = []
        for head, tail in [*name_then_place(text), *bracketed_places(text)]:
            where = address_countries(tail)
            if not where:
                continue
            asked = asked_name(head)
            found = self.exactly(asked, p) if asked else []
            found = found or self._name_in_chatter(head, p)
            out += [(i, ev) for i, ev in found if where <= self.entity_countries(self.aliases[i].entity_id)]
        # a place after "in" inside the request, closed by a comma or a dash (normalise.place_in_request): the words
        # before "in" are the name, or a request naming it, read as a request is (asked about, among chatter or
        # capitalised: "client says the remitter is Widget Bank in Damascus, is that sanctioned??")
        for head, tail in place_in_request(text):
            where = address_countries(tail)
            if not where:
                continue
            asked = asked_name(head)
            found = (self.exactly(head, p) or (self.exactly(asked, p) if asked else [])
                     or self._name_in_chatter(head, p) or self._capitalised_in_request(head, p))
            out += [(i, ev) for i, ev in found if where <= self.entity_countries(self.aliases[i].entity_id)]
        return out

    def _name_then_place(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A name typed whole, then where the company is ("Widget Farm, Nyanga, Zimbabwe", "Widget Enterprises
        (Zimbabwe)", "Widget Telephone Co in Mogadishu", normalise.name_then_place): the name, when an alias is it
        exactly and the places are in the entity's country (a place elsewhere is a branch or another company)."""
        out = []
        for head, tail in name_then_place(text):
            where = address_countries(tail)
            if not where:
                continue
            out += [(i, ev) for i, ev in self.exactly(head, p)
                    if where <= self.entity_countries(self.aliases[i].entity_id)]
        return out

    def _named_part(self, text: str, p: Params) -> list[tuple[int, Evidence]]:
        """A unit or subsidiary typed with its parent ("Parent Holding - Widget Works", "Parent Cyprus subsidiary
        Widget Shipping Company", "Widget Works, a branch of Parent"): the unit, with the places the parent's words
        say (normalise.named_part), when an alias is it exactly."""
        out = []
        for part in {named_part(text), unit_before_parent(text)} - {None}:
            out += self.exactly(part, p)
        # two listed names joined by "of": the first is the unit, of the second ("Widget Works of Parent Holding
        # Company", each a listed name exactly)
        for head, tail in of_parts(text):
            parents = {self.aliases[i].entity_id for i, _ in self.exactly(tail, p)}
            if parents:
                out += [(i, ev) for i, ev in self.exactly(head, p) if self.aliases[i].entity_id not in parents]
        # a town's office, site or subsidiary of a firm, the firm named after "of" ("Lima sales office of Widget
        # Works", "Dubai subsidiary of Widget Trading LLC"): the firm, when an alias of a company is the name exactly
        # (the office says only where the firm is, as "Widget Works Lima office" does: `_branch_of`)
        # (one firm: a name two entities share, "Widget Trading Co." of WIDGET TRADING CO. LTD and of WIDGET TRADING
        # CO. SARL, is left to the words' evidence, which weighs the town against where each is)
        firm = office_before_name(text)
        if firm:
            out += self._one_firm(self.exactly(firm, p))
        # the same office after the firm's name, a town then the office closing the text ("Widget Works, Dandong
        # representative office", "Widget Agro de Costa Rica San Jose warehouse"), read from the text: a town that is
        # also a word of the name is then no word of it found twice (`_branch_of` aligns the words one by one)
        for firm in offices_after_name(text, lambda word: word not in self.word_to_tok):
            found = self._one_firm(self.exactly(firm, p))
            if found:
                out += found
                return out
        # the same office, then where the firm is after it ("Widget Bank, Palm Street branch, Lima", "Widget Bank -
        # Palm branch (Lima)"; normalise.name_then_place): the firm, when the places are in its country, as
        # `_name_then_place` keeps a name typed alone (a place elsewhere is another office or another company)
        for head, tail in name_then_place(text):
            where = address_countries(tail)
            if not where:
                continue
            for firm in offices_after_name(head, lambda word: word not in self.word_to_tok, offices_only=True):
                found = [(i, ev) for i, ev in self._one_firm(self.exactly(firm, p))
                         if where <= self.entity_countries(self.aliases[i].entity_id)]
                if found:
                    return out + found
        return out

    def _one_firm(self, found: list[tuple[int, Evidence]]) -> list[tuple[int, Evidence]]:
        """The evidence, when its aliases are all one entity's, a company's (no person, ship or aircraft); else none."""
        ids = {self.aliases[i].entity_id for i, _ in found}
        if len(ids) != 1 or self.entity_kind(next(iter(ids))) in NO_LEGAL_FORM:
            return []
        return found


_TYPED_INITIALS_RE = re.compile(r"[A-Z]{2,4}")   # "ME", "IT", "TCO": capitals among words that are not
INITIALS_MAX_READINGS = 20     # initials that many listed names spell out say no one name


def _spelt_by(initials: str, words: list[str], j: int) -> int | None:
    """The end of the run of `words` from `j` whose first letters are `initials`, one a word; None when they are
    not."""
    end = j + len(initials)
    if end > len(words) or any(not w.startswith(c) for c, w in zip(initials, words[j:end])):
        return None
    return end


def _reads_legal_form(text: str) -> bool:
    """rigour reads a legal form among the text's words ("Société Anonyme Libanaise", "Close Corporation")."""
    return any(t.role == "legal" for t in analyse(text).terms)


def _legal_initials_reading(listed: list[str], chunks: list[str], keys: list[str], stops: list[bool]) -> str | None:
    """The text with the one run of its words that spells a listed word of initials written as that word, when every
    other listed word is the text's word in its place and the run holds a legal form (`Index._legal_form_written_out`);
    None otherwise. The run is words in a row with no stopword among them; a legal form written across stopwords
    ("Sociedad de Producción Rural" for S.P.R., "Sociedad de Responsabilidad Limitada" for S. DE R.L.) is read after
    (`_legal_initials_across_stopwords`). Initials that take a stopword's letter ("MoD") were tried and are not read."""
    lkeys = [letters_key(w) for w in listed]
    for i, want in enumerate(lkeys):
        end = len(chunks) - (len(listed) - i - 1)        # the words after the run are the listed words after it
        run = range(i, end)
        if not (2 <= len(want) == len(run) <= ACRONYM_MAX_LEN and want.isalpha()):
            continue
        if (lkeys[:i] != keys[:i] or lkeys[i + 1:] != keys[end:] or any(stops[k] or not keys[k] for k in run)
                or "".join(keys[k][0] for k in run) != want):
            continue
        if _reads_legal_form(" ".join(chunks[i:end])):
            return " ".join([*chunks[:i], listed[i], *chunks[end:]])
    return _legal_initials_across_stopwords(listed, lkeys, chunks, keys, stops)


def _legal_initials_across_stopwords(listed: list[str], lkeys: list[str], chunks: list[str], keys: list[str],
                                     stops: list[bool]) -> str | None:
    """The text with a written-out legal form that spans stopwords read as the listed run of initials it stands for
    (`_legal_initials_reading`, tried when no one listed word is spelt by a run without stopwords): Spanish writes
    its legal forms with "de" between their words ("Sociedad de Responsabilidad Limitada"), and the lists abbreviate
    them in more than one way, keeping a stopword as a word ("S. DE R.L.", "S. DE P.R. DE R.L.") or leaving it out
    of the initials ("S.P.R. DE R.L." for "Sociedad de Producción Rural de Responsabilidad Limitada"), so the letters
    are compared with the stopwords aside on both sides. The listed words before and after the run are the text's
    in their place; the run of the text holds a legal form rigour reads and two written-out words at least (a
    word with a dot is initials as typed, "R.L.", and gives all its letters); each listed word of the run, but its
    stopwords, is initials (letters only, `ACRONYM_MAX_LEN` at most)."""
    n = min(len(listed), len(chunks))
    a = 0
    while a < n and lkeys[a] == keys[a]:
        a += 1
    b = 0
    while a + b < n and lkeys[len(lkeys) - 1 - b] == keys[len(keys) - 1 - b]:
        b += 1
    l_run, t_run = range(a, len(listed) - b), range(a, len(chunks) - b)
    if not l_run or len(t_run) < 2:
        return None
    want = []
    for k in l_run:
        if stop_word(listed[k]):
            continue
        if not (lkeys[k].isalpha() and len(lkeys[k]) <= ACRONYM_MAX_LEN):
            return None
        want.append(lkeys[k])
    got, written = [], 0
    for k in t_run:
        if stops[k]:
            continue
        if not keys[k]:
            return None
        dotted = "." in chunks[k]
        written += not dotted and len(keys[k]) >= 2
        got.append(keys[k] if dotted else keys[k][0])
    if (written < 2 or "".join(got) != "".join(want) or len("".join(want)) < 2
            or not _reads_legal_form(" ".join(chunks[k] for k in t_run))):
        return None
    return " ".join([*chunks[:a], *listed[a:len(listed) - b], *chunks[len(chunks) - b:]])


# where in its town an office is, in brackets closing the text (`Index._where_in_town`): a street or a district, a word
# or a few ("Azadi St", "Ulansky per.", "Al Masbah")
WHERE_MAX_WORDS = 3
_CLOSING_BRACKETS_RE = re.compile(r"^(.*\S)\s*\(([^()]+)\)\s*$", re.S)
