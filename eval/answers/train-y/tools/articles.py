# Article text for answers-y. Each: file, date (YYYY-MM-DD), title, outlet, shape, body.
# Body: paragraphs separated by blank lines; "## " starts a subhead; forum posts start with "@@user|date|".
A = []
def art(file, date, title, outlet, shape, body):
    A.append(dict(file=file, date=date, title=title, outlet=outlet, shape=shape, body=body.strip()))

# ---------------- Khashoggi ----------------
art("Y-treasury-sanctions-17-saudis-khashoggi-nov-2018.md", "2018-11-16",
"Treasury sanctions 17 Saudis over Khashoggi killing, leaves crown prince off the list", "Capitol Ledger", "news", """
WASHINGTON - The US Treasury on Thursday, November 15, designated 17 Saudi nationals over the killing of journalist Jamal Khashoggi inside the Saudi consulate in Istanbul on October 2.

The Office of Foreign Assets Control acted under Executive Order 13818, which implements the Global Magnitsky Human Rights Accountability Act. The list includes Saud al-Qahtani, a former senior adviser to Crown Prince Mohammed bin Salman, his subordinate Maher Mutreb, the Saudi consul general in Istanbul Mohammed Alotaibi, and 14 other members of the operations team.

## What the listing does

Any property of the 17 within US jurisdiction is blocked, and Americans are generally barred from dealing with them or with entities they own 50 percent or more of.

"These individuals who targeted and brutally killed a journalist who resided and worked in the United States must face consequences for their actions," Treasury Secretary Steven Mnuchin said.

## Who is missing

The crown prince is not on the list, and neither is former deputy intelligence chief Ahmed al-Asiri, who was dismissed in October. Hours before the Treasury move, the Saudi public prosecutor said 11 suspects had been indicted and that the death penalty would be sought for five of them.
""")

art("Y-saudi-court-sentences-five-to-death-khashoggi-dec-2019.txt", "2019-12-23",
"Saudi court sentences five to death over Khashoggi murder, clears ex-intelligence deputy", "Gulf Wire Daily", "news", """
RIYADH - A Riyadh criminal court on Monday sentenced five people to death for the murder of journalist Jamal Khashoggi and handed three others prison terms totalling 24 years for covering up the crime.

Three of the 11 defendants were acquitted, among them Ahmed al-Asiri, the former deputy head of the General Intelligence Presidency. Saud al-Qahtani, the former royal court adviser, was investigated but never charged, prosecutors said. None of the defendants were named.

## KILLING "NOT PREMEDITATED"

The prosecution concluded that the killing was not premeditated and was decided on the spot by the head of the team sent to Istanbul.

UN special rapporteur Agnes Callamard called the verdict "the antithesis of justice". Rights groups noted that the two most senior figures linked to the case had walked free.

## US MEASURES UNCHANGED

The verdict does not touch Washington's November 2018 sanctions on 17 Saudis, including al-Qahtani and Maher Mutreb, which remain in force. Al-Asiri is not among them, and the US has imposed no sanctions on the crown prince.

---
Our tip: Five winter soups you can make in under 30 minutes.
Leave a Reply
""")

art("Y-khashoggi-death-sentences-commuted-sep-2020.txt", "2020-09-07",
"Khashoggi killers spared execution as Saudi court commutes death sentences", "Gulf Wire Daily", "news", """
RIYADH - A Saudi court on Monday, September 7, overturned the five death sentences handed down in December over the murder of Jamal Khashoggi, jailing the five men for 20 years each instead.

Three other defendants received terms of between seven and 10 years, the public prosecution said, describing the ruling as final and the criminal case as closed.

## FAMILY PARDON

The change follows a statement in May by Salah Khashoggi, one of the journalist's sons, that the family had pardoned the killers, which under Saudi law opened the way to lighter sentences.

Hatice Cengiz, Khashoggi's Turkish fiancee, called the ruling a farce. "Who planned it, who ordered it, where is the body?" she wrote.

## SANCTIONS STILL IN PLACE

The US Treasury's Global Magnitsky sanctions on 17 Saudis, imposed in November 2018, are unaffected by the court's decision. In Turkey, 20 Saudis are being tried in absentia, among them two former aides to the crown prince.

---
Our tip: How to keep basil alive on a windowsill.
Leave a Reply
""")

art("Y-khashoggi-ban-asiri-rif-designated-feb-2021.html", "2021-02-26",
"US announces 'Khashoggi Ban', designates al-Asiri and Royal Guard rapid intervention force", "Sanctions Desk Press Summaries", "press", """
WASHINGTON, February 26, 2021 - Following the release of a declassified intelligence report concluding that Crown Prince Mohammed bin Salman approved an operation to "capture or kill" Jamal Khashoggi, the administration announced two sets of measures.

## State Department: the Khashoggi Ban

Secretary of State Antony Blinken announced a new visa restriction policy, the "Khashoggi Ban", for people who, on behalf of a foreign government, engage in serious extraterritorial counter-dissident activities. It was applied at once to 76 Saudi citizens. Family members may also face visa restrictions.

## Treasury: two new designations

OFAC designated Ahmed al-Asiri, the former deputy head of Saudi intelligence, and the Saudi Royal Guard's Rapid Intervention Force (RIF) under the Global Magnitsky program. The report singled out the RIF, which protects the crown prince, for its role in the operation. "Those involved in the abhorrent killing of Jamal Khashoggi must be held accountable," said Treasury Secretary Janet Yellen.

## Not targeted

The crown prince himself was not sanctioned. Officials said the aim was to recalibrate the relationship with Riyadh, not rupture it. Saudi Arabia said it "completely rejects" the report's findings.
""")

art("Y-khashoggi-sanctions-faq.html", "2021-03-15",
"FAQ: Who is sanctioned over the Khashoggi killing, and what it means for business", "TradeGate Compliance", "faq", """
Updated March 15, 2021. This FAQ covers US measures only.

## Who is on the SDN list over the Khashoggi case?

The 17 Saudis designated on November 15, 2018 (including Saud al-Qahtani, Maher Mutreb and consul general Mohammed Alotaibi), plus Ahmed al-Asiri and the Rapid Intervention Force, both added on February 26, 2021. That makes 18 individuals and one unit.

## Is Mohammed bin Salman sanctioned?

No. Neither Treasury nor State has listed him, although the February 2021 intelligence report said he approved the operation.

## What is the Khashoggi Ban?

A visa policy. The 76 Saudis covered cannot get US visas, but a visa restriction does not freeze assets or bar US firms from dealing with them. Their names are not published.

## Can a US contractor supply the Royal Guard?

Any dealing with the Rapid Intervention Force is prohibited, and so is dealing with any entity owned 50 percent or more by it. The rest of the Royal Guard and the Saudi government are not blocked, but screen carefully.

## Is Saudi Arabia under a sanctions program?

No. These are targeted listings, not country sanctions.
""")

art("Y-mbs-named-prime-minister-sep-2022.txt", "2022-09-28",
"Crown prince named Saudi prime minister as Khashoggi lawsuit deadline looms", "Gulf Wire Daily", "news", """
RIYADH - King Salman on Tuesday, September 27, appointed Crown Prince Mohammed bin Salman as prime minister by royal decree, a post normally held by the king.

The timing drew attention in Washington, where a US federal court had asked the State Department to say by early October whether the prince enjoys immunity in a civil lawsuit brought by Hatice Cengiz, Khashoggi's fiancee, and the advocacy group DAWN, which Khashoggi founded.

## LAWYERS: TITLE MAY SHIELD HIM

Lawyers for the prince argued in a filing that as head of government he qualifies for the immunity granted to sitting leaders. Lawyers for Cengiz called the appointment a manoeuvre. The State Department asked for more time to respond.

## SANCTIONS UNCHANGED

The prince remains off the US sanctions list. The 2018 and 2021 Global Magnitsky designations over the killing, covering 18 Saudis and the Royal Guard's rapid intervention force, remain in place. The lawsuit is still pending.

---
Our tip: The best budget e-readers this autumn.
Leave a Reply
""")

art("Y-khashoggi-lawsuit-dismissed-immunity-dec-2022.md", "2022-12-07",
"Court summary: Khashoggi fiancee's suit against crown prince dismissed on immunity grounds", "Docket Notes", "court", """
**Case:** Cengiz and DAWN v. bin Salman et al., US District Court for the District of Columbia. **Decision:** December 6, 2022.

## Outcome

The court dismissed the civil suit brought by Hatice Cengiz and Democracy for the Arab World Now against Crown Prince Mohammed bin Salman, Saud al-Qahtani, Ahmed al-Asiri and others. The claims against the prince were dismissed because of head-of-government immunity.

## Why

On November 17, 2022 the State Department filed a "suggestion of immunity", saying that as prime minister since September the prince is immune from suit. The court said it was bound to defer to that determination, while noting "credible allegations" of the prince's involvement. The claims against the other defendants failed for lack of jurisdiction.

## What it does not change

The ruling concerns civil liability only. It does not alter the Global Magnitsky sanctions on al-Qahtani, al-Asiri and the other designated Saudis. The prince is still not on any US sanctions list. Lawyers for Cengiz said they were weighing an appeal.
""")

art("Y-jamal-khashoggi-journalism-career-profile.md", "2019-10-02",
"Jamal Khashoggi's columns: a look back at his writing career", "Press Freedom Review", "distractor", """
A year after his death, colleagues remember Jamal Khashoggi first as a working journalist.

## Early years

Born in Medina in 1958, Khashoggi studied business administration at Indiana State University before joining the Saudi Gazette in the 1980s. He reported from Afghanistan, Algeria, Kuwait and Sudan, and became known for interviews with figures from across the region.

## Editor and adviser

He twice edited the daily Al Watan, leaving the post in 2003 after two months and again in 2010 after pieces that angered the religious establishment. He later ran Al-Arab News Channel, a Bahrain-based broadcaster backed by Prince Alwaleed bin Talal, which was taken off air within hours of its 2015 launch.

## The columns

In September 2017 he began writing for the Washington Post's Global Opinions section from the Washington area. His columns argued for a free press in the Arab world, criticised the blockade of Qatar and the war in Yemen, and urged reform at home. His last column, published after his death, called for a platform for Arab voices.

Colleagues say his archive of more than a thousand articles is being catalogued by a university library.
""")

# ---------------- Rwanda / M23 ----------------
art("Y-us-sanctions-kabarebe-kanyuka-feb-2025.md", "2025-02-20",
"US sanctions Rwandan minister James Kabarebe and M23 spokesman over Congo offensive", "Capitol Ledger", "news", """
WASHINGTON - The US Treasury on Thursday sanctioned James Kabarebe, Rwanda's Minister of State for Regional Integration, accusing him of orchestrating Rwandan army support for the M23 rebels in eastern Congo.

OFAC also designated Lawrence Kanyuka Kingston, spokesman for M23 and the Congo River Alliance, and two of his companies: Kingston Fresh, a food services firm in the United Kingdom, and Kingston Holding, a mining consultancy in Paris. All four were listed under Executive Order 13413, the Congo sanctions order.

## Minerals

Treasury said Kabarebe, a former Rwanda Defence Force general, manages much of the revenue Rwanda and M23 draw from Congo's minerals and has coordinated exports from Congolese mines through Rwanda.

"Today's action underscores our intent to hold accountable key officials and leaders like Kabarebe and Kanyuka," said Acting Under Secretary Bradley T. Smith.

## Background

M23 itself has been designated since January 3, 2013. Since mid-December it has seized Goma, captured on January 27, and Bukavu, taken on February 16. The European Union has not yet sanctioned any serving Rwandan officials over the offensive, though diplomats say a package is being discussed.
""")

art("Y-rwanda-rejects-us-sanctions-kabarebe-feb-2025.txt", "2025-02-21",
"Kigali calls US sanctions on Kabarebe unjustified; minister stays in post", "East Africa Monitor", "news", """
KIGALI - Rwanda's government on Friday rejected the US sanctions on James Kabarebe, its Minister of State for Regional Integration, calling them unjustified and saying they would not help end the conflict in eastern Congo.

A government spokesperson said Kabarebe would remain in his post and that Rwanda's security concerns about armed groups across the border were being ignored.

## WHAT IS FROZEN

Treasury did not say whether Kabarebe or Lawrence Kanyuka, the M23 spokesman also sanctioned, hold any US assets. Kanyuka's two companies, Kingston Fresh in Britain and Kingston Holding in France, are now blocked for US persons.

## EUROPE

Belgium has been pressing its EU partners to follow Washington. Relations between Brussels and Kigali remain formally normal, with embassies open in both capitals. Rwanda has also been asked by the EU to review a 2024 memorandum on critical raw materials. Maj. Gen. Ruki Karusisi, commander of the Rwandan special forces, has been named by UN experts as overseeing operations in Congo but has not been sanctioned by anyone.

---
Our tip: Ten easy houseplants for a dark flat.
Leave a Reply
""")

art("Y-eu-sanctions-rwandan-officers-m23-mar-2025.html", "2025-03-17",
"EU sanctions three Rwandan generals, mining chief and gold refinery; Rwanda cuts ties with Belgium", "Brussels Briefing", "news", """
BRUSSELS - EU foreign ministers on Monday, March 17, imposed asset freezes and travel bans on nine people and one company over the conflict in eastern Congo, bringing the bloc's Congo list to 32 individuals and two entities.

## Who was listed

Three Rwanda Defence Force officers: Maj. Gen. Ruki Karusisi, until two days earlier commander of the special forces, Maj. Gen. Eugene Nkubito and Brig. Gen. Pascal Muhizi, commanders of the third and second divisions. Francis Kamanzi, chief executive of the Rwanda Mines, Petroleum and Gas Board, was listed for profiting from illicit trade in Congolese minerals, as was the Kigali-based Gasabo Gold Refinery.

Five M23 figures were also named, among them its president Bertrand Bisimwa and Joseph Musanga Bahati, the group's appointed governor of North Kivu.

## Kabarebe not on the list

James Kabarebe, sanctioned by the US in February, is not among the names.

## Belgium

Within hours Rwanda severed diplomatic relations with Belgium, which had led the push for sanctions, and gave Belgian diplomats 48 hours to leave. On March 15 President Paul Kagame had replaced Karusisi at the head of the special forces.
""")

art("Y-m23-rwanda-sanctions-compliance-faq.html", "2025-04-10",
"FAQ: Sourcing minerals after the US and EU M23 sanctions", "TradeGate Compliance", "faq", """
Updated April 10, 2025.

## Is Rwanda under sanctions?

No. Neither the US nor the EU has country-wide sanctions on Rwanda. The measures target named people and companies.

## Who is listed by the US?

James Kabarebe, Lawrence Kanyuka Kingston, Kingston Fresh (UK) and Kingston Holding (France), designated February 20, 2025, plus M23 itself since 2013.

## Who is listed by the EU?

Nine people and one entity added on March 17, 2025, including three RDF generals, Francis Kamanzi of the Rwanda Mines, Petroleum and Gas Board and the Gasabo Gold Refinery. The EU has not listed Kabarebe.

## Can an EU firm buy gold from Gasabo?

No. Making funds or economic resources available to it is prohibited in the EU. US persons are not barred by the EU listing, but banks may refuse.

## Does the Rwanda Mines Board listing block the agency?

The EU listed its chief executive personally, not the board. Payments to the board are not frozen, but avoid any benefit to Kamanzi.

## What about tin, tantalum and tungsten from Rwanda?

Not banned, but expect enhanced due diligence questions on origin.
""")

art("Y-drc-rwanda-peace-agreement-sanctions-jun-2025.html", "2025-06-28",
"Congo and Rwanda sign Washington peace agreement; US sanctions on Kabarebe stay", "Capitol Ledger", "news", """
WASHINGTON - The foreign ministers of Congo and Rwanda on Friday, June 27, signed a peace agreement at the State Department, pledging an end to hostilities and the disengagement of Rwandan forces from eastern Congo.

Rwanda's Olivier Nduhungirehe and Congo's Therese Kayikwamba Wagner signed the text with Secretary of State Marco Rubio looking on. It also provides for a joint security coordination mechanism and a regional economic framework covering minerals.

## No sanctions relief

Officials said the deal does not lift any sanctions. James Kabarebe, the Rwandan minister designated in February, and M23 spokesman Lawrence Kanyuka remain on the SDN list. A Treasury spokesperson said designations are reviewed "based on conduct" and that nothing had changed.

## M23 not a party

M23 did not sign. It is negotiating separately with Kinshasa in talks hosted by Qatar, and still holds Goma and Bukavu. The EU listings of March 17, including the three Rwandan generals and the Gasabo Gold Refinery, also remain in force.
""")

art("Y-kabarebe-sanctions-still-in-place-blog-dec-2025.md", "2025-12-10",
"Blog: A year of Congo sanctions - who is still listed after the peace deals", "Frontier Risk Notes", "blog", """
Posted December 10, 2025.

Two peace documents and many summits later, clients keep asking whether the Congo-related listings have gone away. Short answer: no.

## The US side

James Kabarebe, Rwanda's Minister of State for Regional Integration, and M23 spokesman Lawrence Kanyuka were designated on February 20, 2025 and are still on the SDN list. So are Kanyuka's Kingston Fresh and Kingston Holding. The June 27 Washington agreement between Congo and Rwanda and the leaders' signing in Washington on December 4 did not come with any delisting.

## The EU side

The March 17 package, three RDF generals, Francis Kamanzi and the Gasabo Gold Refinery plus five M23 figures, is still in force.

## Belgium and Rwanda

Diplomatic relations, cut by Kigali in March, have not been restored.

## My view

Peace texts create pressure to reward compliance, and a delisting of Kabarebe would be the obvious signal. Until Treasury publishes a removal notice, screen as if nothing has changed.
""")

art("Y-m23-minerals-supply-chain-forum-thread.html", "2025-07-02",
"Forum: M23 sanctions and our 3TG smelter list - anyone else affected?", "SupplyChain Pros Forum", "forum", """
@@tin_buyer_22|2025-02-22|After the Treasury move on Kabarebe on the 20th, our auditor asked whether Rwandan-origin coltan is now off limits. Is it?

@@compliance_kat|2025-02-22|No. Only named persons are blocked: Kabarebe, Kanyuka and his two companies. Rwanda as a country is not sanctioned. Check your smelter's counterparties though.

@@tin_buyer_22|2025-03-18|Update: the EU listed the Gasabo Gold Refinery yesterday. We don't buy gold, but one of our tier-2 suppliers does.

@@compliance_kat|2025-03-18|For EU entities that refinery is now off limits. Also note Francis Kamanzi of the mining board is listed personally.

@@eu_sourcing|2025-07-01|Does the June 27 peace deal change any of this?

@@compliance_kat|2025-07-02|No. Nothing was delisted. Kabarebe is still on the SDN list and the EU measures still apply.

@@tin_buyer_22|2025-07-02|Thanks. We are keeping Rwandan tin in the program but added a sanctions screen on every smelter and exporter, and asked suppliers for mine-of-origin documents instead of just country of export.
""")

art("Y-visit-rwanda-football-sponsorship-row.txt", "2025-02-14",
"Visit Rwanda shirt deals under pressure as Congo writes to Arsenal, PSG and Bayern", "Touchline Business", "distractor", """
LONDON - Rwanda's "Visit Rwanda" tourism campaign, one of the most visible country sponsorships in European football, is facing calls to be dropped.

Congo's foreign minister Therese Kayikwamba Wagner has written to Arsenal, Paris Saint-Germain and Bayern Munich urging them to end their deals with the Rwanda Development Board, citing the fighting in eastern Congo and the fall of Goma to M23 rebels.

## THE DEALS

Arsenal has carried the "Visit Rwanda" logo on its shirt sleeve since 2018, in a deal reported at about 10 million pounds a year. PSG signed in 2019 and Bayern in 2023, the latter focused on youth academies in Kigali.

## CLUBS QUIET

None of the clubs has commented publicly. Supporters' groups at Arsenal have asked the club to review the partnership. Rwanda's development board says the programme has helped tourism revenue reach record levels.

## SPONSORSHIP SPENDING

Analysts say state tourism deals have become a standard revenue line for top clubs, alongside airlines and betting firms.

---
Our tip: Our pick of the season's best away kits.
Leave a Reply
""")

# ---------------- Teapot refineries ----------------
art("Y-teapot-refineries-iranian-oil-explainer-feb-2025.md", "2025-02-12",
"Explainer: Why China's 'teapot' refineries are the next sanctions target", "Energy Policy Brief", "explainer", """
President Trump's February 4 memorandum, National Security Presidential Memorandum 2, ordered a "maximum pressure" campaign to drive Iran's oil exports toward zero. Analysts say the obvious pressure point is in Shandong province.

## What is a teapot?

Teapots are small and mid-sized independent refineries, mostly in Shandong. They lack the scale of state majors such as Sinopec and rely on cheap, discounted crude. Traders estimate they buy the large majority of Iran's roughly 1.5 million barrels a day of exports, usually labelled as Malaysian oil after ship-to-ship transfers.

## What has Washington done so far?

US sanctions have hit tankers, ship managers and traders in the so-called shadow fleet. No Chinese teapot refinery has yet been designated for buying Iranian crude; the refineries themselves have so far been left alone, in part for fear of disrupting the wider oil market.

## What would a designation mean?

A listed refinery would be cut off from dollar payments, and banks and foreign suppliers would shun it. Because most teapots do little business in dollars, analysts expect the bigger effect to be on the terminals and ports that receive cargoes.
""")

art("Y-luqing-first-teapot-refinery-sanctioned-mar-2025.md", "2025-03-20",
"US sanctions first Chinese 'teapot' refinery for buying Iranian oil", "Energy Policy Brief", "news", """
WASHINGTON - The Treasury on Thursday, March 20, designated Shandong Shouguang Luqing Petrochemical, the first time the United States has sanctioned a Chinese teapot refinery for buying Iranian crude.

OFAC said Luqing bought millions of barrels of Iranian oil worth about half a billion dollars, including cargoes from vessels linked to the Houthis and to Iran's defence ministry logistics arm. It also listed the refinery's chief executive and legal representative, Wang Xueqing, and 19 firms and vessels in Iran's shadow fleet. The designations were made under Executive Order 13902.

## A terminal too

The State Department separately sanctioned Huaying Huizhou Daya Bay Petrochemical Terminal Storage, an oil terminal in Guangdong, for storing Iranian crude from a sanctioned tanker.

"So-called 'teapot' refinery purchases of Iranian oil provide the primary economic lifeline for the Iranian regime," Treasury Secretary Scott Bessent said. It was the fourth round of Iran oil sanctions since the February memorandum.

## Beijing objects

China's embassy said it firmly opposes "illegal and unjustifiable unilateral sanctions" and long-arm jurisdiction.
""")

art("Y-shengxing-second-teapot-refinery-apr-2025.txt", "2025-04-16",
"Second Chinese teapot refinery sanctioned, accused of buying over $1bn of Iranian crude", "Energy Wire", "news", """
WASHINGTON - The Treasury on Wednesday, April 16, sanctioned Shandong Shengxing Chemical, an independent refinery in Shandong province, for receiving dozens of shipments of Iranian crude worth more than $1 billion.

It is the second teapot refinery designated, after Shandong Shouguang Luqing Petrochemical last month, and the sixth round of Iran oil sanctions since the maximum-pressure memorandum.

## WIRES TO AN IRGC FRONT

Treasury said Shengxing sent more than $800 million in wire transfers between March 2020 and January 2023 to China Oil and Petroleum Company (COPC), which it called a front for the IRGC-Qods Force. The Justice Department seized about $108 million of COPC's laundered funds in February 2024.

## SHADOW FLEET

OFAC also listed shipping companies including Oceanic Orbit, Pro Mission, Bestla, Dexiang Shipping, Civic Capital Shipping and Starboard Shipping, and updated its advisory to the maritime industry on evasion practices.

"Any refinery, company, or broker that chooses to purchase Iranian oil or facilitate Iran's oil trade places itself at serious risk," Bessent said.

---
Our tip: Which heat pump suits an older house?
Leave a Reply
""")

art("Y-hebei-xinhai-third-teapot-dongying-terminals-may-2025.html", "2025-05-09",
"Hebei Xinhai becomes third teapot refinery under US sanctions; Dongying terminal operators hit", "Energy Wire", "news", """
WASHINGTON - The United States on Thursday, May 8, sanctioned Hebei Xinhai Chemical Group, a refinery in Cangzhou, Hebei province, for buying hundreds of millions of dollars' worth of Iranian oil, the third teapot refinery designated this year.

## The refinery

Xinhai runs a 120,000 barrel-a-day plant and holds one of the larger crude import quotas among independents. Treasury also listed its Singapore-based oil broker, Xing AO Energy.

## Terminals for the first time

In a first for the campaign, OFAC designated three operators of a terminal at Dongying port in Shandong: Baogang (Dongying Donggang) Logistics and Warehousing, Shandong Baogang International Port and Shandong Jingang Port. Together they received more than one million barrels of Iranian oil. Six vessels and two Indian-national ship captains were also listed.

## Reaction

China's embassy spokesman Liu Pengyu said Washington "should stop interfering" with normal trade between China and Iran. The move came as a round of US-Iran nuclear talks was postponed.

Traders said independents had already begun shifting cargoes to privately run berths after the March and April designations.
""")

art("Y-jincheng-refinery-rizhao-terminal-sanctioned-oct-2025.txt", "2025-10-10",
"US hits Shandong Jincheng refinery and Sinopec-linked Rizhao crude terminal", "Energy Wire", "news", """
WASHINGTON - The Treasury on Thursday, October 9, designated Shandong Jincheng Petrochemical Group, an independent refinery that it said has bought millions of barrels of Iranian oil since 2023, in a package covering about 100 people, companies and vessels.

Treasury called it the fourth round targeting China-based refineries that keep buying Iranian crude. S&P Global counted Jincheng as the sixth independent refinery sanctioned by the US.

## RIZHAO TERMINAL

The bigger shock was the listing of Rizhao Shihua Crude Oil Terminal at Lanshan port, which Treasury said received more than a dozen shadow fleet tankers, including the Kongm, Big Mag and Voy. The terminal is 50% owned by Sinopec Kantons, a Sinopec logistics unit, and handles about a fifth of Sinopec's crude imports. Sinopec itself was not designated.

## FIVE TERMINALS

Industry sources said the action brings to five the number of Shandong oil import terminals under US sanctions.

"The Treasury Department is degrading Iran's cash flow by dismantling key elements of Iran's energy export machine," Bessent said.

---
Our tip: Seven ways to cut your phone bill.
Leave a Reply
""")

art("Y-teapot-sanctions-traders-forum-thread.html", "2025-10-12",
"Forum: Buying product from Shandong independents after the teapot sanctions", "OilTraders Board", "forum", """
@@bunker_joe|2025-03-21|Luqing got hit yesterday. We take naphtha from them via a Singapore intermediary. Problem?

@@sg_compliance|2025-03-21|Yes if any US nexus: USD payment, US bank, US staff. Luqing and CEO Wang Xueqing are SDNs now. Stop and take advice.

@@bunker_joe|2025-04-17|And now Shengxing too. That's two refineries in a month.

@@refinery_watch|2025-05-09|Make it three: Hebei Xinhai yesterday, plus three Dongying terminal companies. First time they went after terminals rather than just refineries.

@@sg_compliance|2025-05-10|Check your tank storage contracts at Dongying, people.

@@refinery_watch|2025-10-10|Big one: Rizhao Shihua terminal at Lanshan, half owned by a Sinopec unit, plus Shandong Jincheng. Sinopec itself is not listed, but its crude flows through Rizhao.

@@bunker_joe|2025-10-12|So we now avoid Luqing, Shengxing, Xinhai and Jincheng, and the Dongying and Rizhao terminals. Got it.
""")

art("Y-teapot-sanctions-what-buyers-should-know-blog-jun-2025.md", "2025-06-05",
"Blog: Three teapots down - what buyers of Chinese refined products should check", "Frontier Risk Notes", "blog", """
Posted June 5, 2025.

Since March the US has designated three Chinese independent refineries for Iranian crude purchases: Shandong Shouguang Luqing Petrochemical (March 20), Shandong Shengxing Chemical (April 16) and Hebei Xinhai Chemical Group (May 8). In May it also went after terminal operators at Dongying port for the first time.

## What this means for you

If you buy diesel, naphtha or bitumen from Shandong, ask where it was refined. Product from a designated refinery is blocked property for US persons, and non-US buyers risk secondary sanctions under Executive Order 13846.

## Owners and affiliates

OFAC's 50 percent rule extends the block to companies the listed refineries own, such as Xinhai's Singapore broker Xing AO Energy, which was named, but also unnamed subsidiaries.

## Will state majors be next?

So far no state refiner has been designated. Washington seems to prefer hitting small players and logistics. I would not bet on that lasting: the terminals are where the volumes are.
""")

art("Y-shandong-independent-refiners-margins-report.txt", "2024-08-20",
"Shandong independent refiners squeezed as fuel oil tax rules bite", "Asia Refining Monthly", "distractor", """
QINGDAO - Independent refiners in Shandong, the so-called teapots, ran at their lowest rates in four years in July as margins collapsed, market sources said.

## TAX CHANGE

A new consumption tax treatment on imported fuel oil and bitumen blend, effective in June, removed a cost advantage many plants relied on. Several independents cut runs below 45% of capacity, according to a consultancy survey.

## WEAK DEMAND

Gasoline and diesel demand has softened as electric vehicles and LNG-fuelled trucks take share. Margins for a typical Shandong plant were negative for much of the second quarter.

## QUOTAS

Beijing's crude import quotas for independents were cut slightly for the year, while authorities continued to push consolidation of plants below 2 million tonnes a year. Hebei Xinhai Chemical Group and Shandong Shouguang Luqing Petrochemical were among those cited by brokers as running at reduced rates.

## OUTLOOK

Traders expect some plants to close permanently by 2026 if margins do not recover.

---
Our tip: The best running shoes for flat feet.
Leave a Reply
""")

# ---------------- Ly Yong Phat ----------------
art("Y-us-sanctions-ly-yong-phat-sep-2024.md", "2024-09-12",
"US sanctions Cambodian tycoon Ly Yong Phat over forced labor in scam centers", "Capitol Ledger", "news", """
WASHINGTON - The US Treasury on Thursday, September 12, sanctioned Cambodian businessman and ruling party senator Ly Yong Phat for serious human rights abuse tied to trafficked workers forced to run online scams.

## What was listed

OFAC designated Ly, his conglomerate L.Y.P. Group and the O-Smach Resort under the Global Magnitsky program, Executive Order 13818. It also listed three properties it said Ly owns or controls: Garden City Hotel, Koh Kong Resort and Phnom Penh Hotel.

## The allegations

Victims said they were lured to O-Smach Resort, near the Thai border, by fake job offers, had their phones and passports taken and were forced to work scam operations, in some cases up to 15 hours a day. Treasury said the resort had been investigated and reported on for more than two years. The State Department's 2024 Trafficking in Persons report singled out O'Smach and Koh Kong.

"Today's action underscores our commitment to hold accountable those involved in human trafficking," said Acting Under Secretary Bradley T. Smith.

## Who he is

Ly, one of Cambodia's richest men, is a senator for the Cambodian People's Party and was named a personal adviser to Hun Sen in 2022.
""")

art("Y-cambodia-decries-ly-yong-phat-sanctions-sep-2024.txt", "2024-09-13",
"Cambodia says US sanctions on tycoon Ly Yong Phat are 'politically motivated'", "Mekong Dispatch", "news", """
PHNOM PENH - Cambodia's foreign ministry on Friday expressed "deep regret over the unjust decision" by the US Treasury to sanction senator Ly Yong Phat and his businesses, calling the move politically motivated.

## "UNCONFIRMED REPORTS"

The ministry said the sanctions were based on unconfirmed reports of forced labor and that reliance on the US Trafficking in Persons report was "regrettable and misleading". It said the measures ran counter to the spirit of US Defence Secretary Lloyd Austin's visit to Phnom Penh in June.

The statement praised L.Y.P. Group's contribution to infrastructure, job creation and poverty reduction, and said unilateral sanctions undermine the principles of sovereign equality and non-interference. Officials later said they wanted the sanctions dropped.

## NO COMMENT FROM THE GROUP

L.Y.P. Group did not respond to requests for comment. Ly remains a senator.

## SIX DESIGNATIONS

The US action covers Ly himself, L.Y.P. Group, O-Smach Resort and three hotels, making six names in all. The foreign ministry's statement referred to "four related businesses" alongside the conglomerate.

---
Our tip: Our guide to cheap flights in the rainy season.
Leave a Reply
""")

art("Y-ly-yong-phat-sanctions-faq.html", "2024-10-01",
"FAQ: Travelling to or doing business with Ly Yong Phat's hotels after US sanctions", "TradeGate Compliance", "faq", """
Updated October 1, 2024. US measures only.

## What exactly is blocked?

Ly Yong Phat, L.Y.P. Group, O-Smach Resort, Garden City Hotel, Koh Kong Resort and Phnom Penh Hotel, all designated September 12, 2024 under Global Magnitsky. Entities owned 50 percent or more by them are blocked too, even if not named.

## Can an American stay at Koh Kong Resort?

Paying a blocked hotel is a prohibited transaction for US persons. Book elsewhere.

## Is Cambodia sanctioned?

No. There is no country-wide program. Other Cambodian businesses are not affected unless owned by a listed person.

## Does this cover Ly's other companies?

Only those 50 percent or more owned by him or his blocked entities. Ly has interests in sugar, power and telecoms; check ownership before dealing.

## Can the listing be challenged?

Yes, by petitioning OFAC for delisting. Cambodia's government has asked for the sanctions to be dropped, but that is a diplomatic request, not a legal challenge.
""")

art("Y-ask-compliance-desk-cambodia-resorts-jan-2025.txt", "2025-01-22",
"Ask the compliance desk: Is Ly Yong Phat still sanctioned?", "Mekong Dispatch", "column", """
PHNOM PENH - Each month our compliance columnist answers reader questions.

## THE QUESTION

"Our travel agency sends tour groups to Koh Kong. Cambodia demanded the US drop its sanctions on Ly Yong Phat last year. Has that happened, and can we use his hotels again?"

## THE ANSWER

No. As of this week Ly Yong Phat, L.Y.P. Group, O-Smach Resort and the three hotels, Garden City Hotel, Koh Kong Resort and Phnom Penh Hotel, are still on the US SDN list. Cambodia's protest in September did not lead to any delisting, and Treasury has published no removal notice.

If your agency is American-owned, or pays through US banks, avoid those properties. A Cambodian company with no US nexus is not directly bound, but banks in Phnom Penh that clear dollars may refuse the payments.

## ONE MORE THING

Ly is still a senator, and his group continues to operate in Cambodia. The sanctions freeze what is under US jurisdiction; they do not close his businesses.

---
Our tip: Five beaches near Kep worth the detour.
Leave a Reply
""")

art("Y-koh-kong-travel-guide-blog.html", "2023-11-05",
"Koh Kong travel guide: mangroves, waterfalls and the Cardamom Mountains", "Wandering Mekong", "distractor", """
Koh Kong province on Cambodia's south-west coast is one of the country's least visited corners, and that is its charm.

## Getting there

Buses from Phnom Penh take about five hours. From Thailand, cross at Hat Lek; the border sits next to Koh Kong Resort, a large casino hotel that is hard to miss.

## What to do

The Peam Krasop mangrove walkway is a must at sunset. Tatai waterfall, 20 kilometres east, has eco-lodges on the river. Koh Kong Krao island has long empty beaches, reached by boat from the town pier.

## Into the Cardamoms

Chi Phat village runs community-based treks into the Cardamom Mountains, with homestays, birding and river trips. Book a guide through the community office.

## Where to stay

Guesthouses in town start at about 10 dollars. The riverfront has several family-run options and a few mid-range hotels.

## When to go

November to April is dry. In the rainy season many roads to the waterfalls become muddy.
""")

# ---------------- Cross-story explainer ----------------
art("Y-visa-bans-magnitsky-and-secondary-sanctions-explainer.md", "2025-11-03",
"Explainer: Visa bans, Global Magnitsky listings and Iran oil designations are not the same thing", "Frontier Risk Notes", "explainer", """
Readers often mix up the tools Washington uses. Four recent cases show the difference.

## Visa bans

The 2021 "Khashoggi Ban" barred 76 Saudis from getting US visas. A visa ban freezes nothing and does not stop companies from dealing with the person.

## Global Magnitsky

Executive Order 13818 blocks assets and bars US persons from dealing with listed people. It was used against 17 Saudis in 2018 over Khashoggi, and against Cambodian senator Ly Yong Phat and his hotels in 2024 over forced labor in scam centers.

## Country programs

James Kabarebe of Rwanda was listed under the Congo order, EO 13413, not Global Magnitsky. The effect on his US assets is the same.

## Iran oil designations

Chinese teapot refineries were listed under EO 13902, and non-US buyers who keep dealing with them risk secondary sanctions, a reach that the Magnitsky listings do not explicitly carry.

## Delisting

All of these can be lifted by Treasury or State. None of the people named here had been removed by November 2025.
""")
