# Alisher Usmanov (EU/UK/US sanctions, Everton, courts, German probes); Viktor Vekselberg / Renova / Sulzer; yachts.
A2 = [
dict(fname="n-eu-sanctions-usmanov-feb-2022.md", date="2022-03-01", outlet="Continental Business Review", byline="Henrik Vogel",
url="https://example.org/cbr/2022/03/01/eu-freezes-usmanov-assets",
title="EU freezes assets of Alisher Usmanov as sanctions reach Russia's richest tycoons",
lede="The European Union has frozen the assets of Alisher Usmanov, the Uzbek-born metals and telecoms billionaire, and banned him from travelling to the bloc, in a list of 26 individuals published in the Official Journal on Monday, February 28, 2022.",
body="""
## Why the EU listed him

The EU described Usmanov as a pro-Kremlin oligarch with particularly close ties to Russian President Vladimir Putin and said he had actively supported Moscow's policies of destabilising Ukraine. The listing means all of his funds and economic resources in the EU are frozen, EU persons may not make money or assets available to him, and he may not enter or transit through EU territory.

The measures were adopted in the days after Russia's full-scale invasion of Ukraine on February 24.

## Usmanov's response

In a statement on Tuesday, Usmanov called the decision unfair and said the reasons given were "a set of false and defamatory allegations" damaging his honour, dignity and business reputation. He said he would use all legal means to protect his reputation. He also announced that he was stepping aside, for the time being, as president of the International Fencing Federation.

## What is affected

Usmanov built his fortune in metals through Metalloinvest and in telecoms through MegaFon, and he holds the investments through USM Holdings. His superyacht Dilbar, one of the world's largest, has been at the Blohm+Voss shipyard in Hamburg since October 2021 for a refit. German officials said they were examining which assets fall under the freeze.

A freeze does not confiscate property. Assets remain legally owned by the listed person but cannot be sold, moved, rented out or used. Companies owned or controlled by a listed person can also be affected.

## Not yet in London or Washington

The listing applies in the 27 member states. At the time of writing, Usmanov had not been sanctioned by the United Kingdom or the United States, although British MPs have urged ministers to act, pointing to his long commercial ties with Everton Football Club through sponsorship deals with USM, MegaFon and the mobile brand Yota. Everton's majority owner, Farhad Moshiri, is a long-time business partner of Usmanov and chairman of USM.

## Legal challenge expected

Listed persons can bring an action for annulment at the EU General Court in Luxembourg. EU listings must be renewed periodically by unanimous decision of member states.
"""),

dict(fname="n-everton-suspends-usmanov-sponsors-mar-2022.html", date="2022-03-02", outlet="Merseyside Sport Daily", byline="Gareth Lowe",
url="https://example.org/merseyside-sport/2022/03/02/everton-suspend-usm-megafon-yota",
title="Everton suspend sponsorship deals with Usmanov-linked USM, MegaFon and Yota",
lede="Everton have suspended with immediate effect all commercial sponsorship arrangements with the Russian companies USM, MegaFon and Yota, two days after their backer Alisher Usmanov had his assets frozen by the European Union.",
comments=[("BlueBlood1878", "Right call. The stadium will get built either way."), ("Stevie P", "Suspended or cancelled? Big difference for the accounts."), ("Gwladys_St", "Thinking of Mykolenko and his family.")],
body="""
## The statement

"Everyone at Everton remains shocked and saddened by the appalling events unfolding in Ukraine," the club said on Wednesday. "The players, coaching staff and everyone working at Everton is providing full support to our player Vitalii Mykolenko and his family." The club then confirmed that it had suspended all commercial sponsorship arrangements with USM, MegaFon and Yota. Mykolenko, a Ukraine international, joined from Dynamo Kyiv in January.

## How much money is involved

Usmanov's USM Holdings has sponsored the club's Finch Farm training ground since a five-year deal announced in 2017, reported to be worth about 12 million pounds a year. In January 2020 USM paid 30 million pounds for an exclusive option on the naming rights to the club's planned new stadium at Bramley-Moore Dock. MegaFon, the mobile operator in which Usmanov is the majority shareholder, sponsors the front of the women's team shirts, and Yota is part of the MegaFon group.

## Pressure in Parliament

Labour MP Chris Bryant had called on the club to terminate its contracts. The club's majority shareholder, Farhad Moshiri, is a long-time business partner of Usmanov and chairman of USM Holdings; he also holds shares in USM and MegaFon.

## Not yet sanctioned in Britain

The EU froze Usmanov's assets on Monday, February 28, calling him a pro-Kremlin oligarch with particularly close ties to Vladimir Putin. The UK government has not so far imposed sanctions on him, though ministers are under pressure to extend their list. Usmanov has said the EU decision is unfair and based on false allegations.

## What suspension means

The club did not say whether the deals would be cancelled outright. A suspension stops payments and branding for now; USM, MegaFon and Yota branding will be removed from the training ground, stadium and shirts. Club sources said it was too early to say how the loss would affect the stadium build.

## Fans react

Supporters' groups welcomed the move. "The club had no choice," said one season-ticket holder outside Goodison Park. "But we need to know the new stadium is safe."
"""),

dict(fname="n-uk-sanctions-usmanov-shuvalov-mar-2022.html", date="2022-03-04", outlet="Westminster Markets Report", byline="Imogen Clarke",
url="https://example.org/wmr/2022/03/04/uk-sanctions-usmanov-shuvalov",
title="UK freezes assets of Alisher Usmanov and Igor Shuvalov; Moshiri quits USM",
lede="The British government on Thursday, March 3, 2022, imposed an asset freeze and travel ban on Alisher Usmanov, the billionaire whose companies sponsored Everton, and on Igor Shuvalov, a former Russian first deputy prime minister, extending UK sanctions over Russia's invasion of Ukraine.",
body="""
## What the UK did

Foreign Secretary Liz Truss said the two men were among the Kremlin's closest allies and that the government would continue to target oligarchs. The designations freeze any of their assets in the UK, bar UK persons and companies from dealing with them, and ban them from entering the country. The UK's financial sanctions regime is administered by the Office of Financial Sanctions Implementation (OFSI) at the Treasury.

Usmanov is known in Britain for his London homes and for his long involvement in English football. He was a major shareholder in Arsenal until 2018 and later became the main commercial backer of Everton.

## United States acts too

The US Treasury on the same day added Usmanov to its Specially Designated Nationals list, and the State Department imposed visa restrictions. Washington also identified his superyacht Dilbar as blocked property. US persons may not deal with him or with entities he owns 50% or more of.

## Everton cuts ties

Everton had already suspended its sponsorship arrangements with USM, MegaFon and Yota on Wednesday. On Thursday the club's majority owner Farhad Moshiri resigned as chairman of USM Holdings, a move seen as putting further distance between him and his long-time business partner. Moshiri, who also stepped down from the USM board, said he would focus on Everton.

Usmanov's USM had paid 30 million pounds in 2020 for an option on the naming rights for Everton's planned Bramley-Moore Dock stadium. With the UK freeze in place, the club cannot make or receive payments involving him without a licence from OFSI.

## Three jurisdictions

Usmanov is now sanctioned by the European Union (since February 28), the United Kingdom and the United States. He has said the EU listing is unfair and that he will challenge it in court. A spokesman did not respond to questions about the UK decision.

## What it means for counterparties

Banks in London have begun freezing accounts linked to both men. Lawyers said companies with Usmanov-linked shareholders must check whether he owns or controls them; under UK rules, entities owned or controlled by a designated person are treated as designated too.
"""),

dict(fname="n-usmanov-loses-eu-court-challenge-feb-2024.txt", date="2024-02-07", outlet="Luxembourg Court Notes", place="Luxembourg", byline="Claire Fontaine",
url="https://example.org/court-notes/2024/02/07/usmanov-v-council",
title="Court ruling summary: General Court dismisses Usmanov's challenge to EU sanctions",
lede="The EU General Court on Wednesday, February 7, 2024, dismissed an action by Alisher Usmanov seeking annulment of the EU acts that froze his assets and banned him from entering the bloc, meaning the Russian-Uzbek billionaire stays on the EU sanctions list.",
caption="The Court of Justice of the European Union complex in Luxembourg",
tip="Three day trips from Luxembourg City by train",
comments=[("eulaw_student", "The Court gives the Council a lot of room on 'leading businessperson'."), ("R. Ivanova", "Appeal to the Court of Justice next, surely.")],
body="""
## THE CASE

Usmanov was listed on February 28, 2022, four days after Russia began its full-scale invasion of Ukraine. The Council said he was a pro-Kremlin oligarch with particularly close ties to President Vladimir Putin and that he had actively supported the Russian government's policies of destabilising Ukraine. Usmanov argued that he had been targeted only because of his wealth, denied any special relationship with Putin and denied influence over decisions of the Russian authorities. He challenged both the initial listing and later acts renewing it.

## THE RULING

The General Court rejected the action. It held that the Council had provided a sufficiently solid factual basis for the listing and had not made an error of assessment. It also found the measures proportionate to their aim of increasing pressure on Russia, and that they did not unduly restrict Usmanov's right to property. He was ordered to pay costs. The same day the Court dismissed a similar action by Igor Shuvalov, a former first deputy prime minister.

## WORDING CHANGE

In September 2023 the Council changed the reasons given for Usmanov's listing. He is no longer described as an oligarch but as a leading businessperson involved in economic sectors that provide a substantial source of revenue to the Russian government, a separate listing criterion. A Hamburg court had earlier barred Forbes from repeating some claims from an article cited by the Council.

## WHAT IT MEANS

Usmanov remains subject to the EU asset freeze and travel ban. EU persons may not make funds or economic resources available to him. He can appeal on points of law to the Court of Justice within two months and ten days. Separately, the listing must be renewed by the Council every six months. The ruling does not affect his sanctions in the United Kingdom or the United States, which are imposed under different laws.

## CONTEXT

Several wealthy Russians have won partial victories in Luxembourg, usually because the Council could not prove a current link to the Kremlin. Lawyers said Usmanov's case shows that the revised business-sector criterion makes such challenges harder.
"""),

dict(fname="n-usmanov-sister-loses-eu-case-may-2024.html", date="2024-05-08", outlet="Continental Business Review", byline="Henrik Vogel",
url="https://example.org/cbr/2024/05/08/ismailova-loses-eu-sanctions-case",
title="Usmanov's sister loses bid to overturn EU sanctions; court points to yacht Dilbar",
lede="Gulbakhor Ismailova, the sister of Russian-Uzbek billionaire Alisher Usmanov, lost her legal challenge on Wednesday, May 8, 2024, against the EU sanctions imposed on her after Russia's invasion of Ukraine.",
body="""
## The ruling

The EU General Court dismissed her action and ordered her to pay the legal costs. The Court found that the restrictions were not disproportionate. Ismailova, a gynaecologist who holds Russian, Uzbek and Cypriot citizenship, was placed on the EU list on April 8, 2022, as Usmanov's sister.

## Why she was listed

The Council said Usmanov had indirectly transferred assets to her, and the ruling refers in particular to the superyacht Dilbar. German authorities said in April 2022 that investigations had established that Dilbar belonged to Ismailova through a chain of companies, which brought the vessel within the scope of the EU freeze. The yacht has been at the Blohm+Voss shipyard in Hamburg since October 2021.

## Trusts renounced

Her representative said that in 2024 she voluntarily renounced her rights to receive benefits from two family trusts. Commentators noted that the Court assessed the grounds as they stood when the measures were adopted, so later steps such as the renunciation could not change the outcome of this case, although they could be raised with the Council at a later review.

## Brother's case

Usmanov himself lost a similar challenge in February 2024, when the General Court upheld his listing. In late 2022 Uzbekistan asked the EU to lift the sanctions on Usmanov and his sister, according to the Financial Times; the request was not granted.

Usmanov has had some legal successes elsewhere. A court in Hamburg in January barred the publication of certain claims in a Forbes article that had been cited to justify sanctions. A Frankfurt court declared unlawful the searches carried out on the Dilbar in autumn 2022.

## What it means

Both siblings remain on the EU list, with their assets in the bloc frozen and travel to the EU barred. The ruling can be appealed to the Court of Justice on points of law. The EU renews its Russia-related individual sanctions every six months, next in September.
""",
comments=[("Anna M.", "So the yacht stays in Hamburg indefinitely?"), ("legal_eagle_de", "The trust renunciation point will matter at the next review.")]),

dict(fname="n-why-usmanov-still-sanctioned-blog-jan-2025.html", date="2025-01-14", outlet="The Sanctions Notebook", byline="Miriam Osei",
url="https://example.org/sanctions-notebook/2025/01/14/why-is-usmanov-still-sanctioned",
title="Why is Alisher Usmanov still sanctioned? A reader asks, I answer",
lede="A reader wrote in after seeing headlines that German prosecutors had dropped a case against Alisher Usmanov: does that mean his sanctions are over? Short answer: no. Here is why.",
comments=[("Pieter van D.", "Good explainer. The criminal case vs. listing distinction is the bit people miss."), ("Miriam Osei", "Thanks Pieter - exactly the point I wanted to make."), ("kz_reader", "Is he still under UK sanctions too?"), ("Miriam Osei", "Yes, the UK designated him on March 3, 2022, and that is separate from the EU list.")],
body="""
## Criminal cases are not listings

In November 2024, German prosecutors dropped a money laundering investigation into Usmanov in exchange for a payment, without any finding of guilt. That is a criminal case, and ending it does nothing to his sanctions listings. The EU freeze comes from a Council decision, not from a prosecutor. Only the Council (or a court annulling its acts) can take him off the list.

Another German investigation is still open: Munich prosecutors are looking into suspected breaches of the Foreign Trade and Payments Act, including payments for security at homes in Bavaria and whether he declared assets in Germany as sanctioned persons must. That case has not been closed.

## The EU list keeps getting renewed

Usmanov has been on the EU list since February 28, 2022. EU member states renew the Russia individual listings every six months, most recently in September 2024, and Usmanov was kept on each time. In September 2023 the Council rewrote his reasons, describing him as a leading businessperson in sectors that fund the Russian state instead of calling him an oligarch.

## He lost in court

In February 2024 the EU General Court dismissed his challenge to the listing. In May 2024 his sister Gulbakhor Ismailova lost hers too.

## The UK and US are separate

The UK and the US sanctioned him on March 3, 2022. Those listings are under British and American law and are unaffected by anything a German prosecutor does.

## So what does this mean for you?

If you are a business: you still cannot make funds or economic resources available to Usmanov or to entities he owns or controls, in the EU, UK or US. If you are an investor: check whether a company you hold is majority-owned by him. If you are an Everton fan: the club suspended its sponsorship deals with USM, MegaFon and Yota in March 2022.

## My take

Headlines about dropped cases tend to be read as rehabilitation. They are not. Watch the Council's renewal votes in March and September instead.
"""),

dict(fname="n-usmanov-german-probe-closed-dec-2025.md", date="2025-12-31", outlet="Continental Business Review", byline="Henrik Vogel",
url="https://example.org/cbr/2025/12/31/usmanov-german-probe-closed",
title="Usmanov pays 10 million euros as Munich prosecutors close sanctions-breach probe",
lede="German prosecutors have closed an investigation into suspected breaches of EU sanctions rules by Alisher Usmanov after the billionaire agreed to pay 10 million euros, his lawyers and the Munich II public prosecutor's office said on Tuesday, December 30, 2025.",
body="""
## What was alleged

The investigation examined an alleged payment of about 1.5 million euros, made through foreign companies, for security services at two homes in the Bavarian lakeside town of Rottach-Egern between April and September 2022. Prosecutors also alleged that Usmanov failed to declare jewellery, paintings and wines to BAFA, Germany's export control office, within the deadline that applies to people under EU sanctions. The case concerned suspected violations of the Foreign Trade and Payments Act.

Usmanov denied wrongdoing. His lawyers said he had no links to the companies that made the payments and did not own or control the properties, and that EU sanctions were not directly applicable to the facts.

## How the case ended

The prosecutors closed the proceedings on grounds of procedural economy after Usmanov consented and paid 10 million euros, split between the Bavarian state budget and charities. His lawyers stressed that the payment is neither a fine nor a punishment and that the presumption of innocence remains intact. Once the payment is made, the same allegations cannot be prosecuted again.

"In order to save on procedural costs, as well as to save personal time and health, our client agreed to its termination," his lawyers said.

## Second closure in just over a year

In November 2024 German prosecutors dropped a separate money laundering investigation into Usmanov on similar terms. With this decision, both German criminal probes against him have now ended.

## Sanctions remain

The closure does not lift any sanctions. Usmanov, who has a net worth of about $18.8 billion according to the Bloomberg Billionaires Index, remains subject to EU and US sanctions and an EU travel ban imposed after Russia's invasion of Ukraine in 2022. His assets in the EU remain frozen. He lost a challenge to his EU listing at the General Court in February 2024.

## Wider debate

Defence lawyers in Germany have questioned whether the duty on sanctioned people to report their own assets is constitutional, arguing that it forces people to incriminate themselves. Usmanov's lawyers said the investigation rested on such provisions. The government has not proposed changing the rules.
"""),

dict(fname="n-everton-new-stadium-opens-aug-2025.html", date="2025-08-26", outlet="Merseyside Sport Daily", byline="Gareth Lowe",
url="https://example.org/merseyside-sport/2025/08/26/everton-first-league-game-new-stadium",
title="Everton christen their waterfront stadium with a first Premier League win",
lede="Everton played their first Premier League match at their new home on the banks of the Mersey on Sunday, ending 133 years at Goodison Park with a home win over Brighton in front of a sell-out crowd.",
comments=[("Bramley_Boy", "Goosebumps walking along the dock. Worth the wait."), ("Ellen", "Transport home was chaos though."), ("oldschoolblue", "Still miss Goodison.")],
body="""
## A new era on the docks

The 52,888-capacity stadium at Bramley-Moore Dock, now named Hill Dickinson Stadium after a naming-rights deal with the Liverpool-founded law firm, was built on a reclaimed dock in the city's northern docklands. Construction began in 2021. Test events, including an under-18s match and a friendly, were held in the spring and summer before the league opener.

Fans arrived early along the waterfront, where the club has created a fan zone. Many said the atmosphere in the steep single-tier south stand, designed to hold more than 13,000 supporters, lived up to promises.

## The match

David Moyes's side took the lead in the first half and controlled much of the game. The manager said afterwards that the players had felt the weight of the occasion. "It's a special day for everyone connected with this club," Moyes said. "We wanted to give the supporters a win in the first league game here, and we did."

## Long road to completion

The project was first discussed more than a decade ago and went through planning battles, a UNESCO dispute over Liverpool's waterfront and financial uncertainty. The club's previous owner, Farhad Moshiri, championed the stadium; the Friedkin Group completed its takeover of the club in December 2024. Earlier commercial arrangements for the stadium, including an option on the naming rights once held by USM, the holding company of Alisher Usmanov, did not result in the stadium bearing that company's name.

## Goodison's future

Goodison Park, the club's home since 1892, will be used by Everton's women's team. The club says it will remain part of Everton's identity.

## Business of the stadium

The club hopes the new ground will increase matchday and hospitality revenue substantially, and it has spoken of hosting rugby and international football too. Corporate boxes sold out for the season, the club said, and concerts and other events are planned for the summer. Local businesses in the area said they were already seeing more visitors on matchdays.

## Next up

Everton are back in action next weekend, before the international break.
"""),

dict(fname="n-vekselberg-renova-sanctioned-apr-2018.md", date="2018-04-07", outlet="Alpine Finance Journal", byline="Reto Baumann",
url="https://example.org/alpine-finance/2018/04/07/vekselberg-renova-sdn",
title="US sanctions Vekselberg and Renova; Swiss holdings Sulzer, Oerlikon in spotlight",
lede="The US Treasury on Friday, April 6, 2018, added Russian billionaire Viktor Vekselberg and his Renova Group to its list of Specially Designated Nationals, raising immediate questions for the Swiss industrial companies in which Renova holds large stakes.",
body="""
## The Treasury action

The Office of Foreign Assets Control designated seven Russian oligarchs, 12 companies they own or control, 17 senior Russian government officials, a state-owned weapons trading company and a bank. The administration said the measures punished Russia for a range of activities, including attempts to subvert Western democracies, its occupation of Crimea, support for the Syrian government and malicious cyber activity.

Vekselberg is chairman of the Renova Group, a Moscow-based conglomerate with interests in metals, energy, telecoms and engineering. With the designation, any of his and Renova's property within US jurisdiction is blocked, and US persons are generally prohibited from dealing with them.

## The 50% rule

Under OFAC's 50% rule, any entity owned 50% or more, directly or indirectly, by one or more blocked persons is itself treated as blocked, even if it is not named on the list. That matters greatly in Switzerland.

Renova holds about 63.4% of Sulzer, the Winterthur-based maker of pumps and industrial equipment, which makes Sulzer blocked by operation of the rule. Renova also holds significant minority stakes in OC Oerlikon and steelmaker Schmolz + Bickenbach. Because those stakes are below 50%, the companies are not automatically blocked, though both said their lawyers were studying the designations.

## Sulzer's exposure

Sulzer has large US operations and customers who may be unable to pay it while it is treated as blocked. Analysts said the company would need to act quickly to reduce Renova's holding or obtain a licence from OFAC. Sulzer said it was analysing the situation with its advisers and was in contact with the authorities.

## Wider fallout

The same action targeted Oleg Deripaska and companies linked to him, including aluminium producer Rusal, and Gazprom chief Alexei Miller. Russian stocks and the rouble fell sharply in early trading on Monday in Moscow, traders said.

## What comes next

OFAC typically issues general licences allowing counterparties a limited period to wind down transactions. Lawyers in Zurich said Swiss companies are not bound by US sanctions as such, but that banks, customers and suppliers with US ties will refuse to deal with a blocked entity.
"""),

dict(fname="n-sulzer-buyback-ofac-licence-apr-2018.html", date="2018-04-16", outlet="Alpine Finance Journal", byline="Newsdesk", kind="press",
url="https://example.org/alpine-finance/2018/04/16/sulzer-ofac-release",
title="Company action summary: Sulzer completes Renova share buyback, OFAC releases its assets",
lede="Summary of announcements made by Swiss engineering group Sulzer between April 9 and April 16, 2018, after US sanctions on its majority shareholder.",
body="""
## The problem

On April 6, 2018, the US Office of Foreign Assets Control designated Viktor Vekselberg and his Renova Group. Renova held about 63.42% of Sulzer. Under OFAC's 50% rule, Sulzer was therefore treated as a blocked entity, even though it was never named on the SDN list itself. Its shares fell as much as 16% in the days after the designation.

## The fix: buying back five million shares

At an emergency board meeting on Sunday, April 8, Sulzer signed a binding agreement under which Renova would transfer five million Sulzer shares, about 15% of the outstanding stock, to Sulzer. The company applied to OFAC for the necessary authorisation the same day. Announced on Monday, April 9, the purchase was executed from April 9 to April 13 at the volume-weighted average share price over that period, which came to 109.13 Swiss francs per share, for a transaction value of about 546 million francs.

After completion, Renova's stake fell to 48.83%, below the 50% threshold. Sulzer said it would not pay Renova until it had legal confirmation that the transfer did not expose it to primary or secondary sanctions. The shares were placed in treasury.

## OFAC licence and release

On Saturday, April 14, Sulzer said it had received a licence from OFAC. On Monday, April 16, it announced that the release of its assets by OFAC was fully completed. The company said it considered that the transaction settled any concern about its independence from the Renova Group. It said it would give more detail with its first-quarter order intake on April 19.

## What it means

Sulzer is not a sanctioned company. Customers, suppliers and banks can deal with it normally. Renova and Vekselberg remain on the SDN list, and Renova remains Sulzer's largest shareholder with 48.83%; the proceeds of the buyback due to Renova are subject to US sanctions rules.

## Timeline

April 6: OFAC designates Vekselberg and Renova. April 8: buyback agreement. April 9-13: purchase period. April 14: OFAC licence received. April 16: asset release completed.
"""),

dict(fname="n-tango-yacht-seized-apr-2022.txt", date="2022-04-05", outlet="Mediterranean Marine News", place="Palma de Mallorca", byline="Sofia Ruiz",
url="https://example.org/med-marine/2022/04/05/tango-seized",
title="Spain seizes Vekselberg's superyacht Tango at US request",
lede="Spanish police and US federal agents on Monday, April 4, 2022, seized the superyacht Tango, owned by sanctioned Russian billionaire Viktor Vekselberg, at a shipyard in Palma de Mallorca, the first yacht taken under the US KleptoCapture task force.",
caption="The 78-metre Tango moored at a Palma shipyard",
tip="Island hopping on a budget: the Balearics by ferry",
comments=[("Jaume", "Half the marina is empty this spring."), ("seadog", "Who pays the mooring fees now?")],
body="""
## THE SEIZURE

Officers from Spain's Guardia Civil boarded the 78-metre yacht alongside agents from the FBI and Homeland Security Investigations. The US Justice Department said a federal magistrate judge in Washington had issued a seizure warrant finding probable cause that the vessel was subject to forfeiture for violations of US bank fraud, money laundering and sanctions laws. The Justice Department valued the Tango at about $90 million.

Prosecutors allege that Vekselberg, designated by the US Treasury on April 6, 2018, used shell companies to hide his ownership of the yacht and kept paying US dollars for its upkeep through US banks after he was sanctioned.

## "FIRST OF MANY"

Attorney General Merrick Garland said the seizure showed the department would pursue every asset of those who enable the Russian government's war in Ukraine. Task Force KleptoCapture was set up in early March to enforce sanctions on Russian elites.

## WHO IS VEKSELBERG

Vekselberg chairs the Renova Group, which holds stakes in Swiss industrial companies including Sulzer. He and Renova were designated in 2018 over Russia's malign activities worldwide. Renova cut its stake in Sulzer to below 50% after that designation, which let the Swiss company escape the sanctions.

## OTHER YACHTS

European governments have frozen or detained several yachts linked to sanctioned Russians since February, including vessels in Italy, France and Germany. A seizure for forfeiture under US law goes further than a freeze: the US government seeks to take ownership through court proceedings. A freeze only stops the owner from using, selling or moving the asset.

## WHAT IT MEANS FOR THE MARINA

Shipyard workers said the Tango had been in Palma for maintenance for several weeks before the seizure. Spanish officials said the crew would be allowed to leave the vessel and that the yard would keep it secure. Local businesses that serviced the yacht said they were unsure whether outstanding invoices would now be paid, because dealing with a sanctioned owner's money requires a licence.

## WHAT HAPPENS NEXT

The yacht will remain in Palma while US prosecutors seek a forfeiture order in court. Vekselberg's representatives did not comment. The owner can contest the forfeiture, a process that can take years.
"""),

dict(fname="n-sanctioned-superyachts-explainer-may-2022.txt", date="2022-05-10", outlet="Mediterranean Marine News", place="Barcelona", byline="Sofia Ruiz",
url="https://example.org/med-marine/2022/05/10/frozen-seized-detained-yachts-explained",
title="Frozen, detained, seized: what happens to sanctioned oligarchs' superyachts",
lede="Since Russia invaded Ukraine, European and US authorities have taken action against dozens of yachts linked to sanctioned tycoons. The words used, frozen, detained, seized, mean different things, and two cases show the difference.",
caption="Superyachts at anchor off the Spanish coast",
tip="Spring sailing courses for total beginners",
comments=[("marina_mgr", "We need clearer guidance on who pays crew wages."), ("Olga", "Useful distinction, thanks.")],
body="""
## FREEZING

When a person is listed by the EU or the UK, everything they own or control in that jurisdiction is frozen. A frozen yacht stays the legal property of its owner but cannot be sold, chartered, moved or used. Authorities usually keep it in port. Maintenance may be allowed under licence.

The question is often who really owns a vessel. Superyachts are usually held through chains of offshore companies.

## THE DILBAR CASE

Dilbar, one of the world's largest motor yachts, has been at the Blohm+Voss shipyard in Hamburg since October 2021. The EU listed Alisher Usmanov on February 28, 2022. In April German authorities said investigations had established that the vessel belonged not to Usmanov but to his sister, Gulbakhor Ismailova. The EU listed her on April 8, 2022, and the yacht is now subject to the freeze.

## SEIZURE FOR FORFEITURE

The US can go further. On April 4, 2022, Spanish police and US agents seized the Tango, a 78-metre yacht valued at about $90 million and owned by Viktor Vekselberg, in Palma de Mallorca under a US warrant. Prosecutors allege sanctions evasion and bank fraud, and will ask a US court to order the vessel forfeited so that it can be sold.

## DETENTION

In the UK, the government has also used powers to detain ships owned or controlled by designated persons, preventing them from leaving port.

## WHO PAYS

Frozen yachts still need crews, insurance and maintenance. Shipyards and marinas must apply for licences to be paid from frozen funds, and several have complained about unpaid bills.

## WHY IT TAKES TIME

Establishing ownership can take weeks of work with company registries in several countries. Authorities often detain a yacht first and decide later whether it is covered. Owners frequently argue that a relative, a trust or a business partner is the real owner, as in the Dilbar case, which is why listings of family members often follow.

## CAN OWNERS GET THEM BACK

Owners can challenge listings in court or ask for delisting. In forfeiture cases they can contest the government's claim before a judge. Few such cases have been resolved so far.
"""),
]
