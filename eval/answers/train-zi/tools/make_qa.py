"""Write ../qa.jsonl (200 questions, ids zi-001..zi-200)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
F = {
 "S1": "ZI-sweden-pts-bars-huawei-zte-5g-oct-2020.txt",
 "S2": "ZI-stockholm-court-suspends-huawei-condition-nov-2020.md",
 "S3": "ZI-sweden-5g-auction-raises-sek-2-3-billion-jan-2021.html",
 "S4": "ZI-stockholm-court-upholds-huawei-5g-ban-jun-2021.txt",
 "S5": "ZI-huawei-takes-sweden-to-icsid-jan-2022.md",
 "S6": "ZI-appeals-court-confirms-huawei-5g-ban-jun-2022.html",
 "S7": "ZI-nordic-telecom-forum-huawei-deadline-thread.html",
 "S8": "ZI-huawei-sweden-ban-explainer-mar-2024.md",
 "T1": "ZI-hungarian-group-bids-for-talgo-mar-2024.txt",
 "T2": "ZI-spain-blocks-ganz-mavag-talgo-bid-aug-2024.html",
 "T3": "ZI-ganz-mavag-withdraws-talgo-offer-aug-2024.md",
 "T4": "ZI-sidenor-expresses-interest-in-talgo-oct-2024.txt",
 "T5": "ZI-supreme-court-rejects-ganz-mavag-interim-measures-dec-2024.txt",
 "T6": "ZI-talgo-ownership-faq-jul-2025.html",
 "T7": "ZI-sidenor-consortium-signs-talgo-deal-nov-2025.md",
 "T8": "ZI-talgo-new-owners-take-control-dec-2025.html",
 "T9": "ZI-talgo-veto-files-supreme-court-blog-feb-2026.html",
 "I1": "ZI-india-blocks-59-chinese-apps-jun-2020.txt",
 "I2": "ZI-pubg-mobile-among-118-blocked-apps-sep-2020.md",
 "I3": "ZI-india-keeps-tiktok-ban-bytedance-cuts-jobs-jan-2021.txt",
 "I4": "ZI-bgmi-pulled-from-app-stores-jul-2022.html",
 "I5": "ZI-bgmi-returns-on-three-month-trial-may-2023.md",
 "I6": "ZI-india-chinese-app-ban-explainer-oct-2024.md",
 "I7": "ZI-shein-relaunches-in-india-with-reliance-feb-2025.html",
 "I8": "ZI-government-denies-tiktok-unblock-aug-2025.txt",
}

A, T, D, U = "answerable", "temporal", "distractor", "unanswerable"
Q = []
def q(kind, text, src="", mm=(), notes=""):
    Q.append((kind, text, src.split(), [list(g) for g in mm], notes))

# ---------------- answerable: Sweden / Huawei (38)
q(A, "why did sweden ban huawei from its 5g networks", "S1 S4 S8", [["Armed Forces", "Security Service", "Säpo"]], "security assessments")
q(A, "which swedish agency set the huawei and zte conditions", "S1 S8", [["Post and Telecom", "PTS"]])
q(A, "when did pts announce the huawei zte exclusion", "S4 S8 S1", [["October 20"]])
q(A, "which operators were cleared to bid in swedens 5g auction", "S1", [["Telia"], ["Teracom"], ["Hi3G", "Net4Mobility"]])
q(A, "by when do swedish operators have to rip out huawei gear", "S1 S4 S6 S8", [["January 1, 2025"]])
q(A, "what frequency bands did the sweden 5g auction cover", "S1 S2 S4", [["3.5 GHz"], ["2.3 GHz"]])
q(A, "what counts as a central function under the pts huawei rules", "S1 S8", [["core network", "core"], ["radio access"]])
q(A, "do the swedish conditions also cover staff or functions located abroad", "S1 S8", [["abroad"]])
q(A, "under what legislation did pts do the security review, when did it take effect", "S1", [["January 1, 2020"]])
q(A, "why was swedens 5g auction postponed in nov 2020", "S2", [["Administrative Court"]])
q(A, "what exactly did the stockholm court decide about the huawei clause in november 2020", "S2", [["for the time being", "until further notice"]])
q(A, "what did minister ygeman say after the court suspended the huawei condition", "S2", [["own security laws"]])
q(A, "who is kenneth fredriksen at huawei", "S2", [["vice president"]])
q(A, "how much money did swedens 5g spectrum auction bring in", "S3", [["2.32 billion", "2.3 billion"]])
q(A, "how much did telia pay for its 5g frequencies in sweden", "S3", [["760.25"]])
q(A, "who got the 2.3 ghz band in the swedish auction", "S3", [["Teracom"]])
q(A, "on what date did the swedish 5g auction finally take place", "S3", [["January 19"]])
q(A, "how many bidding rounds did the swedish 5g auction need", "S3", [["four rounds"]])
q(A, "which vendors did tele2 and telenor choose for their 5g radio network", "S3", [["Ericsson"], ["Nokia"]])
q(A, "what did chinas commerce ministry say about swedens 5g auction", "S3 S8", [["all necessary measures"]])
q(A, "which swedish operator had huawei contracts and also went to court", "S3 S7", [["Tre"]])
q(A, "who was the judge in the june 2021 huawei ruling in stockholm", "S4", [["Ulrika Melin"]])
q(A, "did the stockholm court find pts broke any procedural rule in the huawei case", "S4", [["communication obligation"]])
q(A, "did sweden have to notify the eu commission about the huawei conditions", "S4", [["2015/1535"]])
q(A, "what did huawei say about the june 2021 court verdict", "S4", [["purely based on assumption"]])
q(A, "why did the administrative court defer to the security services", "S4", [["full picture"]])
q(A, "when did huawei start arbitration against sweden", "S5", [["January 21, 2022", "January 7, 2022", "on Sunday"]])
q(A, "whats the icsid case number for huawei v sweden", "S5 S7 S8", [["ARB/22/2"]])
q(A, "which treaty is huawei using to sue sweden", "S5 S7", [["1982"]])
q(A, "how much is huawei claiming from sweden", "S5 S7 S8", [["5.2 billion"]])
q(A, "could huaweis damages claim against sweden get bigger than 5.2bn", "S5", [["30 billion"]])
q(A, "which huawei entities hold the swedish investment in the arbitration", "S5", [["Huawei Technologies Sweden AB", "Coöperatief"]])
q(A, "when did huawei send its notice of dispute to sweden", "S5", [["December 31, 2020"]])
q(A, "what were the case numbers at the stockholm court of appeal", "S6", [["5222-21"]])
q(A, "who was the judge at the swedish administrative court of appeal in the huawei case", "S6", [["Anita Linder"]])
q(A, "how much of ericssons revenue came from china after the sweden huawei fight", "S6", [["around 3%"]])
q(A, "who chairs the icsid tribunal in huawei vs sweden", "S7 S8", [["Kaufmann-Kohler"]])
q(A, "what treaty breaches does huawei allege against sweden", "S7 S8", [["fair and equitable", "expropriation", "national treatment"]])

# ---------------- answerable: Spain / Talgo (36)
q(A, "who tried to buy talgo in 2024", "T1 T2 T3", [["Ganz-Mavag"]])
q(A, "how much was the hungarian offer for talgo worth", "T1 T2", [["619"]])
q(A, "what price per share did ganz mavag offer", "T1 T2", [["5 euros"]])
q(A, "who owns ganz-mavag europe", "T1", [["Corvinus"], ["Tombor"]])
q(A, "what % of ganz mavag does the hungarian state fund hold", "T1", [["45%"]])
q(A, "did talgos board back the hungarian offer", "T1", [["friendly"]])
q(A, "which big talgo shareholder said it would accept the ganz-mavag bid", "T1", [["Pegaso"]])
q(A, "what did transport minister oscar puente say about the talgo bid", "T1", [["everything possible"]])
q(A, "what four criteria did talgo use to judge the bid", "T1", [["patents"], ["head office"]])
q(A, "when did spain veto the talgo takeover", "T2 T5 T9", [["August 27"]])
q(A, "why did spain block ganz mavag from buying talgo", "T2", [["national security"]])
q(A, "which body formally took the decision to reject the talgo bid", "T2 T5", [["Council of Ministers"]])
q(A, "above what size does a foreign deal need cabinet sign off in spain", "T2", [["500 million"]])
q(A, "what happened to talgo shares on veto day", "T2", [["suspended"]])
q(A, "when was the talgo offer filed with the cnmv", "T2", [["April 4"]])
q(A, "what did the european commission say about spain blocking the talgo deal", "T3", [["prerogative"]])
q(A, "which commission spokesperson commented on the talgo veto", "T3", [["Dalboni"]])
q(A, "how long does ganz mavag have to appeal to the supreme court", "T3", [["two months"]])
q(A, "how many people work at talgos rivabellosa plant", "T3 T6", [["700"]])
q(A, "who chairs sidenor", "T4 T6 T7", [["Jainaga"]])
q(A, "where is sidenor based", "T4", [["Basauri"]])
q(A, "how big a stake in talgo was jainaga aiming for", "T4", [["29.9%"]])
q(A, "how big was talgos order backlog at end of 2023", "T4", [["4.2 billion"]])
q(A, "when was talgo founded", "T4", [["1942"]])
q(A, "which czech company approached talgo in 2024", "T4", [["Skoda"]])
q(A, "what did the supreme court decide on ganz-mavags request for interim measures", "T5", [["refused"]])
q(A, "what date was the supreme court order refusing to freeze the talgo sale", "T5", [["December 19"]])
q(A, "which legal tests did ganz mavag fail for interim measures", "T5", [["periculum in mora"]])
q(A, "what stake is the sidenor consortium buying in talgo", "T7", [["29.76%", "29.7633%"]])
q(A, "what price per share is the sidenor group paying", "T7 T8", [["4.25"]])
q(A, "total price the basque consortium paid pegaso for talgo", "T7", [["156.67 million"]])
q(A, "how much of talgo does clerbil take", "T7", [["8.5%"]])
q(A, "deadline for the conditions in the sidenor talgo contract", "T7", [["January 31, 2026"]])
q(A, "how big is talgos new syndicated loan", "T8", [["770 million"]])
q(A, "what did the supreme court order about the reserved documents in nov 2025", "T9", [["reserved"], ["November 12"]])
q(A, "can the parties see the cni intelligence reports on the talgo veto", "T9", [["left out", "secret"]])

# ---------------- answerable: India (36)
q(A, "when did india ban tiktok", "I1 I3 I6", [["June 29", "Monday"]])
q(A, "how many apps were in indias first chinese app ban", "I1 I3 I6", [["59"]])
q(A, "which law did india use to block the chinese apps", "I1 I2 I6", [["69A"]])
q(A, "name some apps in the june 2020 ban besides tiktok", "I1", [["WeChat", "UC Browser", "Shareit", "CamScanner", "Helo"]])
q(A, "what reason did meity give for blocking the 59 apps", "I1 I2", [["sovereignty and integrity"]])
q(A, "what happened at galwan before the app ban", "I1", [["20 Indian soldiers"]])
q(A, "who was tiktok india head when the ban came", "I1", [["Nikhil Gandhi"]])
q(A, "did tiktok say it shared indian user data with china", "I1", [["any foreign government"]])
q(A, "how many apps did india block in september 2020", "I2 I6", [["118"]])
q(A, "when was pubg mobile banned in india", "I2 I6", [["September 2"]])
q(A, "which other apps were blocked with pubg", "I2", [["Baidu", "Alipay", "WeChat Work", "Arena of Valor", "Ludo World"]])
q(A, "how many active pubg players did india have", "I2", [["33 million"]])
q(A, "how many pubg downloads came from india", "I2", [["175 million"]])
q(A, "were vpn apps included in the pubg ban list", "I2", [["VPN"]])
q(A, "how many employees did tiktok have in india", "I3", [["2,000"]])
q(A, "how many questions did the govt send the banned app companies", "I3 I6", [["77"]])
q(A, "what did bytedances memo to india staff say", "I3", [["short-lived", "un-operational"]])
q(A, "how much had bytedance planned to invest in india", "I1 I3", [["$1 billion"]])
q(A, "how many tiktok users did india have before the ban", "I3", [["200 million"]])
q(A, "when was bgmi blocked", "I4 I5 I6", [["July 2022", "Thursday night"]])
q(A, "who makes bgmi", "I4 I5 I6", [["Krafton"]])
q(A, "which ngo petitioned against bgmi", "I4", [["PRAHAR"]])
q(A, "how many registered bgmi players were there", "I4", [["100 million"]])
q(A, "why was bgmi taken off app stores", "I4", [["location", "servers in China"]])
q(A, "how long is the bgmi trial approval", "I5 I6", [["3 month", "three-month"]])
q(A, "which minister announced the bgmi comeback", "I5", [["Chandrasekhar"]])
q(A, "what did bgmi have to fix to come back", "I5 I6", [["server locations"]])
q(A, "is pubg mobile still banned after bgmi came back", "I5 I6", [["remains blocked", "stays blocked"]])
q(A, "which ministry gave conditional approval to unblock bgmi", "I5", [["Home Affairs"]])
q(A, "who runs shein in india now", "I7", [["Reliance"]])
q(A, "whats the name of the new shein app in india", "I7", [["Shein India Fast Fashion"]])
q(A, "does shein get access to indian customer data", "I7", [["no access"]])
q(A, "which reliance subsidiary makes and sells the shein products", "I7", [["Nextgen Fast Fashion"]])
q(A, "how cheap are shein clothes in india now", "I7", [["199 rupees"]])
q(A, "who told parliament about the shein reliance deal", "I7", [["Goyal"]])
q(A, "what did officials say about tiktok being back in aug 2025", "I8", [["false and misleading"]])

# ---------------- temporal (30)
q(T, "is the huawei clause in sweden still suspended by the court", "S3", [["December 16"]], "S2 (Nov 2020) suspended; S3 lifted Dec 16 2020")
q(T, "did huawei win its court case against pts in the end", "S6 S8", [["upheld"]], "S2 partial victory; S6/S8 upheld twice")
q(T, "is huaweis appeal against the swedish 5g ban still pending", "S6 S8", [["Administrative Court of Appeal"], ["upheld"]], "S3/S5 pending; S6 June 2022")
q(T, "huawei said it wouldnt take more legal action against sweden, is that still true", "S5 S7", [["arbitration", "ICSID"]], "S2 no plans; S5 ICSID")
q(T, "has swedens huawei phase out deadline passed yet", "S7", [["passed"]], "S1/S8 future deadline; S7 Jan 2025 passed")
q(T, "is swedens 5g auction still on hold because of huawei", "S3", [["January 19"]], "S2 postponed; S3 held")
q(T, "has the icsid tribunal ruled on huaweis claim against sweden", "S7 S8", [["pending"]], "S5 just filed; S7 Jan 2025 no award")
q(T, "whats the latest swedish court ruling on the huawei ban", "S6", [["Court of Appeal"], ["upheld", "confirm"]], "S4 June 2021 may appeal; S6 June 2022")
q(T, "can swedish operators still run existing huawei core kit", "S7", [["January 1, 2025"]], "S1 allowed until 2025; S7 deadline passed")
q(T, "the stockholm court sided with huawei in november 2020 right, is that still the position", "S4 S6", [["rejected", "upheld"]], "S2 interim win; S4/S6 lost")
q(T, "is ganz-mavag going to take over talgo", "T2 T3", [["veto", "withdraw"]], "T1 Pegaso to accept; T2 vetoed, T3 withdrawn")
q(T, "who controls talgo now", "T8", [["Jainaga", "Sidenor"]], "T1 Pegaso ~40%; T6 not signed; T8 consortium")
q(T, "has the sidenor deal for talgo actually closed", "T8", [["signed the change of ownership"]], "T6 unsigned, T7 conditional; T8 done")
q(T, "does the spanish state own a piece of talgo", "T8", [["7.8%"]], "T6 SEPI not to take a stake; T8 7.8%")
q(T, "who is talgos ceo", "T8", [["Rafael Sterling"]], "T1/T6 Urquijo; T8 Urquijo removed, Sterling GM")
q(T, "is talgos head office still in las rozas", "T8", [["Álava"]], "T6 plan; T8 board approved move")
q(T, "is the hungarian talgo bid still waiting for government approval", "T2", [["rejected"]], "T1 needs authorisation; T2 rejected")
q(T, "how much of talgo does the sidenor group hold after the deal", "T8", [["27.4%"]], "T7 29.76%; T8 diluted 27.4%")
q(T, "is talgo still up for sale", "T8", [["ending a sale process"]], "T4 Pegaso stake for sale; T8 sale ended")
q(T, "is sepi only lending money to talgo or taking shares", "T8", [["capital increase"], ["7.8%"]], "T6 loan, no stake; T8 equity")
q(T, "is shein banned in india", "I7", [["returned", "back in India"]], "I1/I6 blocked; I7 back via Reliance")
q(T, "is bgmi banned in india", "I5", [["3 month", "three-month"]], "I4 blocked; I5 trial return")
q(T, "is the tiktok ban in india temporary", "I3", [["permanent"]], "I1 invited to clarify; I3 permanent")
q(T, "is tiktok unbanned in india now, people say the website opens", "I8", [["not issued any unblocking order", "false and misleading"]], "I8 newest")
q(T, "can i download bgmi from google play again", "I5", [["resume operations"]], "I4 cannot download; I5 back")
q(T, "did shein get government clearance to come back to india", "I7", [["no objection"]], "I6 not launched; I7 cleared")
q(T, "does tiktok still have a big team in india", "I3", [["scale back", "cutting"]], "I1 TikTok India active; I3 cuts")
q(T, "was the tiktok ban lifted after the companies answered the govt questions", "I3", [["permanent"]], "I1 clarifications; I3 kept")
q(T, "is it just 59 chinese apps blocked in india", "I2 I6", [["118"]], "I1 59; I2/I6 118 more")
q(T, "who controls the shein platform in india, shein itself?", "I7", [["RRVL", "Reliance Retail"]], "I1 Shein's own app; I7 Reliance")

# ---------------- distractor (15)
q(D, "ericsson said lost china sales are not coming back - when did swedens appeals court uphold the huawei ban", "S6 S8", [["June 22, 2022"]], "worded like the Ericsson distractor")
q(D, "ekholm criticised excluding chinese vendors, but what exactly did pts ban", "S1 S8", [["central functions"]], "Ericsson distractor")
q(D, "jejdling said swedens decision may hurt ericsson market share - which court first froze the huawei condition", "S2", [["Administrative Court in Stockholm"]], "Ericsson distractor")
q(D, "the wallenberg family criticised the huawei exclusion too, how much is huawei seeking from sweden", "S5 S7 S8", [["5.2 billion"]], "Ericsson distractor")
q(D, "ericsson q2 2021 china sales drop - what did the stockholm administrative court rule in june 2021", "S4", [["rejected"]], "Ericsson distractor")
q(D, "renfe wants 116 million from talgo over late avril trains, did spain approve the hungarian takeover", "T2", [["rejected"]], "Renfe distractor")
q(D, "renfe chairman raul blanco said renfe is neutral on the opa - who ended up buying talgo", "T7 T8", [["Sidenor"]], "Renfe distractor")
q(D, "skoda proposed a business combination with talgo, what happened to the hungarian bid in the end", "T3", [["withdrawn", "withdraw"]], "Skoda distractor")
q(D, "talgo board turned down skoda - who actually owns ganz mavag europe", "T1", [["Corvinus"]], "Skoda distractor")
q(D, "avril delay penalty 80,000 euros a day - what did the supreme court say about freezing talgo's sale", "T5", [["refused"]], "Renfe distractor")
q(D, "krafton invested 22.4 million in nodwin gaming, when did india block bgmi", "I5 I6", [["July 2022"]], "Krafton distractor")
q(D, "krafton cut publishing ties with tencent for india - did bgmi get unbanned", "I5", [["3 month", "three-month"]], "Krafton distractor")
q(D, "trump signed orders against tiktok and wechat with a 45 day deadline - why did india block tiktok", "I1", [["sovereignty and integrity"]], "US EO distractor")
q(D, "us executive order bans transactions with bytedance, did india make its tiktok ban permanent", "I3", [["permanent"]], "US EO distractor")
q(D, "microsoft was in talks to buy tiktok us, but is tiktok unblocked in india in 2025", "I8", [["false and misleading"]], "US EO distractor")

# ---------------- unanswerable (45)
for t in [
 "how much did swedish operators spend ripping out huawei equipment",
 "did zte also file an arbitration claim against sweden",
 "when will the icsid tribunal issue its award in huawei v sweden",
 "what did swedens supreme administrative court rule on huawei",
 "how many huawei base stations did tre have to replace",
 "how many people does huawei employ in sweden",
 "did sweden ban huawei smartphones for consumers too",
 "what fine did telia pay for using huawei equipment",
 "which vendor replaced huawei in tres network",
 "did the eu commission open infringement proceedings against sweden over huawei",
 "which law firm represents sweden in the icsid case",
 "what exactly did the säpo classified assessment say about huawei",
 "did denmark copy swedens huawei ban",
 "how much compensation is ganz-mavag claiming from spain",
 "when will the supreme court rule on the merits of the talgo veto",
 "what did the cni report on ganz mavag actually say",
 "did hungary retaliate against spanish companies over talgo",
 "how much did trilantic originally pay for its talgo stake",
 "what is rafael sterlings background before talgo",
 "did skoda make a new offer for talgo after the veto",
 "how many avril trains has talgo delivered to renfe in 2025",
 "what price per share was agreed in the february 2025 sidenor deal in principle",
 "did polish pesa launch a bid for talgo",
 "what was sidenors net profit in 2024",
 "did the european commission take spain to court over the talgo veto",
 "what is ganz-mavags annual revenue",
 "how much revenue did tiktok lose because of the india ban",
 "did any indian court strike down the section 69a app bans",
 "when will shein open physical stores in india",
 "how many downloads did bgmi get after the relaunch",
 "did the government make bgmi approval permanent after the 3 month trial",
 "is wechat available in india again",
 "what fine did krafton pay in india",
 "how many apps did india block in 2023",
 "who is the ceo of shein india",
 "did india ban temu",
 "what did chinas foreign ministry say about the 59 app ban",
 "how much licence fee does reliance pay shein",
 "did bytedance sell its india business to glance",
 "whats the weather in stockholm tomorrow",
 "give me a good pizza dough recipe",
 "who won the 2022 world cup",
 "how do i reset my iphone",
 "whats the bitcoin price today",
 "translate good morning into spanish",
]:
    q(U, t, notes="not in corpus" if len(Q) < 194 else "off-topic")


def main():
    order = {A: 0, T: 1, D: 2, U: 3}
    rows = sorted(Q, key=lambda r: order[r[0]])
    with open(os.path.join(HERE, "..", "qa.jsonl"), "w", encoding="utf-8") as f:
        for i, (kind, text, src, mm, notes) in enumerate(rows, 1):
            f.write(json.dumps({"id": "zi-%03d" % i, "question": text, "kind": kind,
                                "expected_sources": [F[s] for s in src], "must_mention": mm,
                                "notes": notes}, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), Counter(r[0] for r in rows))


if __name__ == "__main__":
    main()
