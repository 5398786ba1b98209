"""Source of ../qa.jsonl. Rows: (question, sources, must_mention groups, notes)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

R1 = "t-raiffeisen-strabag-deal-announced-dec-2023.md"; R2 = "t-us-treasury-concerns-strabag-deal-mar-2024.txt"
R3 = "t-raiffeisen-drops-strabag-deal-may-2024.html"; R4 = "t-ofac-rasperia-iliadis-action-summary-may-2024.html"
R5 = "t-kaliningrad-court-orders-rasperia-payout-jan-2025.txt"; R6 = "t-eu-19th-package-rasperia-clause-dropped-oct-2025.md"
R7 = "t-raiffeisen-strabag-investor-forum-thread.html"; R8 = "t-strabag-wins-rail-tunnel-contract.md"
C1 = "t-state-dept-cartes-significantly-corrupt-jul-2022.txt"; C2 = "t-treasury-sanctions-cartes-velazquez-jan-2023.md"
C3 = "t-tabesa-added-to-sdn-list-mar-2023.html"; C4 = "t-cartes-sanctions-compliance-blog-may-2024.html"
C5 = "t-treasury-redesignates-tabesa-aug-2024.md"; C6 = "t-cartes-tabesa-sanctions-faq-aug-2024.html"
C7 = "t-colorado-party-wins-paraguay-election-may-2023.txt"
S0 = "t-jeddah-declaration-signed-may-2023.txt"; S1 = "t-us-sanctions-sudan-defense-companies-jun-2023.md"
S2 = "t-rsf-deputy-abdelrahim-dagalo-sanctioned-sep-2023.txt"; S3 = "t-eu-sanctions-six-sudan-firms-jan-2024.html"
S4 = "t-state-dept-hemedti-genocide-sanctions-jan-2025.html"; S5 = "t-us-sanctions-sudan-army-chief-burhan-jan-2025.txt"
S6 = "t-sudan-sanctions-business-faq-jan-2025.md"; S7 = "t-sudan-gold-traders-forum-thread.txt"
P1 = "t-polymetal-russian-unit-sanctioned-may-2023.md"; P2 = "t-polymetal-executives-resign-jun-2023.txt"
P3 = "t-polymetal-moves-to-astana-aug-2023.html"; P4 = "t-polymetal-to-sell-russian-business-feb-2024.txt"
P5 = "t-polymetal-shareholders-approve-sale-mar-2024.md"; P6 = "t-polymetal-investor-faq-apr-2024.html"
P7 = "t-polymetal-kazakhstan-production-update.md"
DISTRACTOR_FILES = {R8, C7, S0, P7}

ANSWERABLE = [
 ("how much was raiffeisen going to pay for the strabag stake?", [R1], [["1.51 billion"]], ""),
 ("what percent of strabag was rbi buying in the dec 2023 deal", [R1, R3], [["27.78"]], ""),
 ("who was selling the strabag shares to raiffeisen", [R1], [["Rasperia"]], ""),
 ("which part of raiffeisen was actually going to buy the strabag shares", [R1], [["AO Raiffeisenbank", "Russian unit"]], ""),
 ("why did rbi even want the strabag deal?", [R1, R3], [["profits out of Russia", "trapped", "stranded"]], "move value out of Russia"),
 ("when was the strabag deal supposed to close originally", [R1, R2], [["end of March"]], ""),
 ("since when is deripaska on the us sanctions list", [R1, R4], [["April 2018"]], ""),
 ("who bought rasperia from deripaska's side?", [R1, R2, R4], [["Iliadis"]], ""),
 ("when was iliadis registered as a company", [R2], [["July 12, 2023"]], ""),
 ("when did reuters report treasury had concerns about the raiffeisen strabag deal", [R2], [["March 20"]], ""),
 ("did raiffeisen have to scrap a bond sale because of the US objections?", [R2], [["bond sale"]], ""),
 ("when did raiffeisen abandon the strabag deal", [R3, R7], [["May 8"]], ""),
 ("why did rbi walk away from the strabag purchase", [R3], [["abundance of caution", "required comfort"]], ""),
 ("how much did rbi stock drop when it dropped the deal", [R3], [["2 percent"]], ""),
 ("who's the ceo of raiffeisen bank international", [R3, R5, R6], [["Strobl"]], ""),
 ("when did ofac sanction rasperia", [R4], [["May 14, 2024"]], ""),
 ("who did ofac designate in the rasperia action? names pls", [R4], [["Beloglazov"], ["Titul"]], ""),
 ("under which executive order were beloglazov titul and iliadis designated", [R4], [["14024"]], ""),
 ("why was rasperia itself designated by treasury", [R4], [["owned or controlled"]], ""),
 ("how much of deripaska's money could the scheme have unfrozen", [R4], [["1.5 billion"]], ""),
 ("was raiffeisen itself sanctioned by ofac over strabag?", [R4, R3], [["not designated", "nobody designated"]], ""),
 ("when did deripaska coordinate the planned sale with beloglazov", [R4], [["June 2023"]], ""),
 ("how much did the kaliningrad court order raiffeisen's russian unit to pay rasperia", [R5, R6], [["2.044"]], ""),
 ("what date was the kaliningrad ruling against raiffeisen", [R5], [["January 20, 2025"]], ""),
 ("how much did rasperia originally claim in damages", [R5], [["1.9 billion"]], ""),
 ("does the russian court ruling apply in austria?", [R5, R6], [["no binding effect", "no effect in Austria"]], ""),
 ("which court heard the appeal in the rasperia case", [R5, R6], [["13th Arbitration Court of Appeal"]], ""),
 ("what did austria want added to the eu 19th sanctions package", [R6], [["unfrozen", "releasing"]], ""),
 ("how many strabag shares does rasperia hold", [R6], [["28.5 million"]], ""),
 ("what did strobl say about the 2.1bn", [R6], [["already in Russia"]], ""),
 ("why did other eu countries object to the raiffeisen clause", [R6], [["precedent"]], ""),
 ("when was cartes named significantly corrupt by the state dept", [C1, C6], [["July 2022", "July 23, 2022"]], ""),
 ("which section of law did they use for the cartes visa ban", [C1, C6], [["7031(c)"]], ""),
 ("which of cartes kids got covered by the visa ban", [C1], [["Juan Pablo", "Sofia", "Maria Sol"]], ""),
 ("did the 2022 significantly corrupt designation freeze cartes's assets", [C1], [["does not freeze", "visa measure"]], ""),
 ("who was the us ambassador in paraguay talking about cartes", [C1, C2], [["Ostfield"]], ""),
 ("when did treasury sanction horacio cartes", [C2, C5, C6], [["January 26, 2023"]], ""),
 ("which paraguayan vp got sanctioned with cartes", [C2, C6], [["Velazquez"]], ""),
 ("what program were the cartes sanctions under", [C2, C6], [["13818", "Global Magnitsky"]], ""),
 ("which cartes companies were sanctioned in jan 2023", [C2, C6], [["Tabacos USA"], ["Frigorifico Chajha"]], ""),
 ("what kind of company is frigorifico chajha", [C2], [["meatpacker"]], ""),
 ("what was cartes accused of doing with legislators", [C2], [["cash"]], ""),
 ("how much did cartes promise for the 2017 constitutional amendment", [C2], [["$1 million"]], ""),
 ("which terrorist group did treasury link cartes and velazquez to", [C2], [["Hezbollah"]], ""),
 ("until when could companies wind down deals with the cartes firms", [C2, C6], [["March 27, 2023"]], ""),
 ("what does general license 5 in the cartes case cover", [C2, C6], [["Frigorifico Chajha"]], ""),
 ("when was tabesa added to the sdn list", [C3, C4, C6], [["March 31, 2023"]], ""),
 ("why was tabesa put on the sdn list in march 2023", [C3, C4], [["50 percent"]], ""),
 ("what does general license 7 allow for tabesa", [C3, C5, C6], [["Master Settlement Agreement"]], ""),
 ("date of the tobacco master settlement agreement?", [C3], [["November 23, 1998"]], ""),
 ("who is the paraguayan attorney general that opened an inquiry into cartes", [C3], [["Rolon"]], ""),
 ("where is tabesa based", [C3], [["Hernandarias"]], ""),
 ("when did treasury re-designate tabesa", [C5, C6], [["August 6, 2024"]], ""),
 ("why did tabesa get designated a second time", [C5, C6], [["millions of dollars"]], "payments to Cartes"),
 ("which state dept spokesman commented on the tabesa designation", [C5], [["Matthew Miller"]], ""),
 ("when was cartes president of paraguay", [C1, C5], [["2013 to 2018"]], ""),
 ("is the paraguayan government itself sanctioned over cartes", [C6], [["not sanctioned"]], ""),
 ("which party does cartes lead", [C1, C2, C5], [["Colorado Party"]], ""),
 ("when were the first us sanctions of the sudan war", [S1], [["June 1, 2023"]], ""),
 ("which executive order is used for the sudan sanctions", [S1, S5, S6], [["14098"]], ""),
 ("when was EO 14098 signed", [S1, S6], [["May 4, 2023"]], ""),
 ("what is defense industries system", [S1], [["largest defence enterprise"]], ""),
 ("which rsf companies did the us sanction in june 2023", [S1, S2, S6], [["Al Junaid"], ["Tradive"]], ""),
 ("where is tradive general trading based", [S1], [["United Arab Emirates"]], ""),
 ("what does al junaid do", [S1, S6], [["gold mines"]], ""),
 ("when did sudan general license 4 expire", [S1, S6], [["July 31, 2023"]], ""),
 ("which official said the us would hold the belligerents accountable for 'unconscionable violence'", [S1], [["Sullivan"]], ""),
 ("who is abdelrahim dagalo", [S2, S4], [["deputy commander"]], ""),
 ("when was abdelrahim dagalo sanctioned", [S2], [["September 6, 2023"]], ""),
 ("why did the us sanction abdelrahim dagalo", [S2], [["human rights abuses", "sexual violence"]], ""),
 ("who got a visa restriction at the same time as abdelrahim", [S2], [["Abdul Rahman Juma"]], ""),
 ("which west darfur governor was killed", [S2], [["Khamis Abakar"]], ""),
 ("when did the eu sanction the sudan companies", [S3, S6], [["January 22, 2024"]], ""),
 ("how many entities did the eu list for sudan", [S3, S6], [["six"]], ""),
 ("which eu-listed sudan firms were not in the first us package", [S3], [["Zadna"], ["GSK Advance"]], ""),
 ("did the eu sanction any individuals in its jan 2024 sudan listing", [S3], [["no individuals"]], ""),
 ("when did the us sanction hemedti", [S4, S6, S7], [["January 7, 2025", "Jan 7"]], ""),
 ("what did blinken determine about the rsf in jan 2025", [S4], [["genocide"]], ""),
 ("can hemedti travel to the us", [S4, S6], [["ineligible for entry", "entry ban"]], ""),
 ("which uae companies got sanctioned with hemedti", [S4], [["Capital Tap"], ["AZ Gold", "Creative Python", "Horizon Advanced Solutions", "Al Jil Al Qadem"]], ""),
 ("how many uae based companies were sanctioned on jan 7 2025", [S4], [["seven"]], ""),
 ("who is abu dharr", [S4], [["Capital Tap"]], ""),
 ("how many dagalo family members has the us sanctioned", [S4], [["third"]], ""),
 ("when was burhan sanctioned", [S5, S6, S7], [["January 16, 2025", "Jan 16"]], ""),
 ("does burhan have a us visa ban like hemedti", [S5, S6], [["did not include a visa ban", "no visa element"]], ""),
 ("who is ahmad abdalla", [S5], [["Sudanese-Ukrainian"]], ""),
 ("which hong kong company was sanctioned over sudan army weapons", [S5, S6, S7], [["Portex"]], ""),
 ("who was the treasury official quoted on the burhan sanctions", [S5], [["Adeyemo"]], ""),
 ("is sudan still under a full us trade embargo", [S6], [["2017"]], "lifted 2017; list-based now"),
 ("can ngos still work in sudan under the us sanctions", [S6], [["general licences"]], ""),
 ("when was polymetal's russian unit sanctioned", [P1, P6], [["May 19, 2023"]], ""),
 ("who designated jsc polymetal, treasury or state?", [P1, P2], [["State Department"]], ""),
 ("is polymetal international plc itself sanctioned", [P1, P6], [["not designated", "never designated"]], ""),
 ("how much did polymetal shares fall after the sanctions", [P1], [["40 percent", "8.4 percent"]], ""),
 ("what share of polymetal revenue came from russia in 2022", [P1], [["two-thirds"]], ""),
 ("which other russian gold miner was sanctioned the same day as polymetal", [P1], [["Polyus"]], ""),
 ("who resigned from jsc polymetal after the sanctions", [P2, P6], [["Nesis"], ["Nazimok"]], ""),
 ("when did polymetal leave london for astana", [P3, P6], [["August 2023", "August 8, 2023"]], ""),
 ("where does polymetal trade now", [P3, P6], [["Astana International Exchange"]], ""),
 ("why did polymetal move out of jersey", [P3], [["unfriendly"]], ""),
 ("who bought polymetal's russian business", [P4, P5, P6], [["Mangazeya"]], ""),
 ("how much did polymetal sell the russian business for", [P4, P6], [["3.69 billion"]], ""),
 ("how much net debt went with the polymetal russia sale", [P4, P6], [["2.21 billion"]], ""),
 ("how much cash did polymetal expect from the russia sale", [P4, P6], [["300 million"]], ""),
 ("what is polymetal using the sale money for", [P4], [["Irtysh"]], ""),
 ("when did polymetal shareholders vote on the russia sale", [P4, P5, P6], [["March 7"]], ""),
 ("who is behind mangazeya mining", [P4, P5], [["Yanchukov"]], ""),
 ("how much gold did polymetal's russian mines produce in 2023", [P4], [["1,228"]], ""),
 ("what stake does the omani fund hold in polymetal", [P5], [["23.9"]], ""),
 ("whats the name of polymetal's kazakh mines", [P3, P6], [["Kyzyl", "Varvara"]], ""),
]

TEMPORAL = [
 ("is raiffeisen still buying the strabag stake from rasperia?", [R3, R7], [["dropped", "abandon", "dead", "walked away"]], "Dec 2023 plan dropped May 8 2024"),
 ("is rasperia on a sanctions list or not", [R4, R6, R7], [["designated", "stays listed", "still sanctioned"]], "older pieces: not listed; OFAC May 14 2024, EU 2024"),
 ("is iliadis sanctioned", [R4, R6], [["designated", "EU list"]], "March 2024 article: not on a US list"),
 ("did raiffeisen win its appeal against the kaliningrad ruling", [R6, R7], [["upheld", "appeal lost"]], "Jan 2025: will appeal; Apr 2025 upheld"),
 ("did rbi actually pay rasperia the damages?", [R6, R7], [["paid"]], "Jan 2025: provision and appeal; Oct 2025: paid"),
 ("what percentage of strabag does rasperia own", [R5, R6], [["24 percent", "24.1 percent"]], "Dec 2023: 27.78%; later filings 24.1% / 24%"),
 ("did the eu unfreeze rasperia's strabag shares so rbi gets them?", [R6, R7], [["does not contain any exemption", "no carve-out", "dropped that demand"]], "proposal dropped Oct 2025"),
 ("is the kaliningrad judgment final", [R6, R7], [["final"]], "Jan 2025: not final pending appeal"),
 ("is austria still blocking the 19th package over raiffeisen", [R6, R7], [["will approve"]], ""),
 ("is cartes just under a visa ban or does he have financial sanctions too", [C6, C2], [["January 26, 2023", "January 2023"]], "July 2022: visa only"),
 ("are cartes's companies under us financial sanctions", [C2, C6], [["Frigorifico Chajha", "Tabacos USA"]], "July 2022: companies not subject to US financial sanctions"),
 ("is tabesa sanctioned?", [C5, C6], [["August 6, 2024", "remains blocked"]], "Jan 2023: not named; Mar 2023 listed; Aug 2024 re-designated"),
 ("did tabesa get delisted after cartes sold his shares", [C5, C6], [["remains blocked"]], "May 2024 blog expected delisting"),
 ("on what basis is tabesa listed now", [C5, C6], [["materially assist"]], "was 50% ownership, now material assistance"),
 ("does cartes still own tabesa", [C5, C6], [["no longer owns", "agreed to sell"]], "Mar 2023: 50% or more"),
 ("is hemedti sanctioned by the us", [S4, S6, S7], [["January 7, 2025", "Jan 7"]], "2023 articles: not targeted"),
 ("has the us sanctioned burhan", [S5, S6, S7], [["January 16, 2025", "Jan 16"]], "2023 and Jan 7 2025 articles: not designated"),
 ("how many dagalo brothers r sanctioned now", [S4], [["third"]], "Sept 2023: Abdelrahim the first"),
 ("are both sudanese generals on the sdn list now", [S5, S6, S7], [["both"]], ""),
 ("can we still use the sudan wind-down license 4 for al junaid", [S6], [["expired"]], "GL4 to July 31 2023"),
 ("does polymetal still own jsc polymetal", [P6], [["completed in March 2024"]], "Mar 8 2024: completion expected"),
 ("does polymetal have any operations in russia now", [P6], [["no operations in Russia"]], ""),
 ("is polymetal listed in london?", [P3, P6], [["ended its London listing", "left London"]], "May 2023: London-listed"),
 ("where is polymetal registered", [P3, P6], [["Astana"]], "was Jersey"),
 ("is vitaly nesis still running polymetal's russian unit", [P2, P6], [["resigned", "left their executive posts"]], ""),
 ("is jsc polymetal still sanctioned after the sale", [P6], [["remains on the US sanctions list"]], ""),
 ("how much of polymetal's revenue comes from russia these days", [P6], [["no operations in Russia"]], "2022: two-thirds"),
 ("is the polymetal russia sale done or still pending", [P6], [["completed in March 2024"]], ""),
 ("is the strabag deal still stuck in compliance checks", [R3, R7], [["dropped", "abandon", "walked away"]], "March 2024: compliance checks"),
 ("is raiffeisen russia gonna get rasperia's strabag shares", [R6, R7], [["could not be transferred", "got no shares"]], "Jan 2025 ruling: ownership to pass"),
]

DISTRACTOR = [
 ("saw rasperia named as a strabag core shareholder in the tunnel contract story - is rasperia sanctioned?", [R4, R6], [["designated", "stays listed"]], "R8 names Rasperia but says nothing on sanctions"),
 ("strabag shares trade on the vienna exchange - are the ones rasperia holds frozen", [R1, R3], [["frozen"]], ""),
 ("strabag tunnel boring germany news aside, did raiffeisen pay the kaliningrad damages?", [R6, R7], [["paid"]], ""),
 ("colorado party president cartes backed pena in the election - is cartes sanctioned by the us?", [C2, C5, C6], [["January 26, 2023"]], "C7 names Cartes, no sanctions"),
 ("pena used to work at cartes's bank, so is pena's government sanctioned", [C6], [["not sanctioned"]], ""),
 ("cartes business group tobacco beverages meat banking - which of his companies are on the sdn list", [C6], [["Tabacalera del Este"], ["Bebidas USA"]], ""),
 ("the colorado party won both houses in 2023; when did the state dept bar cartes from the us?", [C1, C6], [["July 2022", "July 23, 2022"]], ""),
 ("burhan and hemedti signed the jeddah declaration - were they sanctioned by the us?", [S6], [["January 7, 2025"], ["January 16, 2025"]], "S0 names both, no sanctions"),
 ("jeddah talks were brokered by the us and saudis; when did washington first sanction companies in the sudan war", [S1], [["June 1, 2023"]], ""),
 ("burhan and hemedti led the 2021 coup - what did blinken say the saf committed?", [S5], [["war crimes"]], ""),
 ("what executive order does the us use for sudan, the jeddah declaration one?", [S1, S5, S6], [["14098"]], ""),
 ("polymetal kyzyl output and irtysh are going well - but is polymetal on the sdn list?", [P6, P1], [["not on the US SDN list", "not designated", "never designated"]], "P7 says nothing about sanctions"),
 ("polymetal is listed on the astana exchange now - who owns its old russian mines", [P5, P6], [["Mangazeya"]], ""),
 ("polymetal net debt fell a lot - how much net debt went with the russian sale", [P4, P6], [["2.21 billion"]], ""),
 ("polymetal calls itself a pure kazakh growth story; when was its russian unit sanctioned", [P1, P6], [["May 19, 2023"]], ""),
]

UNANSWERABLE = [
 "how much did raiffeisen pay ofac to settle over the strabag deal?",
 "is raiffeisen bank on the uk sanctions list",
 "did ofac fine raiffeisen in 2025",
 "how many employees does raiffeisen have in russia",
 "did rasperia sue strabag in an austrian court",
 "has the uk sanctioned rasperia",
 "what was rbi's net profit for 2024",
 "when will raiffeisen sell its russian bank",
 "is deripaska on the uk sanctions list",
 "did strabag get any compensation from the eu",
 "has beloglazov been delisted by ofac",
 "how much did iliadis pay for rasperia",
 "did the us treasury fine strabag",
 "did cartes challenge the us sanctions in an american court",
 "who bought cartes's shares in tabesa",
 "how much exactly did tabesa pay cartes after the sale",
 "is cartes on the eu sanctions list",
 "did velazquez resign as vice president over the sanctions",
 "was cartes convicted in paraguay",
 "did the uk sanction horacio cartes",
 "did ofac approve tabesa's delisting petition in 2025",
 "how much of cartes's money is frozen in the us",
 "did ofac sanction cartes's bank",
 "how much revenue does capital tap holding make",
 "did the uk sanction hemedti personally",
 "how much money did the us freeze from hemedti",
 "did the eu sanction burhan in 2025",
 "is the rsf designated as a foreign terrorist organization",
 "when was algoney dagalo sanctioned",
 "has the us sanctioned the uae government over sudan",
 "did ofac sanction sudan's central bank",
 "how many tons of gold does al junaid produce a year",
 "was capital tap holding later removed from the sdn list",
 "is polyus on the eu sanctions list",
 "how much is vitaly nesis paid",
 "did the uk sanction mangazeya in 2025",
 "what was polymetal's full year 2024 gold production",
 "whats polymetal's ticker on the astana exchange",
 "did polymetal change its name after leaving russia",
 "when will the irtysh plant start production",
 "how much dividend did polymetal pay in 2024",
 "is jsc polymetal on the commerce entity list",
 "how much did mangazeya borrow to pay for polymetal russia",
 "what was polymetal's share price on its first day in astana",
 "has the eu lifted sanctions on al junaid",
]


def main():
    rows = []
    n = 0
    for kind, items in (("answerable", ANSWERABLE), ("temporal", TEMPORAL), ("distractor", DISTRACTOR)):
        for q, src, mm, notes in items:
            n += 1
            rows.append(dict(id=f"t-{n:03d}", question=q, kind=kind, expected_sources=src, must_mention=mm, notes=notes))
    for q in UNANSWERABLE:
        n += 1
        rows.append(dict(id=f"t-{n:03d}", question=q, kind="unanswerable", expected_sources=[], must_mention=[],
                         notes="near miss: the corpus does not say"))
    with open(os.path.join(HERE, "..", "qa.jsonl"), "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows;", len(ANSWERABLE), len(TEMPORAL), len(DISTRACTOR), len(UNANSWERABLE))


if __name__ == "__main__":
    main()
