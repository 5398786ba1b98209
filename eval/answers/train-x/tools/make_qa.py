import json, os
F = dict(
 S1="X-salameh-term-ends-jul-2023.txt", S2="X-us-uk-canada-sanction-salameh-aug-2023.md", S3="X-salameh-sanctions-faq.html",
 S4="X-salameh-arrested-beirut-sep-2024.txt", S5="X-salameh-released-bail-sep-2025.html", S6="X-salameh-what-next-blog-oct-2025.md",
 D1="X-luanda-leaks-dos-santos-jan-2020.md", D2="X-us-bars-isabel-dos-santos-dec-2021.txt", D3="X-dos-santos-interpol-red-notice-nov-2022.md",
 D4="X-unitel-freezing-order-high-court-dec-2023.html", D5="X-dos-santos-loses-appeal-freezing-order-sep-2024.txt", D6="X-uk-sanctions-dos-santos-firtash-lembergs-nov-2024.html",
 B1="X-us-designates-berisha-may-2021.md", B2="X-basha-expels-berisha-dp-group-sep-2021.txt", B3="X-berisha-charged-partizani-oct-2023.html",
 B4="X-berisha-house-arrest-dec-2023.md", B5="X-berisha-indicted-sep-2024.txt", B6="X-berisha-released-house-arrest-nov-2024.txt", B7="X-berisha-us-ban-forum-thread.html",
 E1="X-treasury-sanctions-evil-corp-dec-2019.md", E2="X-ofac-ransomware-advisory-evil-corp-oct-2020.txt", E3="X-evil-corp-ransom-payment-faq.html",
 E4="X-yakubets-still-at-large-dec-2022.html", E5="X-uk-us-australia-sanction-evil-corp-oct-2024.html", E6="X-evil-corp-sanctions-update-blog-oct-2024.md",
 X="X-visa-bans-vs-asset-freezes-explainer.md")
Q = []
def a(q, s, m, n=""): Q.append(("answerable", q, s, m, n))
def t(q, s, m, n=""): Q.append(("temporal", q, s, m, n))
def d(q, s, m, n=""): Q.append(("distractor", q, s, m, n))
def u(q, n=""): Q.append(("unanswerable", q, [], [], n))

# ---------- answerable: Salameh ----------
a("when did the us sanction riad salameh", "S2 S3 S6 X", [["august 10, 2023", "aug 10", "august 2023"]])
a("which executive order was used to sanction salameh", "S2 S3 S6 X", [["13441"]])
a("was salameh sanctioned under global magnitsky?", "S2 S3", [["13441"]], "no, EO 13441 (Lebanon)")
a("who else did ofac sanction along with riad salameh", "S2 S6", [["raja"], ["nady"], ["hoayek"], ["kosakova"]])
a("how many associates of salameh did treasury designate", "S2", [["four"]])
a("which countries coordinated the salameh sanctions", "S2", [["united kingdom", "uk"], ["canada"]])
a("did the uk sanction salameh's son nady?", "S2", [["except nady"]], "no")
a("who did canada sanction in the salameh case", "S2", [["raja"], ["hoayek"]])
a("is the banque du liban itself sanctioned?", "S2 S3", [["not"]])
a("what did treasury say salameh did with the money", "S2", [["shell companies", "european real estate"]])
a("who is anna kosakova", "S2", [["former partner"]])
a("who is marianne hoayek?", "S2 S3", [["assistant"]])
a("which sanctions regime did britain use against salameh", "S2 S3 X", [["global anti-corruption"]])
a("what law did canada use for salameh", "S3", [["magnitsky law", "justice for victims"]])
a("how much money is salameh accused of laundering in europe", "S1", [["330 million"]])
a("what is forry associates", "S1", [["brokerage"]])
a("when did salameh become central bank governor", "S1 S6", [["1993"]])
a("who replaced salameh at the central bank when his term ended", "S1", [["mansouri"]])
a("which countries issued arrest warrants for salameh", "S1 S3", [["france"], ["germany"]])
a("why cant france get salameh extradited", "S1 S3", [["does not extradite"]])
a("when was riad salameh arrested in lebanon", "S4 S5 S6", [["september 3", "sept. 3", "sep 3"]])
a("who ordered salameh's arrest", "S4", [["hajjar"]])
a("what is the optimum invest case about", "S4 S6", [["44 million"]])
a("how much is salameh accused of embezzling in the optimum case", "S4 S6", [["44 million"]])
a("does the 50 percent rule apply to companies owned by raja salameh?", "S3", [["50 percent"]])
a("did salameh pledge to fight the sanctions", "S2 S3", [["challenge", "contest"]])
a("who is salameh's lawyer", "S5", [["habka"]])
a("what are the conditions of salameh's release", "S5 S6", [["travel"]])

# ---------- answerable: dos Santos ----------
a("when did the us ban isabel dos santos from entering", "D2 X", [["december 9", "december 2021"]])
a("under what law was isabel dos santos designated by the state department", "D2 X", [["7031(c)"]])
a("is isabel dos santos on the ofac sdn list", "D2 X", [["not"]], "no, visa ban only")
a("does the us visa ban on dos santos cover her family", "D2", [["immediate family"]])
a("which angolan generals did treasury sanction the same day as the dos santos ban", "D2", [["dino", "nascimento"], ["kopelipa", "vieira dias"]])
a("what program were the angolan generals dino and kopelipa sanctioned under", "D2", [["global magnitsky"]])
a("why was dos santos banned from the us", "D2", [["misappropriating public funds", "significant corruption"]])
a("when did the uk sanction isabel dos santos", "D6 X", [["november 21, 2024", "november 2024"]])
a("who else did the uk sanction with isabel dos santos", "D6", [["firtash"], ["lembergs"]])
a("how much does the uk say dos santos took from sonangol", "D6", [["50 million"]])
a("how much did she allegedly misappropriate at unitel according to london", "D6", [["300 million"]])
a("total amount uk says isabel dos santos embezzled", "D6", [["350 million", "440 million"]])
a("which associates of dos santos were sanctioned by britain", "D6", [["oliveira"], ["raikundalia"]])
a("how did dos santos react to the british sanctions", "D6", [["incorrect and unjustified", "appeal"]])
a("how many people did the uk add to its anti corruption regime on 21 nov 2024", "D6", [["eight"]])
a("how much of dos santos's assets did the london court freeze", "D4 D5 X", [["580 million"]])
a("who brought the freezing order case against isabel dos santos", "D4 D5", [["unitel"]])
a("what is unitel's claim against dos santos about", "D4 D5", [["loans"]])
a("is a freezing order the same as being sanctioned?", "D4 X", [["not a sanction", "separate from any sanctions list"]])
a("when did interpol issue a red notice for isabel dos santos", "D3", [["november 18, 2022", "2022"]])
a("where does isabel dos santos say she lives", "D3", [["dubai"]])
a("what were the luanda leaks", "D1", [["715,000", "icij"]])
a("when did dos santos chair sonangol", "D1", [["june 2016"], ["november 2017"]])
a("who is isabel dos santos's husband", "D1", [["dokolo"]])
a("when did angola freeze isabel dos santos's assets", "D1", [["december 2019"]])
a("who removed dos santos as head of sonangol", "D1", [["lourenco"]])
a("which uk minister commented on the dos santos sanctions", "D6", [["lammy"]])

# ---------- answerable: Berisha ----------
a("when was sali berisha banned from the united states", "B1 B7 X", [["may 19, 2021", "may 2021"]])
a("which family members of berisha are covered by the us ban", "B1 B7", [["liri"], ["shkelzen"], ["argita"]])
a("what section was berisha designated under", "B1 B6 X", [["7031(c)"]])
a("why did blinken designate berisha", "B1", [["misappropriation of public funds", "significant corruption"]])
a("are berisha's assets frozen in the us?", "B1 B7 X", [["not"]])
a("which other albanians were designated under 7031c before berisha", "B1", [["doshi", "dako", "llala"]])
a("did berisha threaten to sue blinken", "B1", [["defamation", "sue"]])
a("who kicked berisha out of the dp parliamentary group", "B2 B7", [["basha"]])
a("why was berisha removed from the democratic party's parliamentary group", "B2", [["united states", "washington", "us ban"]])
a("what is the partizani case", "B3 B4 B5", [["privatisation", "privatization"]])
a("who is jamarber malltezi", "B3 B4 B5", [["son-in-law"]])
a("how much did malltezi allegedly gain from the partizani deal", "B3", [["5.4 million"]])
a("what is spak", "B3", [["special anti-corruption structure"]])
a("why was berisha put under house arrest", "B4", [["report"]])
a("when was berisha placed under house arrest", "B4 B5 B7", [["december 30, 2023", "december 30"]])
a("who could berisha talk to while under house arrest", "B4", [["family"]])
a("when was berisha formally indicted", "B5 B6", [["september"]])
a("which court released berisha from house arrest", "B6", [["special court"]])
a("did the court explain why it lifted berisha's house arrest", "B6", [["without giving", "no reason"]])
a("has the uk also banned sali berisha", "B3 B4 B6 X", [["united kingdom", "uk"]])
a("which party does berisha lead", "B4 B5 B6", [["democratic party"]])
a("who does berisha blame for the corruption case", "B3 B4 B6", [["rama"]])

# ---------- answerable: Evil Corp ----------
a("when was evil corp sanctioned by ofac", "E1 E3", [["december 5, 2019", "december 2019"]])
a("who leads evil corp", "E1 E5", [["yakubets"]])
a("how many individuals and entities did ofac designate in the 2019 evil corp action", "E1 E4", [["17"], ["seven"]])
a("what is the reward for maksim yakubets", "E1 E3 E5", [["5 million"]])
a("what malware did evil corp use to steal bank credentials", "E1", [["dridex"]])
a("how much did evil corp steal with dridex", "E1", [["100 million"]])
a("which sanctions program covers evil corp", "E1 E3", [["13694", "cyber"]])
a("who is eduard benderskiy", "E1 E5", [["father-in-law"]])
a("what is yakubets's link to the fsb", "E1", [["2017"]])
a("where were the yakubets and turashev indictments unsealed", "E1", [["pittsburgh"], ["nebraska"]])
a("can my company pay a ransom to evil corp", "E2 E3", [["licence", "license", "prohibited", "violating"]])
a("what did the october 2020 ofac ransomware advisory say", "E2 E3", [["strict liability", "sanctions"]])
a("which ransomware strains are linked to evil corp", "E2 E3", [["wastedlocker"]])
a("which company was hit by wastedlocker in july 2020", "E2", [["garmin"]])
a("how does ofac treat self reporting of ransomware attacks", "E2", [["mitigating"]])
a("when did the uk sanction evil corp", "E5 E6", [["october 1, 2024"]])
a("how many evil corp members did the uk sanction", "E5 E6", [["16"]])
a("who is aleksandr ryzhenkov", "E5 E6", [["second-in-command", "lockbit"]])
a("what link between evil corp and lockbit did the nca find", "E5", [["affiliate"]])
a("how much did evil corp extort according to the nca", "E5", [["300 million"]])
a("where was ryzhenkov indicted", "E5", [["texas"]])
a("how many additional people did the us designate in october 2024 over evil corp", "E5 E6", [["seven"], ["two entities"]])
a("which countries acted together against evil corp in october 2024", "E5 E6", [["united states", "us"], ["australia"]])
a("has yakubets been arrested", "E4 E6", [["nobody has been arrested", "still at large", "no arrests"]])
a("does a uk company paying evil corp ransom now risk breaching uk sanctions", "E6", [["uk financial sanctions"]])
a("what does ofac say about licence applications for ransom payments", "E3", [["presumption of denial"]])

# ---------- answerable: cross ----------
a("whats the difference between a 7031c visa ban and an ofac designation", "X", [["visa", "entering"], ["freeze", "blocked"]])
a("are berisha and dos santos on the sdn list", "X", [["neither"]])
a("which of salameh, dos santos and berisha has assets frozen by the us", "X S2", [["salameh"]])
a("is salameh on the uk sanctions list", "S2 S6 X", [["global anti-corruption", "uk"]])
a("who set salameh's bail", "S5", [["indictment chamber"]])
a("where was salameh held before his release", "S5", [["bhannes"]])
a("what is the us tool that banned both berisha and dos santos", "X B1 D2", [["7031(c)"]])
assert sum(1 for x in Q if x[0]=="answerable")==110, sum(1 for x in Q if x[0]=="answerable")

# ---------- temporal ----------
t("is riad salameh under us sanctions", "S2 S6", [["august 10, 2023", "sdn", "still"]], "July 2023 said no sanctions; now yes")
t("is salameh still in jail", "S5 S6", [["released"]], "arrested Sept 2024, released Sept 26 2025")
t("has salameh been arrested yet?", "S4 S5 S6", [["september 3", "arrested"]], "FAQ 2023 said no")
t("is salameh currently detained in lebanon?", "S5 S6", [["released"]])
t("how much bail did salameh pay", "S5 S6", [["14 million"]], "set at $20m, paid $14m")
t("was salameh's bail $20 million?", "S5", [["14 million"]])
t("is salameh free to travel abroad now", "S5 S6", [["travel ban", "banned from leaving"]])
t("were salameh's us sanctions lifted after his release?", "S5 S6", [["remain", "nothing has changed", "still"]])
t("is salameh still running the lebanese central bank", "S1 S4 S6", [["1993 to 2023", "last day", "1993"]])
t("has the uk sanctioned isabel dos santos?", "D6 X", [["november 21, 2024", "november 2024"]], "older: no UK action")
t("is isabel dos santos under uk sanctions or just a travel ban?", "D6", [["asset freeze"]])
t("is dos santos still appealing the 580 million freezing order?", "D5 X", [["dismissed", "upheld", "lost"]], "Dec 2023 said she'd appeal")
t("is the unitel freezing order against dos santos still in place", "D5 D6 X", [["stays in place", "upheld", "lost her appeal"]])
t("what western blacklists is isabel dos santos on now", "D6 X", [["uk", "united kingdom"], ["7031(c)", "visa ban", "entering the united states"]])
t("is isabel dos santos sanctioned anywhere in europe?", "D6", [["united kingdom"]])
t("is sali berisha under house arrest", "B6 B7", [["revoked", "lifted"]], "Dec 2023 yes, Nov 27 2024 revoked")
t("is berisha still only a suspect in the partizani case?", "B5 B6", [["indicted", "formally charged"]])
t("has berisha been charged formally", "B5 B6", [["september"]])
t("is berisha banned from leaving albania?", "B6", [["lifted his travel restrictions", "travel restrictions"]])
t("is berisha still out of the democratic party leadership", "B4 B5 B6", [["leader"]], "2021 expelled from group; now leads DP")
t("has the us lifted berisha's visa ban?", "B6 B7", [["not been lifted", "nothing has been revoked", "remains barred"]])
t("is berisha still barred from the us after his house arrest ended", "B6 B7", [["remains barred", "not been lifted", "still listed"]])
t("has the uk sanctioned evil corp?", "E5 E6", [["16"]], "2019-2022: no UK sanctions")
t("how many evil corp people are sanctioned by the uk", "E5 E6", [["16"]])
t("did the us sanction more evil corp members after 2019", "E5 E6", [["seven"]])
t("is evil corp still only sanctioned in the us", "E5 E6", [["uk", "united kingdom"], ["australia"]])
t("has ryzhenkov been charged", "E5", [["indictment"]])
t("which countries sanction evil corp now", "E5 E6", [["australia"]])
t("is benderskiy sanctioned by britain", "E5 E6", [["benderskiy"]])
t("has the yakubets reward been paid or withdrawn", "E5 E6", [["remains", "not been paid"]])

# ---------- distractor ----------
d("the lebanese pound was pegged at 1507.5 for years under salameh. when did the us sanction him?", "S2 S3", [["august 10, 2023", "aug 10", "august 2023"]])
d("salameh defended financial engineering to keep the peg, but which executive order was he sanctioned under", "S2 S3", [["13441"]])
d("lebanese depositors lost their savings in 2019. was salameh's brother also sanctioned?", "S2 S6", [["raja"]])
d("unitel is angola's biggest mobile operator. how much did the uk say dos santos took from unitel", "D6", [["300 million"]])
d("vidatel held a stake in unitel - is isabel dos santos banned from the us?", "D2 X", [["7031(c)", "ineligible"]])
d("unitel money got licensed in 2021; how much of dos santos's assets are frozen by the london court", "D4 D5", [["580 million"]])
d("the 1997 pyramid scheme collapse happened under president berisha. when did the us bar him?", "B1 B7", [["may 19, 2021", "may 2021"]])
d("berisha resigned as president in july 1997 - is he under house arrest today?", "B6", [["revoked"]])
d("after operation alba in 1997 berisha came back as pm. what is he accused of in the partizani case?", "B3 B5", [["son-in-law"]])
d("dridex spreads via macro documents. who leads the group behind it and what's the reward", "E1", [["yakubets"], ["5 million"]])
d("dridex uses a p2p botnet. when did ofac sanction evil corp", "E1 E3", [["december 5, 2019", "december 2019"]])
d("dridex was descended from cridex and bugat. did the uk sanction the evil corp people", "E5 E6", [["16"]])
d("about the sayrafa platform rate and the lbp peg: how much bail did salameh pay", "S5 S6", [["14 million"]])
d("africell entered angola in 2022, but when did britain sanction isabel dos santos", "D6", [["november 21, 2024", "november 2024"]])
d("dridex web injects steal banking logins. can i pay a ransom to evil corp wastedlocker", "E2 E3", [["licence", "prohibited", "violating"]])

# ---------- unanswerable ----------
for q in [
 "how much money does salameh have frozen in the us",
 "what did salameh's lawyers argue in his ofac reconsideration petition",
 "has the eu sanctioned riad salameh",
 "when will salameh's trial in the optimum case start",
 "what does nady salameh do for a living",
 "what is the value of salameh's european real estate seized by france",
 "has switzerland frozen salameh's accounts and how much",
 "who was appointed permanent governor of the banque du liban after salameh",
 "how old is anna kosakova and where does she live",
 "did salameh's brother raja get arrested in lebanon",
 "where did the $14 million bail money come from exactly",
 "is salameh sanctioned by australia",
 "did the us treasury fine any bank for dealing with salameh",
 "has isabel dos santos been sanctioned by the eu",
 "what interest rate did the unitel loans to dos santos carry",
 "has angola extradition request for dos santos been granted by the uae",
 "what did the uk sanctions appeal by dos santos decide",
 "how much money was frozen in portugal from isabel dos santos",
 "did the netherlands freeze isabel dos santos assets",
 "what is firtash accused of by the uk",
 "how many unitel shares does the angolan state own now",
 "did dos santos's children get uk sanctions too",
 "was sindika dokolo sanctioned by any country",
 "when is the unitel trial against dos santos scheduled",
 "when is the verdict expected in berisha's partizani trial",
 "what sentence could berisha get if convicted",
 "did berisha actually sue blinken in a us court and what happened",
 "has the eu banned sali berisha",
 "did berisha win the 2025 albanian election",
 "is shkelzen berisha under investigation in albania",
 "how many apartments were built on the partizani land",
 "has ofac frozen any assets of berisha's son-in-law",
 "which uk minister decided to refuse berisha entry",
 "how many times did berisha skip reporting to the judicial police before his house arrest",
 "what is maksim yakubets date of birth",
 "how much ransom did garmin actually pay",
 "has japan sanctioned evil corp",
 "which two entities did the us designate in october 2024 in the evil corp action",
 "what penalty did ofac impose on garmin",
 "how many people did australia sanction over evil corp",
 "how old is igor turashev",
 "did ryzhenkov plead guilty",
 "how much did evil corp earn from lockbit attacks",
 "is there a reward for information on ryzhenkov and how much",
 "what sanctions did canada put on evil corp",
]:
    u(q)

assert [sum(1 for x in Q if x[0]==k) for k in ("answerable","temporal","distractor","unanswerable")]==[110,30,15,45], [sum(1 for x in Q if x[0]==k) for k in ("answerable","temporal","distractor","unanswerable")]
out = os.path.join(os.path.dirname(__file__), "..", "qa.jsonl")
with open(out, "w") as fh:
    for i, (k, q, s, m, n) in enumerate(Q, 1):
        srcs = [F[x] for x in s.split()] if s else []
        fh.write(json.dumps({"id": f"x-{i:03d}", "question": q, "kind": k, "expected_sources": srcs, "must_mention": m, "notes": n}) + "\n")
print("wrote", len(Q))
