"""Write ../qa.jsonl (200 questions, ids zn-001..zn-200) for blind set qa-ZN."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "qa.jsonl")

F = {
    # Japan / Ohkawara Kakohki
    "J1": "ZN-tokyo-police-arrest-ohkawara-kakohki-executives-mar-2020.txt",
    "J2": "ZN-prosecutors-drop-ohkawara-kakohki-charges-jul-2021.md",
    "J3": "ZN-ohkawara-kakohki-sues-state-and-tokyo-sep-2021.txt",
    "J4": "ZN-ohkawara-kakohki-case-faq-jul-2023.html",
    "J5": "ZN-tokyo-district-court-rules-ohkawara-arrests-illegal-dec-2023.txt",
    "J6": "ZN-state-and-tokyo-appeal-ohkawara-ruling-jan-2024.md",
    "J7": "ZN-tokyo-high-court-upholds-ohkawara-damages-may-2025.html",
    "J8": "ZN-no-appeal-police-apologise-to-ohkawara-jun-2025.txt",
    "J9": "ZN-ohkawara-reviews-and-grave-apology-blog-aug-2025.html",
    # Taiwan / Huawei
    "T1": "ZN-taiwan-probes-four-firms-over-huawei-chip-plants-oct-2023.md",
    "T2": "ZN-taiwan-huawei-probe-explainer-oct-2023.txt",
    "T3": "ZN-taiwan-lists-22-core-key-technologies-dec-2023.html",
    "T4": "ZN-taiwan-proposes-ai-chip-design-key-tech-list-nov-2024.md",
    "T5": "ZN-taiwan-adds-huawei-smic-to-entity-list-jun-2025.md",
    "T6": "ZN-taiwan-entity-list-huawei-smic-faq-jun-2025.html",
    "T7": "ZN-beijing-vows-firm-measures-over-taiwan-blacklist-jun-2025.txt",
    "T8": "ZN-taiwan-huawei-blacklist-forum-thread-jul-2025.html",
    # Singapore / server fraud
    "S1": "ZN-singapore-charges-three-over-server-exports-feb-2025.md",
    "S2": "ZN-shanmugam-briefing-servers-went-to-malaysia-mar-2025.md",
    "S3": "ZN-nvidia-server-case-fresh-charges-dell-super-micro-mar-2025.html",
    "S4": "ZN-nvidia-server-fraud-390-million-bail-mar-2025.txt",
    "S5": "ZN-nvidia-server-case-adjourned-eight-weeks-may-2025.md",
    "S6": "ZN-nvidia-server-case-still-preliminary-jun-2025.txt",
    "S7": "ZN-nvidia-chips-case-fixed-for-pretrial-conference-aug-2025.html",
    "S8": "ZN-singapore-server-case-where-it-stands-blog-sep-2025.html",
}

# (question, [source keys], [[alternatives], ...], notes)
ANSWERABLE = [
    # ---------------- Japan (37)
    ("what were the ohkawara kakohki execs arrested for in 2020", ["J1"], [["spray dryer"], ["Shanghai", "China"]], "unapproved export of a spray dryer to Shanghai"),
    ("when did tokyo police arrest okawara and the other two", ["J1", "J3"], [["Wednesday", "March 2020"]], "Wednesday March 11 2020"),
    ("how much was the spray dryer shipped to shanghai worth", ["J1"], [["18 million yen"]], ""),
    ("who is the president of ohkawara kakohki", ["J1", "J3"], [["Masaaki Okawara"]], ""),
    ("which police unit ran the ohkawara investigation", ["J1", "J3"], [["Public Security Bureau"]], ""),
    ("what law were the ohkawara executives accused of breaking", ["J1", "J2"], [["Foreign Exchange and Foreign Trade"]], ""),
    ("what did ohkawara say in its statement right after the arrests", ["J1"], [["do not recognize"]], "company statement"),
    ("apart from china which country did police think ohkawara exported dryers to without approval", ["J1"], [["South Korea"]], ""),
    ("why did prosecutors drop the ohkawara case", ["J2"], [["doubts have arisen", "very difficult"]], ""),
    ("how many days were okawara and shimada held in detention", ["J2", "J3"], [["332"]], ""),
    ("how many times was aishimas bail request denied", ["J2"], [["eight times"]], ""),
    ("when did shizuo aishima die", ["J2"], [["February 2021"]], ""),
    ("how long before the first hearing were the ohkawara charges dropped", ["J2"], [["four days"]], ""),
    ("what was the sterilisation argument in the ohkawara case about", ["J2"], [["hot air"], ["Australia Group", "chemical agents"]], ""),
    ("how much did ohkawara kakohki sue the govt for", ["J3", "J5"], [["560 million"]], ""),
    ("who joined okawaras damages lawsuit", ["J3"], [["Shimada"], ["Aishima"]], ""),
    ("which court was the ohkawara damages suit filed in", ["J3", "J4"], [["Tokyo District Court"]], ""),
    ("how much criminal compensation did the ohkawara ex suspects get", ["J4"], [["11.3 million"]], "Dec 2021"),
    ("what did prosecutor tsukabe say when cross examined in the ohkawara suit", ["J4"], [["nothing to apologise"]], ""),
    ("did a police officer testify the ohkawara case was made up", ["J4"], [["fabricated"]], ""),
    ("which judge ruled on the ohkawara case at the tokyo district court", ["J5"], [["Momosaki"]], ""),
    ("what did the district court say about the ohkawara arrests", ["J5"], [["lacked reasonable grounds"]], ""),
    ("exact total the district court awarded ohkawara plaintiffs", ["J5"], [["162 million"]], ""),
    ("how long had ohkawara execs cooperated with voluntary questioning before arrest", ["J5"], [["15 months"]], ""),
    ("when did japan and tokyo file their appeal against the ohkawara ruling", ["J6"], [["January 10"]], ""),
    ("did ohkawara kakohki itself appeal the dec 2023 ruling too", ["J6"], [["also filed an appeal"]], ""),
    ("who was the presiding judge at the tokyo high court in the ohkawara case", ["J7"], [["Teruyoshi Ota"]], ""),
    ("what did the high court say about the police reading of the ministry ordinance", ["J7"], [["lacked rationality"]], ""),
    ("was shimadas interrogation lawful according to the high court", ["J7"], [["fraudulent method"]], ""),
    ("what did ohkawaras lawyer say after the high court ruling", ["J7"], [["Takada"], ["fabricated"]], ""),
    ("what did a former investigator tell the high court about why the case was built", ["J7"], [["out of greed"]], ""),
    ("how many signatures did okawara hand the police asking them not to appeal", ["J8"], [["41,400"]], ""),
    ("who apologised in person to okawara in june 2025", ["J8"], [["Kamata"], ["Mori"]], ""),
    ("what name mixup happened at the ohkawara apology meeting", ["J8"], [["Yamamoto"]], ""),
    ("which mpd chief apologised at the aug 2025 news conference", ["J9"], [["Sakoda"]], ""),
    ("what did the police review blame for the ohkawara case", ["J9"], [["dysfunctional"]], ""),
    ("what did okawara think of the internal police review", ["J9"], [["personal accountability"]], ""),
    # ---------------- Taiwan (36)
    ("which four taiwanese companies were probed over huawei chip plants", ["T1", "T2"], [["Topco"], ["L&K"], ["United Integrated"], ["Cica-Huntek"]], ""),
    ("what report triggered taiwans 2023 probe of huawei linked suppliers", ["T1", "T2"], [["Bloomberg"]], ""),
    ("max fine the four taiwan firms could face", ["T1", "T2"], [["25 million"]], ""),
    ("who was taiwans economy minister when the huawei supplier probe opened", ["T1"], [["Wang Mei-hua"]], ""),
    ("which legislator asked for the probe into the four firms", ["T1"], [["Lai Jui-lung"]], ""),
    ("which moea department summoned the four companies", ["T1"], [["Department of Investment Review"]], ""),
    ("what kind of services did wang say the four firms provided", ["T1"], [["wastewater"]], ""),
    ("what did topco say about its work with the huawei linked chipmaker", ["T2"], [["environmental protection"]], ""),
    ("what did united integrated services say its china subsidiary did", ["T2"], [["interior"]], ""),
    ("who is emile chang in the huawei supplier probe", ["T2"], [["reviewing investments"]], ""),
    ("was taiwans 2023 huawei supplier probe criminal or administrative", ["T2"], [["administrative"]], ""),
    ("which agency checks whether the firms exported strategic high tech commodities", ["T2"], [["International Trade Administration"]], ""),
    ("how many core key technologies did taiwan list in dec 2023", ["T3", "T4"], [["22"]], ""),
    ("which fields does taiwans core key technology list cover", ["T3"], [["defence"], ["aerospace"], ["agriculture"]], ""),
    ("what chip process node is protected on taiwans key tech list", ["T3"], [["14 nanometres", "14nm"]], ""),
    ("what law is taiwans key technologies list made under", ["T3", "T4"], [["National Security Act"]], ""),
    ("when did the nstc review committee meet on the key tech list", ["T3"], [["Nov. 14"]], ""),
    ("who said if you know how to make chips below 14nm you can make many other chips", ["T3"], [["Chen Kwo-liang"]], ""),
    ("do taiwanese staff working on listed key techs need approval to visit china", ["T3"], [["permission to travel"]], ""),
    ("what technologies did taiwan propose adding to the key tech list in nov 2024", ["T4"], [["AI chips"], ["satellite"]], ""),
    ("how long was the public feedback window for the nov 2024 key tech proposal", ["T4"], [["14 days"]], ""),
    ("how many entities did taiwan add to its entity list in june 2025", ["T5", "T6"], [["601"]], ""),
    ("on what date was taiwans entity list updated with huawei and smic", ["T5", "T6"], [["June 10"]], ""),
    ("how many entities and individuals are on taiwans entity list in total", ["T5", "T8"], [["10,844"]], ""),
    ("entities from which countries were added with huawei and smic", ["T5"], [["Russia"], ["Pakistan"], ["Iran"], ["Myanmar"]], ""),
    ("which terror groups are on the same taiwan list as huawei", ["T5", "T7"], [["Taliban"], ["al-Qaeda"]], ""),
    ("what happens at customs if a taiwan firm ships to a listed entity without a permit", ["T5", "T6"], [["not be released", "hold shipments"]], ""),
    ("which article of the trade act was the entity list update made under", ["T6"], [["Article 13"]], ""),
    ("what did analyst ray wang say about the huawei smic listing", ["T6"], [["sealing cracks"]], ""),
    ("what had taiwan told the us bis before the june listing", ["T6"], [["strengthen"]], ""),
    ("who is the chinese spokesperson who responded to taiwans blacklist", ["T7", "T8"], [["Zhu Fenglian"]], ""),
    ("what word did the taiwan affairs office use for taipeis move", ["T7", "T8"], [["repugnant"]], ""),
    ("who did beijing accuse of allegiance to the us over the entity list", ["T7"], [["Lai Ching-te"]], ""),
    ("according to beijing what will the blacklist do to taiwans own economy", ["T7"], [["competitiveness"]], ""),
    ("is taiwans listing an outright ban on selling to huawei", ["T6", "T8"], [["licensing requirement", "permit requirement"]], "yes/no: no, a permit requirement"),
    ("why did taiwan say it updated the entity list", ["T5"], [["arms proliferation"]], ""),
    # ---------------- Singapore (37)
    ("who was charged in singapore over the nvidia servers", ["S1"], [["Aaron Woon"], ["Alan Wei"], ["Li Ming"]], ""),
    ("when were the three men charged in the singapore server case", ["S1", "S2"], [["Thursday", "Feb 27"]], ""),
    ("when were the raids in the singapore server probe", ["S1", "S2", "S8"], [["Wednesday", "Feb 26"]], ""),
    ("max penalty for fraud by false representation in singapore", ["S1"], [["20 years"]], ""),
    ("what nationality is li ming", ["S1", "S3", "S4"], [["Chinese national"]], ""),
    ("how did the singapore server investigation start", ["S2"], [["anonymous tip-off"]], ""),
    ("where did the servers go after singapore", ["S2"], [["Malaysia"]], ""),
    ("did shanmugam say the case was linked to deepseek", ["S2"], [["unrelated"]], ""),
    ("which countries did singapore ask for information in the server case", ["S2"], [["both the US and Malaysia"]], ""),
    ("where did shanmugam hold his briefing on the server case", ["S2"], [["Treasury"]], ""),
    ("who are the lawyers for woon and wei", ["S3"], [["Cheryl Chong"], ["Shashi Nathan"]], ""),
    ("what company does li ming control", ["S3", "S5"], [["Luxuriate Your Life"]], ""),
    ("which banks account did li ming allegedly access without authorisation", ["S3", "S5"], [["OCBC"]], ""),
    ("how many devices had cad seized by march 6", ["S3"], [["42"]], ""),
    ("which dpps handled the march 6 hearing", ["S3"], [["Ng Yi Wen"], ["Kang Jia Hui"]], ""),
    ("how much longer were the accused remanded on march 6", ["S3"], [["eight days"]], ""),
    ("how much money is involved in the singapore server fraud case", ["S4", "S6", "S8"], [["390 million"]], ""),
    ("how much bail was li ming offered", ["S4", "S5"], [["S$1 million"]], ""),
    ("bail amounts for alan wei and aaron woon", ["S4", "S5"], [["S$800,000"], ["S$600,000"]], ""),
    ("what firm did wei and woon work at", ["S4", "S5", "S8"], [["Aperia Cloud Services"]], ""),
    ("what jobs did wei and woon have at aperia", ["S4", "S5", "S8"], [["chief executive"], ["chief operating officer"]], ""),
    ("how many individuals and companies are in singapores wider false representation probe", ["S4"], [["22 individuals"]], ""),
    ("how many other people were arrested besides the three", ["S4"], [["six other"]], ""),
    ("what did prosecutors say wei paid himself", ["S4"], [["dividends"]], ""),
    ("what exclusion zones did li mings bail cover", ["S4"], [["immigration checkpoints"]], ""),
    ("is li mings wife part of the investigation", ["S4"], [["person of interest"]], ""),
    ("how long an adjournment did the prosecution want on may 2", ["S5"], [["12-week"]], ""),
    ("which judge heard the may 2 mention in the server case", ["S5"], [["Ng Cheng Thiam"]], ""),
    ("how many weeks adjournment did the judge actually give in may", ["S5"], [["eight weeks", "eight-week"]], ""),
    ("how many follow up interviews had police done by june 27", ["S6"], [["10 follow-up"]], ""),
    ("which lawyer wanted li mings case moved to a pre trial conference in june", ["S6"], [["Andrew Chua"]], ""),
    ("what is a pre-trial conference in singapore", ["S6", "S7"], [["in chambers", "behind closed doors"]], ""),
    ("how much is the server fraud case worth in sgd", ["S6"], [["S$519 million"]], ""),
    ("which judge heard li mings case on aug 22", ["S7"], [["Brenda Tan"]], ""),
    ("what did wendell wong say about the pace of the case", ["S7"], [["Justice delayed is justice denied", "troubling"]], ""),
    ("which law firm represents li ming", ["S7"], [["Drew & Napier"]], ""),
    ("why did the prosecution say a pre trial conference would be premature in june", ["S6"], [["materially affect"]], ""),
]

TEMPORAL = [
    # Japan (10)
    ("are the export charges against ohkawara kakohki still pending", ["J2", "J3"], [["dropped", "withdrawn"]], "older J1 arrests; newer J2 charges dropped July 30 2021"),
    ("how much did the courts end up awarding ohkawara", ["J7", "J8"], [["166 million"]], "older J5 ~160m; newer J7/J8 166m"),
    ("is the govt still appealing the ohkawara ruling", ["J8"], [["not to appeal"]], "older J6 appeal filed; newer J8 decided not to appeal"),
    ("have the tokyo police apologised to ohkawara yet", ["J8", "J9"], [["apologised"]], "older J4/J6 no apology; newer J8 June 20 apology"),
    ("has anyone been punished over the ohkawara case", ["J9"], [["19 police officials"]], "older J8 reviews under way; newer J9 19 disciplined"),
    ("is okawara still in custody", ["J2"], [["bail"]], "older J1 arrested; newer J2 released on bail Feb 2021"),
    ("did aishimas family accept an apology from police and prosecutors", ["J9"], [["I accept the apology"]], "older J8 refused to attend; newer J9 accepted at the grave"),
    ("is the ohkawara damages ruling final now", ["J8"], [["became final"]], "older J6 appeals pending; newer J8 final June 12"),
    ("were any prosecutors disciplined over ohkawara", ["J9"], [["No prosecutor"]], "older J8 SPPO review under way; newer J9 none disciplined"),
    ("whats the latest court ruling in the ohkawara case", ["J7", "J8"], [["High Court"]], "older J5 district court; newer J7 High Court"),
    # Taiwan (10)
    ("is huawei on taiwans own export control list", ["T5", "T6"], [["601", "entity list"]], "older T2 Taiwan's list does not name Huawei; newer T5 added"),
    ("has taiwan blacklisted smic", ["T5", "T6"], [["entity list"]], "older T2; newer T5"),
    ("do taiwanese firms need a permit to export to huawei now", ["T5", "T6"], [["permit"]], "older T2 only investment approvals; newer T5 export permit"),
    ("has beijing responded to taiwan blacklisting huawei and smic", ["T7"], [["firm measures"]], "older T5 no comment; newer T7 TAO response"),
    ("is taiwans key tech list still just 22 items", ["T4"], [["10 technologies", "32"]], "older T3 22 items; newer T4 10 more proposed"),
    ("is ai chip design a protected key technology in taiwan", ["T4"], [["proposes", "preview"]], "older T3 not listed; newer T4 proposed, not yet adopted"),
    ("whats taiwans latest step against huawei", ["T5", "T6", "T7"], [["entity list"]], "older T1 supplier probe; newer T5 listing"),
    ("is taiwan still just investigating local firms over huawei or has it gone further", ["T5", "T6"], [["601"]], "older T1/T2 probe; newer T5/T6 listing"),
    ("is huawei only blacklisted by the us", ["T5", "T6"], [["601", "entity list"]], "older T2 US since 2019 only; newer T5 Taiwan too"),
    ("has china said how it will retaliate against taiwan", ["T7"], [["did not say"]], "older T5 no reaction; newer T7 firm measures but no details"),
    # Singapore (10)
    ("how many charges does alan wei face", ["S3", "S5", "S8"], [["two charges", "two counts"]], "older S1 one charge; newer S3 two"),
    ("which companies were defrauded in the singapore server case", ["S3", "S5", "S8"], [["Dell"]], "older S1 supplier unnamed; newer S3 Dell and Super Micro"),
    ("are the singapore server accused still on remand", ["S4", "S5", "S8"], [["bail"]], "older S1/S3 remanded; newer S4/S5 bail"),
    ("when is the next date in the nvidia server case", ["S7", "S8"], [["Oct 17"]], "older S4 May 2, S5 June 27, S6 Aug 22; newer S7 Oct 17"),
    ("has the server case reached the pre trial conference stage", ["S7", "S8"], [["Oct 17"]], "older S6 premature; newer S7 fixed for Oct 17"),
    ("how many devices have investigators seized in the server case", ["S6"], [["53"]], "older S3 42; newer S6 53"),
    ("are the charges in the server case final", ["S7", "S8"], [["not the finalised", "not final"]], "older S3/S4 charges laid; newer S7 not finalised"),
    ("which dpp is handling the server case now", ["S7"], [["Louis Ngia"]], "older S3 Ng Yi Wen, S5/S6 Phoebe Tan; newer S7 Louis Ngia"),
    ("how many charges does li ming face", ["S3", "S4", "S5", "S8"], [["Computer Misuse Act"]], "older S1 one fraud charge; newer S3 plus Computer Misuse Act"),
    ("how far along is the singapore server investigation", ["S7"], [["six months", "early stage"]], "older S3 preliminary after days; newer S7 about six months, rather early stage"),
]

DISTRACTOR = [
    # spray-drying basics (names Ohkawara Kakohki)
    ("spray dryers turn liquids into powder for food and medicine - why did tokyo police say ohkawaras machine was dangerous", ["J1", "J3"], [["biological"]], "distractor: ZN-spray-drying-basics-and-makers-jun-2019.md"),
    ("ohkawara kakohki is japans biggest spray dryer maker, was its president ever convicted", ["J2", "J3"], [["dropped", "withdrawn"]], "distractor: spray-drying basics"),
    ("spray dryer makers from yokohama - did the trade ministry question the police reading in the ohkawara case", ["J7"], [["problematic"]], "distractor: spray-drying basics"),
    # Mate 60 Pro teardown (names Huawei, SMIC)
    ("after techinsights found an smic 7nm chip in the mate 60 pro did taiwan restrict exports to smic", ["T5", "T6"], [["601", "entity list"]], "distractor: ZN-huawei-mate-60-pro-smic-chip-teardown-sep-2023.txt"),
    ("mate 60 pro kirin 9000s huawei comeback - which taiwan firms were accused of helping huaweis chip plants", ["T1", "T2"], [["Topco"], ["L&K"]], "distractor: Mate 60 teardown"),
    ("huawei 5g phone comeback 2023 - did taiwan find the four suppliers broke us sanctions", ["T1"], [["no breach"]], "distractor: Mate 60 teardown"),
    # Huawei Ascend roadmap
    ("huawei ascend 950 roadmap - can taiwanese suppliers still ship to huawei freely", ["T5", "T6"], [["permit"]], "distractor: ZN-huawei-ascend-roadmap-at-huawei-connect-sep-2025.html"),
    ("eric xu huawei connect supernodes - what did beijing say about taiwans blacklist", ["T7", "T8"], [["repugnant"]], "distractor: Ascend roadmap"),
    ("huaweis ascend ai chips and own hbm - does taiwan protect ai chip design as a key technology", ["T4"], [["AI chips"]], "distractor: Ascend roadmap"),
    # Tan See Leng on Nvidia billing
    ("nvidia 22% of billings in singapore - who got charged over nvidia servers", ["S1"], [["Woon"], ["Li Ming"]], "distractor: ZN-tan-see-leng-nvidia-singapore-revenue-feb-2025.md"),
    ("tan see leng said nvidia shipments under 1% - which suppliers were deceived in the singapore fraud case", ["S3", "S5", "S8"], [["Dell"], ["Super Micro", "Supermicro"]], "distractor: Tan See Leng"),
    ("singapore parliament nvidia chips deepseek questions - how much money is in the server fraud case", ["S4", "S6", "S8"], [["390 million"]], "distractor: Tan See Leng"),
    # Malaysia permits
    ("malaysia strategic trade permit for us ai chips - what did shanmugam say about malaysia being the final destination", ["S2"], [["final destination"]], "distractor: ZN-malaysia-requires-permits-for-us-ai-chips-jul-2025.txt"),
    ("miti catch all control on ai chips - when is the singapore server case back in court", ["S7", "S8"], [["Oct 17"]], "distractor: Malaysia permits"),
    ("malaysia 30 day notice rule ai chips - are the singapore server accused out on bail", ["S4", "S5", "S8"], [["bail"]], "distractor: Malaysia permits"),
]

UNANSWERABLE = [
    # Japan near misses (13)
    ("how much revenue did ohkawara kakohki lose because of the case", "not in corpus"),
    ("what are the names of the 19 disciplined ohkawara investigators", "names not given"),
    ("were any meti officials disciplined over ohkawara", "not in corpus"),
    ("how much criminal compensation did aishimas family receive", "only a total for the former suspects"),
    ("what was the name of the german chemical firm that bought the dryer in shanghai", "not named"),
    ("were the judges who denied aishimas bail investigated", "not in corpus"),
    ("has prosecutor tsukabe been demoted", "not in corpus"),
    ("how many spray dryers does ohkawara kakohki sell a year", "not in corpus"),
    ("did ohkawara kakohki get an export licence for south korea later", "not in corpus"),
    ("which hospital treated shizuo aishima", "not in corpus"),
    ("did the diet pass a law because of the ohkawara case", "not in corpus"),
    ("how many employees does ohkawara kakohki have", "not in corpus"),
    ("did ohkawara sue meti separately", "not in corpus"),
    # Taiwan near misses (13)
    ("how much was topco scientific fined", "no outcome of the probe in corpus"),
    ("did l&k engineering lose its china investment approval", "not in corpus"),
    ("what did the preliminary report lai jui-lung asked for conclude", "not in corpus"),
    ("did tsmc apply for a permit to ship to smic", "not in corpus"),
    ("which russian companies were added to taiwans entity list", "not named"),
    ("which taiwanese companies did china sanction in retaliation for the entity list", "no retaliation named"),
    ("when will the 10 new key technologies take effect", "not in corpus"),
    ("what is the fine for exporting to huawei without a permit under the trade act", "not in corpus"),
    ("did huawei challenge taiwans listing in court", "not in corpus"),
    ("how many huawei subsidiaries are on taiwans list", "count not given"),
    ("what share of smics equipment comes from taiwanese suppliers", "not in corpus"),
    ("did the us government praise taiwans huawei listing", "not in corpus"),
    ("how much revenue does cica-huntek make from china", "not in corpus"),
    # Singapore near misses (13)
    ("was anyone convicted in the singapore nvidia server case", "no outcome in corpus"),
    ("what was decided at the oct 17 pre trial conference", "not in corpus"),
    ("did deepseek end up with the servers", "not established"),
    ("what did dell say about the singapore fraud charges", "not in corpus"),
    ("how many nvidia chips were in the servers", "not in corpus"),
    ("which malaysian company received the servers", "not named"),
    ("was aperia cloud services itself charged or fined", "not in corpus"),
    ("was alan weis bail reduced later", "not in corpus"),
    ("did the us indict anyone over the singapore servers", "not in corpus"),
    ("what did malaysias own investigation find", "not in corpus"),
    ("who sent the anonymous tip-off in the server case", "not known"),
    ("what did nvidia say about the singapore charges", "not in corpus"),
    ("what is li mings wifes name", "not named"),
    # off-topic (6)
    ("best ramen near yokohama station", "off-topic"),
    ("whats the weather like in singapore in december", "off-topic"),
    ("how do i reset my rice cooker", "off-topic"),
    ("translate thank you very much into japanese", "off-topic"),
    ("who won the 2025 taiwan series in baseball", "off-topic"),
    ("good hikes near taipei for beginners", "off-topic"),
]


def rows():
    out = []
    n = 0

    def add(kind, q, srcs, must, notes):
        nonlocal n
        n += 1
        out.append({"id": f"zn-{n:03d}", "question": q, "kind": kind,
                    "expected_sources": [F[s] for s in srcs], "must_mention": must, "notes": notes})

    for q, s, m, note in ANSWERABLE:
        add("answerable", q, s, m, note)
    for q, s, m, note in TEMPORAL:
        add("temporal", q, s, m, note)
    for q, s, m, note in DISTRACTOR:
        add("distractor", q, s, m, note)
    for q, note in UNANSWERABLE:
        add("unanswerable", q, [], [], note)
    return out


def main():
    r = rows()
    with open(OUT, "w", encoding="utf-8") as f:
        for row in r:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(r)} rows to qa.jsonl")


if __name__ == "__main__":
    main()
