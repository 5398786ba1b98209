# Article text for answers-w. Each: file stem -> dict(title, date, outlet, city, body) ; body uses "## " subheads.
A = {}
def add(stem, title, date, outlet, city, body):
    A[stem] = dict(title=title, date=date, outlet=outlet, city=city, body=body.strip())

# ---------------- Tinkov ----------------
add("w-uk-sanctions-tinkov-mar-2022.txt", "UK freezes assets of Tinkoff founder Oleg Tinkov in new Russia round", "2022-03-24", "Ledger Wire", "LONDON", """
Britain on Thursday added Oleg Tinkov, the founder of Russian online lender Tinkoff Bank, to its Russia sanctions list, one of 65 individuals and entities named in the government's latest round in response to the invasion of Ukraine.
## WHAT THE LISTING MEANS
The designation freezes any assets Tinkov holds in the United Kingdom, bans him from entering the country and prohibits UK persons from making funds or economic resources available to him. His private jet, which had been kept in Britain, is grounded. The government described him as a prominent Russian businessman involved in a sector of strategic significance to the Russian government.
## A CRITIC OF THE WAR
The listing surprised some observers because Tinkov has repeatedly criticised the war on social media, calling it an "insane war". He is undergoing treatment for leukaemia and has lived outside Russia for several years. Tinkov stepped down from management of the bank years ago but his family still holds a stake of about 35% in TCS Group, the London-listed parent of Tinkoff Bank.
## ONLY LONDON SO FAR
Tinkov has not been named by the United States, the European Union or Canada. A UK asset freeze applies to UK persons and assets in the UK; it does not by itself stop banks elsewhere dealing with him, though many international lenders screen against the UK list. TCS Group itself is not listed by the UK, and Tinkoff Bank is not on the US SDN list.
## REACTION
A spokesperson for Tinkov did not respond to a request for comment. Lawyers said a person listed under the UK regime can ask the Foreign Office to review a designation and can challenge it in court. "The route is an administrative request first, then the High Court," one sanctions lawyer said.
---
Our tip: The ten best winter walks in the Lake District.
Leave a Reply
""")

add("w-tinkov-sells-tcs-stake-interros-apr-2022.md", "Tinkov sells his family's TCS stake to Potanin's Interros", "2022-04-29", "Eastern Markets Review", "MOSCOW", """
Oleg Tinkov has agreed to sell his family's stake of about 35% in TCS Group, the parent of Tinkoff Bank, to Interros, the investment company controlled by Vladimir Potanin, weeks after the sanctioned banker condemned the war in Ukraine.
## Forced sale, says Tinkov
In interviews Tinkov said he had been forced to sell "for a penny". After he posted an anti-war message, he said, representatives of the presidential administration contacted the bank's management and threatened to nationalise Tinkoff Bank if it did not cut its ties with its founder. He said he could not negotiate the price. Interros did not disclose what it paid.
## What changes for the bank
The bank said the sale would not affect customers or operations. Tinkov has had no executive role at the bank for several years. Analysts said the sale removes the founder's link to a lender that had been hit by the UK listing of its founder and by volatility in its London-listed depositary receipts.
## Sanctions status
The sale does not change Tinkov's own position: he remains on the UK sanctions list adopted on March 24, with his UK assets frozen and a ban on entering Britain. Lawyers noted that the buyer's status matters to foreign holders of TCS securities, who must check whether a new owner is designated and whether the 50% ownership rules of the US or the EU could catch the company.
## What's next
Tinkov said he planned to keep speaking out. He said he would not return to Russia and that the Tinkoff brand should be renamed so it would not be "stained with blood". The bank said the brand would stay for now.
""")

add("w-tinkov-renounces-citizenship-nov-2022.txt", "Oleg Tinkov says he has renounced his Russian citizenship", "2022-11-01", "Ledger Wire", "LONDON", """
Oleg Tinkov, the founder of Tinkoff Bank who is under UK sanctions, said on Monday that he has given up his Russian citizenship because of the war in Ukraine.
## THE STATEMENT
"I can't and won't be associated with a fascist country that started a war with its peaceful neighbour and kills innocent people every day," Tinkov wrote on Instagram. The post, later deleted, showed a certificate dated October 26 confirming that he had renounced his citizenship. He urged other Russian businessmen to follow his example.
## WHY IT MATTERS FOR SANCTIONS
Tinkov remains on the British sanctions list, where he has been since March 24. His lawyers have argued that he was never close to the Kremlin and that he has sold his 35% stake in TCS Group to Interros, the company of Vladimir Potanin, in April. Giving up citizenship does not lift a designation automatically. A listed person must ask the government to revoke it, and ministers decide whether the reasons for the listing still apply.
## NOT LISTED ELSEWHERE
Tinkov is not on the US, EU or Canadian lists. Lawyers said the renunciation could support a delisting request in London. "It is the strongest public break with Moscow we have seen from a listed businessman," one lawyer said.
## BACKGROUND
Tinkov, who founded the bank in 2006, has lived outside Russia for years and is being treated for leukaemia. He previously sponsored a professional cycling team. Since the invasion he has called the conflict an "insane war" and criticised Russian officials.
## WHAT HAPPENS NEXT
The Foreign Office said it does not comment on individual cases. It keeps designations under review and a listed person can request a review at any time.
---
Our tip: How to cut your heating bill this winter.
Leave a Reply
""")

add("w-tinkov-asks-uk-delisting-mar-2023.md", "Tinkov asks the Foreign Office to lift UK sanctions", "2023-03-01", "Sanctions Desk Weekly", "LONDON", """
Oleg Tinkov has formally asked the UK Foreign Office to remove him from its Russia sanctions list, arguing that he was listed by mistake.
## The request
In a statement quoted by Bloomberg, Tinkov said he agreed with Britain's decision to sanction "people who support Putin or contribute to the war" but that "it's sad that they mistakenly thought I was one of those people". Lifting the sanctions, he said, "would be a fair decision and would send a signal that Western sanctions are not targeting all Russians, but only those who support Putin and his invasion".
## Support from Khodorkovsky
Former oil tycoon Mikhail Khodorkovsky wrote to the Foreign Office backing the request. He told Bloomberg that the decision to sanction Tinkov was "wrong" and that lifting sanctions should be clearly linked to a public break with the regime and its war.
## Where things stand
As of March 2023 Tinkov is still designated by the UK. His assets in Britain remain frozen and his travel ban applies. He was never sanctioned by the United States, the European Union or Canada. Since his listing he has sold his family's 35% stake in TCS Group to Interros and, in October 2022, renounced his Russian citizenship.
## The government's answer
The Foreign Office declined to comment on the case. It said that any sanctioned individual or entity has the right to challenge their designation and that "there is a clear legal way to do so". Under the Sanctions and Anti-Money Laundering Act, the minister must consider a request for administrative review; a court challenge can follow if the request is refused.
## What buyers of his assets should know
Until a revocation is published in the UK consolidated list notice, dealing with Tinkov's UK assets needs an OFSI licence.
""")

add("w-uk-lifts-tinkov-sanctions-press-release-jul-2023.html", "UK removes Oleg Tinkov from the Russia sanctions list", "2023-07-20", "UK Sanctions Bulletin", "LONDON", """
The UK government today made one revocation under the Russia sanctions regime. Oleg Tinkov has been removed from the consolidated list and is no longer subject to an asset freeze or to trust services sanctions.
## The notice
The Treasury notice states: "The following entry has been removed from the consolidated list and is no longer subject to an asset freeze or trust services sanctions." The entry is Oleg Tinkov (Group ID 15041). The travel ban attached to the designation also falls away.
## Why now
A spokesperson for the Foreign, Commonwealth and Development Office said the government keeps all designations under review. "Having considered all of the factors in this case, including the actions Mr Tinkov has taken," the spokesperson said, the minister had decided to revoke the designation. Tinkov sold his stake in TCS Group in 2022, has repeatedly criticised the war in Ukraine and renounced his Russian citizenship in October 2022.
## Branson's appeal
The decision came days after Virgin founder Richard Branson wrote in support of Tinkov. "Whilst he was a wealthy Russian businessman he has never been an oligarch," Branson wrote, according to The Times. Mikhail Khodorkovsky and the Anti-Corruption Foundation founded by Alexei Navalny had also called for the listing to be lifted.
## What it means for firms
UK firms no longer need an OFSI licence to deal with Mr Tinkov or with assets he owns or controls. Firms should update their screening lists. Frozen funds may be released. The revocation does not affect the designation of any other person.
## The bank is a separate matter
The revocation concerns Mr Tinkov personally. It does not concern Tinkoff Bank, which he no longer owns. On the same day, the United States announced blocking sanctions on Tinkoff Bank; that is a US measure and is not part of this notice.
""")

add("w-tinkoff-bank-us-blocking-jul-2023.txt", "US blocks Tinkoff Bank on the day London frees its founder", "2023-07-21", "Ledger Wire", "WASHINGTON", """
The US Treasury has added Tinkoff Bank, Russia's largest purely online lender, to the list of Specially Designated Nationals, the same day Britain removed the bank's founder Oleg Tinkov from its own sanctions list.
## WHAT THE US DID
The Office of Foreign Assets Control designated Tinkoff Bank under Executive Order 14024 as part of a wider action against Russia's financial sector. The bank's property in US jurisdiction is blocked and US persons may not deal with it. Under OFAC's 50 percent rule, entities owned 50% or more by the bank are also blocked even if they are not named.
## TWO OPPOSITE MOVES
The timing drew comment. "London freed the man and Washington blocked the bank he no longer owns," one sanctions lawyer said. Tinkov sold his family's stake of about 35% in TCS Group, the bank's parent, to Vladimir Potanin's Interros in April 2022, and says he was forced to sell cheaply after criticising the war.
## WHAT IT MEANS FOR CUSTOMERS AND INVESTORS
For US persons, payments to or from Tinkoff Bank are now prohibited unless licensed. Holders of TCS Group securities should check whether the parent company is itself designated; the bank is the named entity. Non-US banks that keep correspondent ties with a designated Russian bank face the risk of secondary sanctions under US rules on foreign financial institutions.
## TINKOV'S REACTION
Tinkov welcomed the UK decision in a post and said he had nothing to do with the bank any more. He said he had no comment on the US move.
## OTHER LISTS
Tinkov himself was never sanctioned by the US, the EU or Canada. After the UK revocation on July 20, he is on none of those lists.
---
Our tip: The best budget phones of the summer.
Leave a Reply
""")

add("w-tinkov-sanctions-forum-thread.html", "Forum: Is Oleg Tinkov still sanctioned? (compliance thread)", "2023-07-25", "ComplianceTalk Forums", "", """
## Original post - March 30, 2022 - user kyc_marta
We have a wire to a Cyprus company where Oleg Tinkov appears as a beneficial owner. He was put on the UK list on March 24. We are a UK firm. Can we process it?
## Reply - March 30, 2022 - user ofsi_watcher
No, not without an OFSI licence. He is designated by the UK, so his funds are frozen and you cannot make funds available to him or to a company he owns or controls. He is not on the US SDN list or the EU list, so a non-UK bank might treat it differently, but you are UK.
## Reply - November 2, 2022 - user kyc_marta
Update: he says he renounced Russian citizenship. Does that take him off the list?
## Reply - November 2, 2022 - user ofsi_watcher
No. The listing stays until the minister revokes it. Citizenship changes nothing by itself. Keep him flagged.
## Reply - July 20, 2023 - user baltic_ops
He is off. The UK revoked his designation today, one revocation under the Russia regime. The notice says he is no longer subject to an asset freeze or trust services sanctions.
## Reply - July 21, 2023 - user ofsi_watcher
Confirmed. Remove him from your UK hit list, but do not confuse him with the bank: OFAC designated Tinkoff Bank on the same day. If your payment touches Tinkoff Bank and you have a US nexus, it is blocked. Tinkov himself is now on no UK, US, EU or Canadian list as far as I can see.
## Reply - July 25, 2023 - user kyc_marta
Thanks. So for our Cyprus wire the answer changed: in March 2022 it needed a licence; now it does not, as long as no listed bank is in the chain. Closing the thread.
""")

add("w-tinkoff-saxo-cycling-team-history.txt", "Remembering Tinkoff-Saxo: when a Russian banker bankrolled the peloton", "2021-07-02", "Velo Chronicle", "COPENHAGEN", """
Before he was known for politics, Oleg Tinkov was one of cycling's loudest team owners.
## FROM SPONSOR TO OWNER
Tinkov, the founder of Tinkoff Bank, first put his name on a team in the 2000s and returned in 2012 as co-sponsor of the Danish squad then known as Saxo Bank. By 2014 he had bought the team from Bjarne Riis, and Tinkoff-Saxo became one of the richest outfits in the WorldTour.
## CONTADOR AND SAGAN
The team's leader was Alberto Contador, who won the Giro d'Italia in 2015. Peter Sagan joined that year and won the world road race championship in Richmond in 2015, adding a second rainbow jersey in Doha in 2016 while riding in Tinkoff colours. Tinkov often criticised his own riders on social media and clashed with Riis, who left the team in 2015.
## THE CHALLENGE THAT NEVER HAPPENED
Tinkov repeatedly proposed that Contador, Chris Froome, Vincenzo Nibali and Nairo Quintana ride all three Grand Tours in a single season, offering a prize of one million euros. None accepted. He complained that the sport's business model did not work because teams had no share of television money.
## THE END
Tinkov announced in 2015 that he would withdraw after the 2016 season, and the team folded at the end of that year. Sagan moved to Bora-Hansgrohe. Tinkov said cycling had been "the most expensive hobby" he had ever had, and later said his leukaemia diagnosis had changed his view of the sport.
## LEGACY
Riders remember the lavish training camps and the founder's temper. "He paid on time and he always said what he thought," one former rider said. The team's black-and-yellow and later fluorescent kits remain popular with collectors.
---
Our tip: Five climbs to ride in the Pyrenees.
Leave a Reply
""")

# ---------------- Melnichenko / EuroChem ----------------
add("w-eu-sanctions-melnichenko-mar-2022.md", "EU sanctions fertiliser and coal billionaire Andrey Melnichenko", "2022-03-10", "Commodities Ledger", "BRUSSELS", """
The European Union has added Andrey Melnichenko, the founder of fertiliser maker EuroChem and coal producer SUEK, to its Russia sanctions list, freezing his assets in the bloc and banning him from entering or transiting through it.
## The listing
The Council adopted the listing on March 9 together with 13 other businesspeople and officials. It said Melnichenko is a leading businessperson in sectors providing a substantial source of revenue to the Government of the Russian Federation and that he belongs to the most influential circle of Russian businessmen with close connections to the Kremlin. He was among those who attended a meeting with President Vladimir Putin on February 24, the day of the invasion.
## Steps down from the boards
Within hours, EuroChem said Melnichenko had resigned as a non-executive director and withdrawn as the main beneficiary of the trust that holds the controlling stake. SUEK announced the same. Melnichenko called the listing "unjustified" and said he had no political affiliations.
## Who owns EuroChem now?
Reuters later reported that ownership of EuroChem Group AG and SUEK AO was ceded to his wife, Aleksandra Melnichenko, on March 8, one day before the EU listing. She is not on the EU list. EuroChem, based in Zug, Switzerland, produces about 5% of global fertiliser output.
## What it means for buyers
EU operators may not make funds available to Melnichenko. Whether EuroChem itself is caught depends on ownership and control after the change: the EU freeze covers entities owned or controlled by a listed person. Customers told us they were asking EuroChem for written confirmation of its new ownership before paying invoices.
## Other lists
Switzerland followed the EU on the same lists. The United States has not sanctioned him.
""")

add("w-eurochem-swiss-accounts-frozen-mar-2022.txt", "Swiss banks freeze EuroChem accounts after owner is sanctioned", "2022-03-18", "Alpine Business Post", "ZUG", """
UBS and Credit Suisse have temporarily frozen the accounts of EuroChem Group AG, the Zug-based fertiliser producer, after Switzerland adopted the European Union's sanctions on its founder Andrey Melnichenko.
## FROZEN PAYMENTS
EuroChem said payments to suppliers and employees had been delayed and that it was working with the authorities to restore normal operations. The company said Melnichenko had resigned from the board and ceased to be a beneficiary of the trust that controls it on March 9, and that it was therefore not owned or controlled by a sanctioned person.
## PLANT IN BELGIUM
In Belgium, EuroChem's Antwerp plant, which produces nitrogen fertilisers, halted production after authorities there treated the company as linked to a listed person. The plant employs several hundred people. Farm groups warned of shortages before the spring planting season.
## SECO REVIEW
The State Secretariat for Economic Affairs (SECO), which oversees Switzerland's Russia sanctions, said it was reviewing the ownership structure. A spokesperson said that entities owned or controlled by listed persons are subject to the freeze and that the review would determine whether the change of ownership was genuine.
## TIMELINE
Melnichenko was listed by the EU on March 9. Switzerland adopted the EU listings shortly afterwards. Reuters has reported that he ceded ownership to his wife, Aleksandra, on March 8.
## WHAT BUYERS SHOULD DO
Lawyers advised customers to keep paying into blocked accounts only with permission and to ask for updated ownership certificates. "Until SECO decides, treat EuroChem as frozen in Switzerland," one Zurich lawyer said.
---
Our tip: Our guide to the best Swiss ski passes.
Leave a Reply
""")

add("w-eurochem-switzerland-lifts-may-2022.html", "Agency summary: Switzerland lifts EuroChem freeze; Antwerp plant may restart", "2022-05-27", "Fertiliser Trade Monitor", "ZUG", """
## Summary
Switzerland has lifted its sanctions measures against EuroChem Group AG after the company's ownership changed, according to Interfax, citing the Tages-Anzeiger. In line with SECO's review, EuroChem's bank accounts and payments were unfrozen. Around May 24 the Belgian government allowed EuroChem's Antwerp plant to restart production.
## Background
UBS and Credit Suisse froze EuroChem's accounts in March after Switzerland added founder Andrey Melnichenko to its sanctions list. Melnichenko resigned as non-executive director and withdrew as main beneficiary of the trust holding the controlling 90% stake in EuroChem.
## New beneficiary
In May, his wife Aleksandra Melnichenko became the new beneficiary of that trust. She was born in Belgrade and holds Serbian and Croatian citizenship. As of this summary she is not on the EU or Swiss sanctions lists, and SECO concluded that EuroChem is not owned or controlled by a listed person.
## Points for customers and suppliers
- Payments to EuroChem through Swiss banks can resume.
- The Antwerp site may produce and ship again.
- Andrey Melnichenko remains listed by the EU and Switzerland; payments must not benefit him.
- Customers should keep the ownership evidence on file.
## Outlook
Traders said the decision eases supply of nitrogen fertilisers to European farmers ahead of the autumn season. EuroChem said it would keep complying strictly with sanctions law. Any new listing of the owners would reopen the question.
""")

add("w-eu-sanctions-aleksandra-melnichenko-jun-2022.txt", "EU sanctions Aleksandra Melnichenko, new owner of EuroChem and SUEK", "2022-06-04", "Commodities Ledger", "BRUSSELS", """
The European Union has sanctioned Aleksandra Melnichenko, the wife of Russian billionaire Andrey Melnichenko, in its sixth package of measures against Russia, adopted and published in the Official Journal on June 3.
## WHY HER
The EU said she "takes advantage of the fortune and benefits from the wealth of her husband". Her husband ceded ownership of coal producer SUEK AO and fertiliser maker EuroChem Group AG to her on March 8, a day before the EU listed him, and in May she became the beneficiary of the trust holding the controlling 90% stake in EuroChem.
## "IRRATIONAL"
A representative for the couple called the decision "irrational" because she has never held Russian citizenship or lived in Russia. Aleksandra Melnichenko, born in Belgrade and a Serbian and Croatian citizen, will "vigorously contest" it, the representative said.
## WHAT IT MEANS FOR EUROCHEM
The listing freezes her assets. Because she now owns and controls the companies, EU lawyers said EuroChem and SUEK could again be treated as controlled by a listed person, reversing the relief they won in May when Switzerland unfroze EuroChem's accounts and Belgium let the Antwerp plant restart. Switzerland said it would adopt the sixth package, putting its relief in question.
## COMPANY RESPONSE
EuroChem said it is committed to complying with EU sanctions law and will "engage with the European Commission and table proposals" to keep supplying fertilisers to farmers during a food crisis. EuroChem produces about 5% of world fertiliser output. SUEK did not respond.
## FERTILISER CARVE-OUTS
Officials noted that EU rules do not ban fertiliser trade as such; the question is whether payments reach listed persons. Food and fertiliser exemptions are under discussion.
---
Our tip: Ten summer recipes with seasonal tomatoes.
Leave a Reply
""")

add("w-melnichenko-yacht-a-seized-mar-2022.md", "Italy seizes Melnichenko's sailing yacht A in Trieste", "2022-03-12", "Harbour & Hull", "TRIESTE", """
Italian financial police have seized the sailing yacht A, owned by sanctioned billionaire Andrey Melnichenko, in the port of Trieste, the government said.
## The vessel
The yacht, one of the largest sailing yachts in the world, was built in Germany and delivered in 2017. The government put its value at about 530 million euros. It had been in the Trieste shipyard for maintenance. The seizure follows the EU's listing of Melnichenko on March 9.
## Freezing, not confiscation
Officials stressed that the yacht has been frozen, not confiscated. Under EU rules assets of listed persons are immobilised: they cannot be sold, moved or used, but ownership does not change. Any confiscation would need a separate legal basis.
## Part of a wider sweep
Italy has frozen villas and yachts belonging to several Russian businessmen since the sanctions were adopted. Officials said they are still tracing assets held through trusts and holding companies.
## Melnichenko's response
A spokesperson for Melnichenko said he had "no political affiliations" and would challenge the EU listing. The spokesperson did not comment on the yacht.
## Costs of a frozen yacht
Port authorities must still maintain a frozen yacht. Lawyers said the cost usually falls on the owner, but a listed owner cannot pay without an authorisation from the national authority. The crew of a frozen vessel may also need licences for wages.
""")

add("w-melnichenko-general-court-summary-jan-2025.html", "Court summary: General Court rules on Melnichenko's challenge to EU listing (T-271/22)", "2025-01-22", "EU Sanctions Law Notes", "LUXEMBOURG", """
## Case
Case T-271/22, Andrey Melnichenko v Council of the European Union, supported by the European Commission. Judgment of the General Court (First Chamber), 22 January 2025. The hearing was held on 9 July 2024.
## What was challenged
The applicant, residing in Saint-Moritz, Switzerland, sought annulment of Council Decision (CFSP) 2022/397 and Implementing Regulation (EU) 2022/396 of 9 March 2022, which put his name on the list of persons subject to the freezing of funds under the Ukraine territorial-integrity regime, and of later acts keeping him on the list.
## Legal test
The listing relied on the criterion of a "leading businessperson involved in economic sectors providing a substantial source of revenue to the Government of the Russian Federation" (Article 2(1)(g) of Decision 2014/145/CFSP). The applicant argued that he had resigned from EuroChem and SUEK and no longer held any role, and invoked proportionality, the right to property and the right to respect for private life.
## Outcome
The Court dismissed the action. It held that the Council had not made an error of assessment and that the measures were proportionate. He stays on the EU list.
## Related case
His wife's separate challenge, Case T-498/22 (Aleksandra Melnichenko v Council), concerns her listing as an associated person; EuroChem Group AG intervened in support of her. It was heard by an extended chamber and is decided separately.
## Practical note
The judgment confirms that resigning from company posts does not by itself remove a leading-businessperson listing. Firms should keep screening both names.
""")

add("w-eurochem-sanctions-faq.html", "FAQ: Can I buy fertiliser from EuroChem? Sanctions questions answered", "2022-06-20", "AgriTrade Compliance Hub", "", """
## Is EuroChem on a sanctions list?
EuroChem Group AG is not named on the EU list itself. The question is ownership and control. Its founder Andrey Melnichenko was listed by the EU on March 9, 2022, and his wife Aleksandra Melnichenko, who became beneficiary of the controlling trust in May, was listed on June 3, 2022 in the sixth package.
## Did Switzerland not unfreeze it?
Yes, in May 2022 Switzerland lifted its measures against EuroChem after the ownership change and Belgium let the Antwerp plant restart. That relief depended on the owner not being listed. With Aleksandra Melnichenko now listed, buyers should assume the relief is under review.
## Does the US sanction EuroChem?
No. Neither Andrey nor Aleksandra Melnichenko is on the US SDN list, and EuroChem is not designated by OFAC.
## Is fertiliser trade with Russia banned in the EU?
No general ban applies to fertilisers. The restriction is on making funds or economic resources available to listed persons or entities they own or control.
## What should a buyer do?
- Ask EuroChem for current ownership documents.
- Check whether payments could benefit a listed person.
- Consider asking your national authority whether a licence is needed.
## How large is EuroChem?
It produces about 5% of global fertiliser output and is headquartered in Zug.
## Where can I get help?
Contact our members' helpline. This FAQ is general information and not legal advice.
""")

add("w-eurochem-fertiliser-market-outlook.md", "EuroChem and the nitrogen market: what to expect this season", "2023-09-14", "Crop Inputs Journal", "ANTWERP", """
Nitrogen fertiliser prices in Europe have eased from their 2022 peak, and producers including EuroChem are competing hard for autumn orders.
## Prices
Ammonium nitrate delivered to farms in north-west Europe traded about 40% below last year's record levels this month, traders said. Gas prices, the main cost of making ammonia, fell through the summer, letting European plants run at higher rates.
## EuroChem's plants
EuroChem operates mines and plants in Russia, Kazakhstan, Lithuania and Belgium. Its Antwerp site makes nitrogen and phosphate products for farms in Belgium, the Netherlands and France. The company said it had invested in cutting emissions at the site and in new storage.
## Potash and phosphates
In potash, EuroChem's two Russian mines, Usolskiy and VolgaKaliy, have been ramping up for years. Analysts said the company aims to become one of the top potash producers in the world, though the projects have faced technical delays.
## Buyer behaviour
Farm cooperatives said they were buying later in the season and in smaller lots, waiting for prices to fall further. "Nobody wants to be caught with expensive stock again," one buyer in Ghent said.
## Weather
A dry summer in southern Europe reduced demand for top-dressing, while wet conditions in the north delayed winter sowing.
## Outlook
Analysts expect prices to stay below 2022 levels unless gas markets tighten. Shipping costs in the Baltic and on the Rhine are another factor. EuroChem declined to comment on its order book.
""")

# ---------------- Rotenberg ----------------
add("w-us-sanctions-rotenberg-brothers-mar-2014.txt", "US sanctions Putin's judo partners Arkady and Boris Rotenberg over Crimea", "2014-03-21", "Ledger Wire", "WASHINGTON", """
The US Treasury on Thursday added Arkady and Boris Rotenberg, brothers and long-time associates of President Vladimir Putin, to the list of Specially Designated Nationals in response to Russia's annexation of Crimea.
## WHO THEY ARE
The Rotenbergs were Putin's sparring partners in judo in St Petersburg and built fortunes in construction and pipelines. Treasury said they had made billions from contracts awarded by Gazprom and for the Sochi Olympic Games. Arkady Rotenberg controls Stroygazmontazh, a pipeline builder. The brothers co-founded SMP Bank, which was also designated.
## WHAT THE DESIGNATION DOES
All property of the brothers in US jurisdiction is blocked and US persons are prohibited from dealing with them. Companies owned 50% or more by them are blocked too. The action was taken under an executive order targeting officials and members of Putin's inner circle.
## EUROPE HOLDS BACK
The European Union's first Crimea list, adopted on March 17, named officials rather than businessmen. Neither brother is on it. Boris Rotenberg also holds Finnish citizenship, obtained in 2002, and owns property in Finland, meaning that he can still bank and travel in the EU for now.
## WHAT IT MEANS FOR EUROPEAN BANKS
Lawyers warned that European banks with US business may still refuse to deal with the brothers to protect their access to the dollar system, even if European law does not require it. "The SDN list travels further than US borders," one lawyer in London said.
## REACTION
Neither brother commented. SMP Bank said it would keep serving customers in Russia in roubles.
---
Our tip: A spring weekend in Annapolis.
Leave a Reply
""")

add("w-eu-sanctions-arkady-rotenberg-jul-2014.md", "EU adds Arkady Rotenberg to its sanctions list; brother Boris left off", "2014-07-31", "Brussels Briefing", "BRUSSELS", """
The European Union has added Arkady Rotenberg to its list of persons subject to an asset freeze and travel ban over Russia's actions in Ukraine, in a round that for the first time reaches Putin's business associates.
## The July round
EU governments agreed the additions in late July as they moved to broader economic sanctions after the downing of flight MH17 over eastern Ukraine. The Council said Arkady Rotenberg, a long-time acquaintance of President Putin, had benefited from his ties to Russian decision-makers, including through large state contracts.
## Boris not included
Boris Rotenberg, his brother, is not on the EU list. He holds Finnish as well as Russian citizenship and has a home in Finland. EU officials did not explain why he was left off. He remains on the US list, where both brothers have been since March 2014.
## What the EU listing does
Arkady Rotenberg's assets in the EU are frozen and he may not enter or transit the bloc. EU persons may not make funds available to him. Companies he owns or controls fall under the freeze as well.
## Effect on business
Stroygazmontazh, the pipeline builder controlled by Arkady Rotenberg, works mainly in Russia, and analysts said the practical impact would be limited. European banks, however, are already closing accounts linked to the family because of the US designation.
## The Italian property
Italian authorities later said they were examining properties linked to Arkady Rotenberg, including hotels and real estate in Rome and Sardinia. Officials said they would be frozen under the EU regulation.
""")

add("w-rotenberg-sues-nordic-banks-oct-2018.md", "Boris Rotenberg sues four Nordic banks for refusing his payments", "2018-10-10", "Nordic Finance Review", "HELSINKI", """
Russian billionaire Boris Rotenberg has sued four of the largest banks operating in Finland for refusing to handle his payments because of US sanctions.
## The claim
Rotenberg filed the claim at the Helsinki District Court in early October against Nordea Bank, Danske Bank, Svenska Handelsbanken and OP Corporate Bank. He asks the court to order the banks to resume servicing his accounts and to pay him about 70,000 euros in compensation. Together the banks hold about 77% of the Finnish banking market.
## Finnish citizen, US target
Rotenberg is a citizen of both Russia and Finland. He moved to Finland through a repatriation programme in the 1990s and obtained a Finnish passport in 2002. He has been on the US SDN list since March 2014 but, unlike his brother Arkady, he is not on the EU list. His lawyers argue that the banks discriminated against an EU citizen by applying US law that is not in force in Finland.
## The banks' position
The banks say they must protect themselves against the risk of US secondary sanctions. Since 2017, US law obliges the president to sanction foreign financial institutions that facilitate significant transactions for listed Russians. Among the refused payments were bills and taxes related to his property in Finland.
## Why it matters
Lawyers say the case will test how far EU banks can go in applying US sanctions. The EU's Blocking Statute covers certain US measures against Iran and Cuba, not the Russia programme. A ruling is not expected before 2019.
""")

add("w-rotenberg-loses-helsinki-court-summary-jan-2020.html", "Court summary: Helsinki District Court rejects Rotenberg's claim against Nordic banks", "2020-01-13", "Nordic Sanctions Law Notes", "HELSINKI", """
## Decision
On 13 January 2020 the Helsinki District Court rejected the claim brought by Boris Rotenberg against Nordea Bank, Danske Bank, Svenska Handelsbanken and OP Corporate Bank. The banks had refused to process his payments from 2017 because of US sanctions.
## Facts
Rotenberg, a Russian and Finnish citizen, has been on the US SDN list since March 2014 under the Ukraine/Russia-related programme. He is not on the EU list. He claimed that the refusals discriminated against him and sought orders to restore services and about 70,000 euros in compensation.
## Reasoning
The court found that the risk of US secondary sanctions gave the banks a legitimate reason to refuse services to a person on the SDN list. It also held that Rotenberg had not proved that he was a resident of the European Economic Area, which weakened his claim under the rules on access to payment accounts. The refusals were therefore not unlawful discrimination.
## Costs
Rotenberg was ordered to pay the banks' legal costs. He may appeal to the Helsinki Court of Appeal.
## Significance
Commentators said the ruling confirms that EU banks may decline customers designated only by the United States. It echoes a 2019 English judgment allowing a bank to suspend payments to a company indirectly owned by a US-sanctioned Russian.
## Practical note for banks
A bank may refuse or end a relationship with a US-only designated client where it can show a real risk to its own business. Document the risk assessment.
""")

add("w-eu-sanctions-boris-rotenberg-apr-2022.txt", "EU finally lists Boris Rotenberg, a Finnish citizen, in fifth package", "2022-04-09", "Brussels Briefing", "BRUSSELS", """
The European Union has added Boris Rotenberg to its sanctions list, eight years after the United States designated him, making him the second Finnish citizen on the EU's Russia list.
## THE FIFTH PACKAGE
The listing, adopted on April 8 as part of the fifth package of sanctions against Russia, freezes his assets in the EU and bans EU persons from making funds available to him. As an EU citizen he cannot be refused entry to Finland, but the travel ban applies to other member states. The same round named Sberbank chief Herman Gref, aluminium magnate Oleg Deripaska and Putin's adult daughters.
## WHY NOW
The Council cited his role as a business partner of Vladimir Putin and his interests in companies that benefit from state contracts. His brother Arkady has been on the EU list since July 2014.
## SANCTIONED ALMOST EVERYWHERE
Boris Rotenberg is now sanctioned by the EU, the UK, the US, Japan, Canada, Switzerland, Australia, New Zealand and Ukraine. He has been on the US SDN list since March 2014.
## THE CASH WITHDRAWAL
Finnish media later reported that on April 4, four days before the listing, Rotenberg withdrew funds in cash from a Finnish company account at Suupohjan Osuuspankki, a small cooperative bank. The bank's compliance officer had recommended refusing the payout, according to Ilta-Sanomat, but the bank overrode the recommendation after he promised not to transfer the money to Russia or Belarus.
## WHAT CHANGES FOR FINNISH BANKS
Until April 8, Finnish banks could lawfully serve him under EU law and refused only because of US risk. Now EU law itself requires a freeze.
---
Our tip: Finland's best lakeside saunas.
Leave a Reply
""")

add("w-rotenberg-finnish-bank-cash-blog.html", "Blog: The Rotenberg cash and what Finnish banks got wrong", "2023-06-12", "Nordic Compliance Blog", "", """
## The story
In April 2022 Boris Rotenberg was allowed to withdraw cash from a Finnish company account at Suupohjan Osuuspankki, a small bank in south-west Finland. He received the money on April 4. On April 8 the EU added him to its sanctions list. Documents published by the Finnish Financial Supervisory Authority show that the bank's compliance officer recommended refusing the payout and that the bank cancelled that recommendation. No reason was given.
## The US listing was already there
Rotenberg had been on the US SDN list since 2014. According to Ilta-Sanomat, the bank had been trying to close his account since 2020 because of the US sanctions, but postponed the decision several times.
## Lessons
First, a US-only listing is a reason to exit, as the Helsinki District Court confirmed in January 2020 when it rejected his claim against four Nordic banks. Second, when an EU listing is being discussed in the press, large cash withdrawals are a red flag. Third, the compliance function must be able to say no.
## Was it illegal?
On April 4 he was not yet listed in the EU, so the payout itself was not a breach of EU sanctions. The question is whether it was prudent. The supervisor's findings focus on risk management, not on a sanctions violation.
## Comments
**Pekka, June 12, 2023:** Small cooperative banks don't have the staff for this. Not an excuse, but a fact.
**Liisa, June 13, 2023:** The son's hotel case shows it is still going on.
## Leave a Reply
""")

add("w-roman-rotenberg-funds-seized-jan-2023.txt", "Finnish court blocks tax payment by Rotenberg's son over sanctions evasion suspicion", "2023-02-02", "Nordic Finance Review", "HELSINKI", """
Finnish police suspect Roman Rotenberg, the son of EU-sanctioned billionaire Boris Rotenberg, of helping his father get round sanctions, Helsingin Sanomat reported.
## THE SEIZURE
On January 26 the Helsinki District Court ordered the seizure of 120,000 euros that Roman Rotenberg paid to the tax office as property tax for the Langvik spa hotel near Helsinki. The hotel belongs to Centrum Tanskarla, which is owned by Roman Rotenberg's company Langvik Capital.
## WHY THE FUNDS WERE BLOCKED
Roman Rotenberg is not under sanctions himself. But the assets of Langvik Capital were frozen last autumn because Boris Rotenberg was a major creditor of the company. Investigators suspect that money linked to the father was used.
## UNUSUAL STEP
"It is unusual for Finnish law that the funds were confiscated from the tax office and not from my client," said his lawyer Mikko Mantere. The lawyer said Rotenberg paid the tax from his own funds but did not disclose where the money came from.
## THE FATHER'S STATUS
Boris Rotenberg has been on the US SDN list since 2014 and has been under EU sanctions since April 2022. In 2017 four banks in Finland stopped servicing his accounts because of the US listing; he sued and lost in January 2020.
## WHAT IT MEANS FOR BUSINESSES
Firms dealing with family members of listed persons must check where money comes from. A family member not on a list may still be used to route funds, and frozen companies cannot pay bills without a licence.
---
Our tip: Five new restaurants in Helsinki.
Leave a Reply
""")

add("w-langvik-hotel-weekend-review.html", "Review: a spa weekend at Langvik, half an hour from Helsinki", "2022-02-14", "Weekend Escapes", "", """
## First impressions
Langvik sits on a peninsula in Kirkkonummi, about 30 kilometres west of Helsinki, surrounded by pine forest and the frozen sea in winter. The drive from the city takes around half an hour.
## Rooms
Our room looked out over the water. The hotel has about 150 rooms, most with large windows and Nordic furniture. Beds were comfortable, and the bathroom had a proper bathtub, which is rarer than you would think in Finnish hotels.
## The spa
The spa is the reason to come. There are several saunas, including a smoke sauna by the shore, an indoor pool and outdoor hot tubs. Guests take turns running from the sauna to a hole cut in the ice. The treatments menu is long; the birch-leaf massage was the highlight.
## Food
Dinner at the main restaurant was a tasting menu of local fish, game and forest mushrooms. Breakfast was generous, with rye bread, smoked salmon and porridge with lingonberries.
## Conference guests
On weekdays the hotel is popular with companies for conferences, and the corridors can feel busy. Weekends are quieter.
## Verdict
A good choice for a short break from Helsinki, especially in winter. Prices rise at weekends; book early.
## Practical
Public transport is limited; a car or taxi is easiest. Parking is free. The hotel is owned by a private company; reception staff speak Finnish, Swedish, English and Russian.
""")

# ---------------- Gutseriev ----------------
add("w-eu-sanctions-gutseriev-jun-2021.md", "EU sanctions Russian billionaire Mikhail Gutseriev over ties to Lukashenko", "2021-06-21", "Eastern Markets Review", "LUXEMBOURG", """
The European Union on Monday included Russian billionaire Mikhail Gutseriev in a new round of sanctions against Belarus, calling him a long-standing friend of Alexander Lukashenko.
## The fourth package
EU foreign ministers adopted the fourth package of restrictive measures against Belarus, covering 78 individuals and eight entities. Seven individuals and one entity were listed over the forced landing of a Ryanair flight in Minsk on May 23 and the arrest of journalist Roman Protasevich and his companion Sofia Sapega. The rest are judges, security officials and businessmen who support and benefit from the regime. With the additions, EU measures against Belarus cover 166 individuals and 15 entities.
## Why Gutseriev
The EU said Gutseriev, the largest single foreign investor in Belarus, owns Slavkali, which is building the Nezhinsky potassium chloride mining and processing plant on the Starobinsky potash deposit near Lyuban. Lukashenko has promised to rename the town Gutserievsk in his honour. The EU also noted that he helped Belarus with oil supplies in early 2020 when other Russian companies suspended deliveries.
## What the listing means
His assets in the EU are frozen, he may not enter or transit EU territory, and EU citizens and companies may not make funds available to him. His spokeswoman declined to comment.
## Market reaction
Gutseriev's Safmar group holds a stake in oil producer Russneft and controls electronics retailer M.Video-Eldorado. Moscow-traded shares of M.Video fell about 4% and Russneft about 1%.
## Coordinated action
The move was coordinated with the United States, Britain and Canada, which announced their own Belarus measures on the same day. Josep Borrell said another round was possible and that sectoral sanctions on potash and petroleum would go to EU leaders later in the week.
""")

add("w-gutseriev-leaves-russneft-board-jun-2021.txt", "Gutseriev quits Russneft board after EU sanctions", "2021-06-24", "Ledger Wire", "MOSCOW", """
Russian businessman Mikhail Gutseriev has decided to leave the board of directors of oil producer Russneft, the company said on Thursday, three days after the European Union put him on its Belarus sanctions list.
## THE STATEMENT
Russneft said it had received a statement from Gutseriev announcing his decision to leave the board. It did not give a reason. Gutseriev's family, through the Safmar group, remains a large shareholder.
## TRADERS REACT
As a result of the EU sanctions, TotalEnergies asked the price reporting agency S&P Global Platts to ensure that oil cargoes offered in its pricing window did not belong to companies linked to Gutseriev, traders said. Other European buyers said they were reviewing contracts with Russneft.
## IS RUSSNEFT SANCTIONED?
Russneft itself is not on the EU list. EU rules freeze companies owned or controlled by a listed person, so buyers are checking whether Gutseriev controls the company. Stepping down from the board reduces formal control but does not by itself settle the ownership question, lawyers said.
## KREMLIN VIEW
Russia's human rights commissioner Tatyana Moskalkova said Gutseriev had been punished for his charity in Belarus. Gutseriev has given a Maybach car to Lukashenko, Belarusian opposition media have reported.
## WHAT WAS NOT AFFECTED
The United States did not name Gutseriev in its June 21 Belarus action. His other companies, including M.Video-Eldorado, continue to trade.
## OTHER BUSINESSMEN
Alexei Oleksin, a Belarusian businessman listed the same day, sold his shares in MTBank, Belarusian media reported on June 24.
---
Our tip: Moscow's best summer terraces.
Leave a Reply
""")

add("w-gutseriev-belarus-sanctions-faq.html", "FAQ: Mikhail Gutseriev, Slavkali and the EU's Belarus sanctions", "2021-07-05", "Eastern Europe Compliance Hub", "", """
## Who is Mikhail Gutseriev?
A Russian businessman whose fortune was estimated at about 2.5 billion dollars by Forbes, placing him around 60th among Russian billionaires. He built oil company Russneft, lost it in 2007 under pressure to sell to Oleg Deripaska, fled to London, and bought it back after returning to Russia three years later. He was earlier president of Slavneft.
## When was he sanctioned and by whom?
The EU listed him on June 21, 2021 in the fourth package of measures against Belarus. The listing is an asset freeze, a travel ban and a prohibition on making funds available to him.
## Is he on the US SDN list?
Not as of this FAQ. The US Belarus action of June 21, 2021 did not name him.
## Why Belarus?
The EU considers him a long-standing friend of Lukashenko who supports and benefits from the regime, in particular through Slavkali and the Nezhinsky potash plant near Lyuban.
## Is Russneft sanctioned?
No, Russneft is not listed. Gutseriev left its board on June 24, 2021. Buyers should assess ownership and control before dealing.
## Can I still buy from M.Video-Eldorado?
Yes for consumers. Businesses in the EU should check ownership, because the Safmar group controls the retailer.
## Is Belarusian potash affected?
Separate sectoral measures on potash were agreed by EU leaders in late June 2021. Ask our helpline for details.
""")

add("w-eu-belarus-fourth-package-press-release-jun-2021.html", "Press release: Belarus - EU adopts fourth package of sanctions over human rights violations", "2021-06-21", "EU Council Press Digest", "LUXEMBOURG", """
## Press release
The Council today imposed restrictive measures on 78 individuals and 8 entities in view of the escalation of serious human rights violations in Belarus and the violent repression of civil society, democratic opposition and journalists.
## Ryanair landing
Seven individuals and one entity were listed in relation to the forced and illegal landing of a Ryanair flight in Minsk on 23 May 2021 and the detention of journalist Raman Pratasevich and Sofia Sapega. The incident endangered aviation safety.
## Businessmen
The Council also listed several prominent businessmen and companies that support the Lukashenka regime and benefit from it. "These sanctions send another strong signal to regime supporters that their continued support of Alexander Lukashenka comes at a cost," the statement says. Among them is Mikhail Gutseriev, a Russian businessman and long-standing friend of Lukashenka.
## Totals
Restrictive measures in view of the situation in Belarus now apply to a total of 166 individuals and 15 entities.
## Effect
Those designated are subject to an asset freeze, and EU citizens and companies are forbidden from making funds available to them. Individuals are also subject to a travel ban preventing them from entering or transiting through EU territory.
## Next steps
The Council will keep developments under review. Economic sectoral measures are being prepared for the European Council. The measures were coordinated with the United States, Canada and the United Kingdom.
## Media contacts
Press office, General Secretariat of the Council.
""")

add("w-slavkali-nezhinsky-potash-plant.md", "Slavkali's Nezhinsky potash project: a mine in the Belarusian marshes", "2020-11-03", "Mining Frontier", "LYUBAN", """
Near the town of Lyuban in southern Belarus, Slavkali is building one of the largest private investments in the country's history: the Nezhinsky mining and processing plant on the Starobinsky potash deposit.
## The project
The plant is designed to produce about 2 million tonnes of potassium chloride a year once it reaches full capacity. Slavkali, controlled by the family of Russian businessman Mikhail Gutseriev, has sunk two shafts and is building the processing complex. The investment is put at about 2 billion dollars.
## Local impact
The company says it will employ around 1,500 people. Lyuban, a town of about 11,000, has seen new housing, a sports hall and road repairs paid for by the project. President Alexander Lukashenko, visiting the site, joked that the town might one day be renamed in honour of its investor.
## Markets
Belarus already produces about a fifth of the world's potash through state-owned Belaruskali. Slavkali would be the country's second producer. Its output is expected to be exported through ports in Lithuania or Russia, mainly to China, India and Brazil.
## Challenges
Engineers said the geology of the deposit is complex, with water-bearing layers that slowed shaft sinking. The company has also faced a drop in potash prices since 2019.
## Timeline
Slavkali expects the first stage to start in 2022-2023. The company said it had secured financing from Russian and Belarusian banks.
""")

# ---------------- cross-story explainer ----------------
add("w-delisting-explainer-uk-eu-us.md", "Explainer: how people get off sanctions lists in the UK, EU and US", "2024-02-10", "Sanctions Desk Weekly", "LONDON", """
Getting on a sanctions list can take a day. Getting off usually takes years, and each jurisdiction has its own route.
## United Kingdom
A designated person can ask the minister for an administrative review and, if refused, challenge the decision in the High Court. The government publishes revocations in a consolidated list notice. Oleg Tinkov, the Tinkoff Bank founder listed on March 24, 2022, was removed on July 20, 2023 after selling his bank stake, renouncing Russian citizenship and lobbying by supporters. It was one of the few revocations under the Russia regime.
## European Union
EU listings are reviewed by the Council, usually every six months for the Russia regime. A listed person can ask the Council to reconsider and can bring an action for annulment at the General Court in Luxembourg. Andrey Melnichenko (listed March 9, 2022) and his wife Aleksandra (listed June 3, 2022) both challenged their listings there. Resigning from company boards, as he did, does not automatically lead to removal.
## United States
OFAC delisting requires a petition showing a change in circumstances. Boris and Arkady Rotenberg have been on the SDN list since March 2014; neither has been removed.
## Family and companies
Listing a person freezes companies they own or control. When ownership is moved to a relative, authorities may list the relative as well, as the EU did with Aleksandra Melnichenko.
## US-only listings in Europe
European banks may refuse clients designated only by the US, a Finnish court held in 2020 in Boris Rotenberg's case.
## Belarus regime
Mikhail Gutseriev has been under EU sanctions since June 21, 2021, under the Belarus regime rather than the Russia regime.
""")

# extra paragraphs to reach the 250-word floor
EXTRA = {
"w-eurochem-switzerland-lifts-may-2022.html": "## Note on sources\nThis summary is based on public reporting by Interfax, the Tages-Anzeiger and Bloomberg and on company statements. It will be updated if SECO or the Belgian authorities publish further decisions on the group or on its owners.",
"w-melnichenko-yacht-a-seized-mar-2022.md": "## Where it stands\nThe yacht remains in Trieste under the control of the Guardia di Finanza. Officials said any request to move it for safety reasons would be examined case by case by the finance ministry's sanctions committee.",
"w-eurochem-sanctions-faq.html": "## Does this apply outside the EU?\nSwitzerland generally mirrors EU listings. The United Kingdom runs its own list; check it separately. Rules in other countries vary and this FAQ does not cover them.",
"w-eurochem-fertiliser-market-outlook.md": "## Logistics\nRail capacity to northern ports was adequate this summer, and barge traffic on the Scheldt was normal. Storage at the Antwerp site was described by buyers as well stocked ahead of the season.",
"w-rotenberg-loses-helsinki-court-summary-jan-2020.html": "## Comment\nThe decision was welcomed by banking associations, which had warned that an order to serve an SDN-listed client would put Finnish banks in conflict with their US correspondents.",
"w-langvik-hotel-weekend-review.html": "## Getting there in summer\nIn summer the hotel rents bicycles and kayaks, and there is a small beach below the terrace. Golf courses nearby make it popular with groups from Helsinki.",
"w-gutseriev-belarus-sanctions-faq.html": "## Can he travel to the EU?\nNo. The listing bans him from entering or transiting through EU territory. Exemptions exist for humanitarian reasons and are decided by member states.",
"w-eu-belarus-fourth-package-press-release-jun-2021.html": "## Legal acts\nThe legal acts, including the names of the persons and entities concerned, have been published in the Official Journal of the European Union.",
"w-slavkali-nezhinsky-potash-plant.md": "## Investor\nGutseriev, who built the Russneft oil company, has described the project as his most important investment outside Russia. The company has not published a final budget.",
"w-melnichenko-general-court-summary-jan-2025.html": "",
"w-rotenberg-sues-nordic-banks-oct-2018.md": "",
}
for k, v in EXTRA.items():
    if v:
        A[k]["body"] += "\n" + v
EXTRA2 = {
"w-melnichenko-general-court-summary-jan-2025.html": "## Appeal\nAn appeal on points of law lies to the Court of Justice within two months and ten days of notification of the judgment.",
"w-eu-sanctions-arkady-rotenberg-jul-2014.md": "## Reaction\nA spokesman for Arkady Rotenberg declined to comment. Russian officials called the EU measures counterproductive and promised a response.",
"w-rotenberg-sues-nordic-banks-oct-2018.md": "## Banks' comment\nNordea and Danske Bank declined to comment on a pending case. OP said it follows international sanctions in all its business.",
"w-rotenberg-finnish-bank-cash-blog.html": "**Mikko, June 14, 2023:** The supervisor should publish more of these decisions so smaller banks learn.",
"w-gutseriev-leaves-russneft-board-jun-2021.txt": "## SHARES\nRussneft shares were little changed on the news in Moscow trading on Thursday.",
"w-slavkali-nezhinsky-potash-plant.md": "## Competition\nAnalysts said a second Belarusian producer could add pressure on world prices once the plant runs at full rate.",
}
for k, v in EXTRA2.items():
    b = A[k]["body"]
    if k.endswith(".txt") and "\n---" in b:
        i = b.index("\n---"); A[k]["body"] = b[:i] + "\n" + v + b[i:]
    else:
        A[k]["body"] = b + "\n" + v
