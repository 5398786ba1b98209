# Article text and metadata for the ZE blind set.
# Body markup: blank-line separated blocks. "## x" = subhead, "- x" lines = bullets,
# "@post user|when|text" = forum post, "@comment name|when|text" = reader comment, else paragraph.
# shape decides the chrome: news, explainer, faq, press, agency, court, blog, forum, advice.

ARTICLES = [
# ---------------- Story A: OTP Bank and Ukraine's "international sponsors of war" list ----------------
dict(fname="ZE-nacp-lists-otp-bank-war-sponsor-may-2023.md", date="2023-05-05", outlet="Kyiv Ledger", shape="news",
 title="Ukraine's anti-corruption agency adds Hungary's OTP Bank to 'war sponsors' list",
 body="""KYIV — Ukraine's National Agency on Corruption Prevention (NACP) on Thursday designated OTP Bank, Hungary's largest commercial bank, an "international sponsor of war", citing the group's decision to keep operating in Russia.

## Why the agency acted

The NACP said OTP's Russian unit offers preferential lending conditions to members of the Russian military: soldiers called up under mobilisation or serving on contract, and their families, can defer payments on their loans. In doing so, the agency said, the bank relies on a Russian law of October 7, 2022 that refers to the so-called Donetsk and Luhansk "people's republics", in effect recognising them.

## The bank in numbers

- OTP is one of the 50 largest banks in Russia and serves more than 2.2 million customers there.
- Its Ukrainian subsidiary holds roughly $507 million in assets.
- OTP is the 24th company the NACP has put on the list.

## What the listing means

The list is published on the agency's "War and Sanctions" portal. It is not a sanctions list: inclusion carries no legal consequences and freezes no assets. The agency describes it as a reputational tool meant to push international business out of Russia.

OTP did not immediately comment."""),

dict(fname="ZE-hungary-blocks-eu-aid-over-otp-may-2023.txt", date="2023-05-17", outlet="Danube Wire", shape="news",
 title="Hungary says it will block EU military aid tranche while OTP stays on Ukraine's list",
 body="""BUDAPEST — Hungary will not agree to a new 500 million euro tranche of EU military aid for Ukraine as long as OTP Bank remains on Kyiv's list of "international sponsors of war", Foreign Minister Peter Szijjarto said on Wednesday.

"As long as OTP is on the list of international sponsors of the war, we cannot support the allocation of a new tranche of 500 million euros from the European Peace Facility," Szijjarto wrote on social media. "We will not green light this."

The European Peace Facility, an off-budget EU fund set up in 2021, reimburses member states for weapons and equipment they send to Ukraine. Its tranches need the agreement of every member state, which gives Budapest an effective veto.

Szijjarto has called the listing of Hungary's largest bank, which has about three million account holders at home, "outrageous, unacceptable and scandalous". Ukraine's National Agency on Corruption Prevention added OTP to the list on May 4 over its continued business in Russia.

## How the list works

The agency's list has no legal force. Companies are named on a public web portal; nothing is frozen and no transactions are barred. Hungarian officials nevertheless say the label damages the bank's reputation."""),

dict(fname="ZE-hungary-again-blocks-epf-tranche-jun-2023.html", date="2023-06-26", outlet="Central Europe Briefing", shape="news",
 title="Hungary again blocks EU Peace Facility tranche, demands OTP be struck off Kyiv's list",
 body="""Hungary on Monday again refused to back a tranche of about 500 million euros from the European Peace Facility for Ukraine, repeating its demand that Kyiv take OTP Bank off its list of "international sponsors of war", Foreign Minister Peter Szijjarto told a press conference, according to Reuters.

"We are ready to change our stance if Ukrainians put an end to the absurd and deceitful situation where OTP, Hungary's largest bank, is listed as an international war sponsor," Szijjarto said.

It is the second time Budapest has held up the same money. It first announced the veto on May 17, less than two weeks after Ukraine's National Agency on Corruption Prevention named the bank on May 4.

The facility pays member states back for weapons they deliver to Ukraine. The EU Council recently agreed to increase it by 3.5 billion euros, but each tranche still needs unanimity.

Ukrainian officials say the list is a reputational measure with no legal effect, and that companies can be removed if they leave the Russian market or present a plan to do so. OTP has said it runs its Russian business in line with international sanctions and has been reducing corporate lending there.

As of Monday, OTP remained on the list."""),

dict(fname="ZE-nacp-suspends-otp-war-sponsor-status-sep-2023.md", date="2023-09-29", outlet="Kyiv Ledger", shape="news",
 title="Ukraine suspends OTP Bank's 'war sponsor' status to unlock EU military aid",
 body="""KYIV — Ukraine's National Agency on Corruption Prevention (NACP) has temporarily suspended the "international sponsor of war" status of Hungary's OTP Bank and five Greek shipping companies, the agency said on Thursday, in a move aimed at ending Hungary's blockade of EU military aid.

## Who was suspended

- OTP Bank (Hungary)
- Dynacom Tankers Management, Delta Tankers, Thenamaris Ships Management, Minerva Marine and TMC Tankers (Greece)

The decision followed negotiations between the agency, the companies and the governments of the two countries on ending cooperation with Russia. On the "War and Sanctions" portal the six now carry a temporarily suspended status; whether they are removed for good depends on whether they meet the agreed conditions, the NACP said.

## The aim

The agency said it hoped the step would lead Hungary to unblock 500 million euros of EU military aid for Ukraine, and would remove the risk of Greece blocking a future EU sanctions package against Russia.

## Budapest's reaction

Hungary's foreign ministry said a suspension was not enough and that it wanted the bank taken off the list entirely.

OTP had been on the list since May 4, 2023."""),

dict(fname="ZE-otp-removed-from-war-sponsors-list-oct-2023.txt", date="2023-10-03", outlet="Eastern Europe Finance Daily", shape="news",
 title="NACP drops OTP Bank from 'war sponsors' list after talks involving EU diplomats",
 body="""KYIV — Ukraine's National Agency on Corruption Prevention (NACP) said on Monday it had removed Hungary's OTP Bank from its list of "international sponsors of war" altogether, days after suspending the bank's status.

The agency said discussions with the participation of the European External Action Service, the EU's diplomatic service, had continued in recent days, and that OTP had undertaken obligations concerning its further activity on the Russian market. The NACP said it had fulfilled its part of the agreement and now expected the bank to carry out what had been agreed.

The removal follows the September 28 decision to suspend the status of OTP and five Greek shipowners. Hungary had said a suspension was insufficient and had kept blocking a 500 million euro tranche of EU military aid for Ukraine from the European Peace Facility.

## What changes

Little in legal terms. The list, kept on the agency's "War and Sanctions" portal, carries no legal consequences; it is a reputational label. OTP is not on any EU, US or UK sanctions list.

Hungarian officials did not immediately say whether Budapest would now lift its veto."""),

dict(fname="ZE-war-sponsors-list-otp-faq-dec-2023.html", date="2023-12-12", outlet="Sanctions Plain English", shape="faq",
 title="Ukraine's 'war sponsors' list: what it is, and is OTP Bank still on it?",
 body="""## What is the list?

The "International Sponsors of War" list is kept by Ukraine's National Agency on Corruption Prevention (NACP) on its "War and Sanctions" portal. It names foreign companies that keep doing business in Russia.

## Is it a sanctions list?

No. Inclusion has no legal consequences. Nothing is frozen, and banks and suppliers are not legally barred from dealing with a listed firm. The agency calls it a reputational tool.

## Why was OTP Bank listed?

It was added on May 4, 2023 for staying in Russia and offering loan deferrals to mobilised Russian soldiers.

## Is OTP still listed?

No. Its status was suspended on September 28, 2023, and the NACP removed the bank from the list completely on October 2, 2023.

## Has OTP left Russia?

Not yet. NACP head Oleksandr Novikov has said the bank is implementing a plan to exit the Russian market, in communication with the agency and the European Commission.

## How do companies get off the list?

Novikov said the agency removes companies, or suspends their status, only after they leave the Russian market or submit a plan to leave, under exclusion criteria published on its website.

@comment Marta K.|December 12, 2023|So the listing never stopped anyone from paying OTP? Useful to know for our supplier checks."""),

dict(fname="ZE-otp-ceo-ukraine-pressure-russian-unit-apr-2022.txt", date="2022-04-27", outlet="Danube Wire", shape="news", distractor=True,
 title="OTP chief says Ukraine is pressing the bank to sell its Russian unit",
 body="""BUDAPEST — Hungary's OTP Bank is under pressure from the government of Ukraine, where the group also operates, to sell its Russian business, chief executive Sandor Csanyi said on Wednesday in an interview with private broadcaster InfoRadio.

"We are under enormous pressure over Russia to sell our bank there or shut down our operation like many Western European companies have done," Csanyi said. The pressure came mainly from the Ukrainian government, "by leaders of various rankings", he said, and not from Hungary.

Csanyi said the Russian unit, which he valued at around 500 million euros, would be very hard to sell because of OTP's large presence there, but the bank would "strongly consider" an exit if it received a desirable bid. "When I say desirable I mean a not too onerous loss," he said, describing Russia's economic prospects as "not very bright".

OTP's Russian and Ukrainian units accounted for 15.8% of group profit last year. The bank has said it is winding down corporate lending in Russia in line with international sanctions and is examining a possible withdrawal.

Csanyi also pointed to a draft Ukrainian law that would tax companies present in Russia at a higher rate, which he said the bank would factor into its decisions."""),

# ---------------- Story B: Iraqi banks, Fly Baghdad and Al-Huda Bank ----------------
dict(fname="ZE-us-bars-14-iraqi-banks-dollar-jul-2023.html", date="2023-07-20", outlet="Gulf Markets Monitor", shape="news",
 title="US bars 14 Iraqi banks from dollar transactions in crackdown on flows to Iran",
 body="""WASHINGTON/BAGHDAD — The United States has barred 14 Iraqi banks from conducting transactions in US dollars as part of a crackdown on the siphoning of dollars to Iran, the Wall Street Journal reported on Wednesday, citing US officials. The Central Bank of Iraq (CBI) confirmed the restriction on Thursday.

The ban was imposed by the Treasury Department and the Federal Reserve Bank of New York after US officials found that the banks had engaged in money laundering and fraudulent transactions, some of which may have involved sanctioned individuals.

"And of course the primary sanctions risk in Iraq relates to Iran," a senior US official told the newspaper.

Among the banks on the list are Al Mustashar Islamic Bank, Erbil Bank, World Islamic Bank and Zain Iraq Islamic Bank. The CBI said the 14 banks remain free to deal in Iraqi dinars and in currencies other than the dollar.

Iraq's oil revenue has been held at the New York Fed since 2003, giving Washington heavy influence over the country's dollar supply. The ban came a day after Secretary of State Antony Blinken signed a 120-day waiver allowing Iraq to pay Iran for electricity into non-Iraqi banks in third countries."""),

dict(fname="ZE-ofac-designates-fly-baghdad-jan-2024.md", date="2024-01-22", outlet="Sanctions Watch Weekly", shape="press",
 title="Treasury sanctions Iraqi airline Fly Baghdad and Kata'ib Hizballah figures",
 body="""WASHINGTON — The US Treasury's Office of Foreign Assets Control (OFAC) on Monday designated Iraqi airline Fly Baghdad and its chief executive, Basheer Abdulkadhim Alwan al-Shabbani, for assisting Iran's Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF) and Iran-aligned groups in Iraq, Syria and Lebanon.

## What Treasury announced

- Fly Baghdad and its CEO were designated under counterterrorism order E.O. 13224.
- Two aircraft owned by Fly Baghdad were identified as blocked property.
- Three leaders and supporters of Kata'ib Hizballah, an Iran-aligned Iraqi militia, and a business that moves and launders money for the group were also designated.
- OFAC issued General License 27, a time-limited authorisation for certain transactions involving the airline.

## The allegations

Treasury said the airline had been used to move fighters, weapons and money to Syria and Lebanon for the IRGC-QF and its proxies. The action responded to drone and missile attacks by Kata'ib Hizballah on US personnel in Iraq and Syria since October 7, 2023.

"Iran and its proxies have sought to abuse regional economies and use seemingly legitimate businesses as cover for funding and facilitating their attacks," said Under Secretary Brian E. Nelson.

## The response

Fly Baghdad rejected the allegations, said the sanctions were based on erroneous information and said it would seek legal redress."""),

dict(fname="ZE-fincen-al-huda-bank-section-311-jan-2024.txt", date="2024-01-30", outlet="Compliance Brief", shape="agency",
 title="FinCEN names Iraq's Al-Huda Bank a primary money laundering concern; OFAC sanctions its chairman",
 body="""WASHINGTON — The Treasury's Financial Crimes Enforcement Network (FinCEN) on Monday issued a finding that Iraq-based Al-Huda Bank is a foreign financial institution of primary money laundering concern under section 311 of the USA PATRIOT Act, together with a notice of proposed rulemaking (NPRM).

## The proposed measure

FinCEN proposed special measure five: a ban on US financial institutions opening or maintaining a correspondent account for, or on behalf of, Al-Huda Bank, which would sever the bank from the US financial system. FinCEN said the bank reaches the US system indirectly through six foreign financial institutions, which it did not name. Comments are due within 30 days of publication in the Federal Register.

## The finding

- Al-Huda Bank has been controlled and operated by the IRGC since its establishment.
- It served as a conduit for the IRGC, the IRGC-Qods Force and the Iran-aligned militias Kata'ib Hizballah and Asa'ib Ahl al-Haq.
- It has used forged documents to transfer at least $6 billion out of Iraq.

## The chairman

OFAC at the same time designated Hamad al-Moussawi, the bank's owner and chairman, under E.O. 13224 for laundering funds for the IRGC-QF and Kata'ib Hizballah. The bank itself was not added to the SDN list; the section 311 process is separate."""),

dict(fname="ZE-iraq-bans-eight-banks-dollar-auction-feb-2024.md", date="2024-02-05", outlet="Mesopotamia Business Review", shape="news",
 title="Iraq bars eight more banks from dollar dealings after US Treasury visit",
 body="""BAGHDAD — Iraq's central bank has banned eight local commercial banks from US dollar transactions, days after a visit by a senior US Treasury official, in the latest step against fraud, money laundering and the smuggling of dollars to neighbouring Iran.

## What the ban does

The eight lenders are shut out of the Central Bank of Iraq's daily dollar auction, the main source of hard currency for the import-dependent country. They can still operate in Iraqi dinars. The central bank did not publish their names.

## Part of a wider squeeze

- July 2023: the US Treasury and the New York Fed barred 14 Iraqi banks from dollar transactions.
- January 22, 2024: OFAC sanctioned the Iraqi airline Fly Baghdad.
- January 29, 2024: FinCEN proposed cutting Al-Huda Bank off from US correspondent accounts and OFAC sanctioned its chairman.

## Why it matters

Iraq's oil revenue is held at the Federal Reserve Bank of New York, so the country's access to dollars depends on US scrutiny. The auction has become the focal point of the US crackdown on currency smuggling to Iran."""),

dict(fname="ZE-fincen-final-rule-al-huda-bank-jul-2024.html", date="2024-07-05", outlet="Financial Crime Today", shape="news",
 title="FinCEN finalises rule cutting Al-Huda Bank off from US correspondent accounts",
 body="""WASHINGTON — The Financial Crimes Enforcement Network (FinCEN) has issued a final rule under section 311 of the USA PATRIOT Act that bars covered US financial institutions from opening or maintaining a correspondent account for, or on behalf of, Iraq-based Al-Huda Bank. FinCEN issued the rule on June 26; it was published in the Federal Register on July 3 and takes effect on August 2, 2024.

The rule completes a process that began on January 29, when FinCEN found the bank to be of primary money laundering concern because of its role as a conduit for Iran's Islamic Revolutionary Guard Corps and Iran-aligned militias, and proposed the measure.

## What covered institutions must do

- not open or maintain a correspondent account for, or on behalf of, Al-Huda Bank;
- take reasonable steps not to process a transaction for the correspondent account of a foreign bank in the United States if it involves Al-Huda Bank;
- apply special due diligence to their foreign correspondent accounts, reasonably designed to guard against their use for transactions involving Al-Huda Bank.

The bank's owner and chairman, Hamad al-Moussawi, remains on OFAC's list of Specially Designated Nationals, where he was placed in January."""),

dict(fname="ZE-al-huda-bank-correspondent-forum-thread.html", date="2024-08-06", outlet="PaymentsOps Forum", shape="forum",
 title="Al-Huda Bank - is it on the SDN list or not??",
 body="""@post payments_ops_lena|August 6, 2024|Our screening tool flagged an incoming wire from a Gulf bank where the originator's bank is Al-Huda Bank in Baghdad. Compliance says there is no SDN hit on the bank itself. So we are fine to process??

@post corrbank_mike|August 6, 2024|Not fine. Al-Huda is not on the SDN list as a bank, but FinCEN's section 311 final rule took effect on August 2, 2024. Covered US institutions can't keep a correspondent account for it and must take reasonable steps not to process transactions through a foreign bank's correspondent account that involve Al-Huda. It is a separate regime from OFAC.

@post payments_ops_lena|August 7, 2024|ok so what is the SDN angle then

@post aml_tariq|August 7, 2024|The chairman, Hamad al-Moussawi, was designated by OFAC on January 29, 2024 under E.O. 13224. If he shows up as a party, that is a blocking issue as well. FinCEN said the bank reached the US system through six foreign banks, which is exactly the nested flow you are looking at.

@post corrbank_mike|August 8, 2024|Also don't mix it up with the 14 banks that Treasury and the New York Fed cut off from dollar transactions in July 2023. Different measure, and those banks were not designated either.

@post mod_ruth|August 9, 2024|Thread locked. Please take specific cases to your own compliance team; nothing here is legal advice."""),

dict(fname="ZE-ask-compliance-desk-iraqi-bank-payments-sep-2024.txt", date="2024-09-16", outlet="Trade Desk Weekly", shape="advice",
 title="Ask the Compliance Desk: my Iraqi customer's bank was 'banned' - can I take the money?",
 body="""Dear Compliance Desk,
I run a small firm in Texas that exports pump parts to a customer in Basra. The customer wants to pay in dollars from an account at an Iraqi bank that I read was one of those "banned" by the US last year. Is my customer sanctioned? Can I accept the payment?
- Worried in Houston

Dear Worried,
Start with what the 2023 measure was. In July 2023 the Treasury Department and the Federal Reserve Bank of New York barred 14 Iraqi banks from dollar transactions. That was not an OFAC designation: the banks were not put on the SDN list, and your customer is not sanctioned because it banks there. The practical problem is that a dollar payment routed through one of those banks is unlikely to clear. Ask the customer to pay from another bank, or in another currency.

Be stricter if the bank is Al-Huda Bank. FinCEN's section 311 rule, in force since August 2, 2024, bars US banks from keeping correspondent accounts for it, and its chairman is on the SDN list. Your own bank will reject that money.

Finally, screen the customer and its owners against the SDN list. Iraqi businesses do get designated: the airline Fly Baghdad was listed in January 2024.

This column is general information, not legal advice."""),

dict(fname="ZE-iraq-central-bank-revalues-dinar-feb-2023.txt", date="2023-02-08", outlet="Mesopotamia Business Review", shape="news", distractor=True,
 title="Iraq raises the value of the dinar as dollar shortage bites",
 body="""BAGHDAD — Iraq's cabinet has approved a central bank proposal to raise the value of the dinar, setting the official exchange rate at 1,300 dinars to the dollar from 1,460, in an attempt to calm a currency slide that has driven up the price of imported goods.

The dinar has weakened on the street since the Federal Reserve Bank of New York tightened its checks on where the dollars sold at the Central Bank of Iraq's daily currency auction end up. Banks and exchange houses now have to file details of the final recipients of transfers on an online platform.

Sales at the auction averaged around $200 million a day last year but fell sharply in the last two months of 2022, to an average of about $56 million by the end of December, as more requests were rejected.

The central bank governor was replaced in January. The slide has prompted protests in Baghdad, where traders say the prices of food and building materials have risen.

Economists said the new rate would help only if dollars became easier to obtain at the official price."""),

# ---------------- Story C: Maduro's planes ----------------
dict(fname="ZE-us-seizes-maduro-jet-dominican-republic-sep-2024.md", date="2024-09-02", outlet="Americas Desk", shape="news",
 title="US seizes Maduro's Falcon 900EX jet in the Dominican Republic",
 body="""SANTO DOMINGO / WASHINGTON — The US Justice Department on Monday seized a Dassault Falcon 900EX aircraft used by Venezuelan President Nicolás Maduro, saying it had been bought illegally and smuggled out of the United States in violation of US export control and sanctions laws. The jet was taken in the Dominican Republic and transferred to the Southern District of Florida.

"This morning, the Justice Department seized an aircraft we allege was illegally purchased for $13 million through a shell company and smuggled out of the United States for use by Nicolás Maduro and his cronies," Attorney General Merrick Garland said.

## How the purchase worked, according to the US

- In late 2022 and early 2023, people linked to Maduro used a Caribbean-based shell company to hide their role in buying the jet from a company in South Florida.
- The plane was illegally exported to Venezuela via the Caribbean in April 2023.
- Since May 2023 it has flown mainly to and from a military base in Venezuela, carrying Maduro on foreign trips.

## Who investigated

The Commerce Department's Bureau of Industry and Security and Homeland Security Investigations led the case. "Aircraft illegally acquired from the United States for the benefit of sanctioned Venezuelan officials cannot just fly off into the sunset," said Matthew Axelrod, assistant secretary for export enforcement."""),

dict(fname="ZE-venezuela-calls-jet-seizure-piracy-sep-2024.txt", date="2024-09-03", outlet="Caribbean Wire Service", shape="news",
 title="Caracas calls US seizure of Maduro's plane 'piracy'",
 body="""CARACAS — Venezuela's government has condemned the US seizure of a presidential jet in the Dominican Republic as "piracy" and said it will take legal action.

Foreign Minister Yvan Gil said the seizure was justified only by "coercive measures" that Washington imposes unilaterally and illegally around the world. In Moscow, Russian foreign ministry spokeswoman Maria Zakharova said the United States had shown complete disregard for international legal norms.

The Dassault Falcon 900EX is the aircraft that carried several Americans released from Venezuelan prisons to the Caribbean island of Canouan in December 2023, in the exchange for Maduro ally Alex Saab, according to the Associated Press. It had flown to the Dominican Republic for what was believed to be maintenance and did not leave.

## What the US says

The Justice Department says people linked to Maduro bought the jet, valued at about $13 million, through a Caribbean shell company and exported it illegally to Venezuela in April 2023. The White House National Security Council described the seizure as a step toward making sure Maduro faces consequences.

The seizure came five weeks after Venezuela's disputed July 28 presidential election, which Maduro claims to have won."""),

dict(fname="ZE-maduro-jet-seizure-explainer-sep-2024.html", date="2024-09-10", outlet="The Compliance Explainer", shape="explainer",
 title="Why could the US seize Maduro's jet? Five questions answered",
 body="""The US seizure of a Venezuelan presidential jet in the Dominican Republic on September 2 raised questions from readers. Here are the answers, based on the Justice Department's account.

## Wasn't it Venezuela's plane?

It was bought from a company in Florida. The US says people linked to Maduro hid behind a Caribbean shell company, so the sale and the export from the United States in April 2023 broke US export controls and sanctions. Since August 2019 the property of the Venezuelan government in US jurisdiction has been blocked and US persons may not deal with it.

## Which aircraft is it?

A Dassault Falcon 900EX with the tail number T7-ESPRT, a San Marino registration. It was valued at about $13 million.

## Who was the buyer?

The Justice Department has not named the shell company or the people behind it.

## Is the plane now US government property?

Not yet. A seizure is the first step. To keep the jet for good, the government must win forfeiture in court. No forfeiture complaint has been made public so far.

## Is Maduro newly sanctioned?

No. Maduro has been on OFAC's Specially Designated Nationals list since July 2017. The seizure enforces existing rules.

@comment R. Delgado|September 10, 2024|Good explainer. The San Marino registration detail explains how it flew around unnoticed.

@comment aviation_bob|September 11, 2024|Wonder who pays for parking a seized Falcon. Not cheap."""),

dict(fname="ZE-rubio-oversees-second-venezuela-plane-seizure-feb-2025.md", date="2025-02-07", outlet="Americas Desk", shape="news",
 title="Rubio watches as US seizes a second Venezuelan government jet in Santo Domingo",
 body="""SANTO DOMINGO — Secretary of State Marco Rubio on Thursday attended the seizure of a second aircraft belonging to Venezuela's government in less than a year, at a military airstrip in the Dominican capital on the last stop of his first trip in office.

A Dominican prosecutor and a US law enforcement representative taped a sign reading "seized" on the Dassault Falcon 200, which carries a Venezuelan flag and the registration YV-3360.

## Background

- Dominican authorities detained the plane last year after US officials said it had been used in violation of US sanctions on Venezuela.
- Maduro and top aides, including his vice president and defence minister, used it to travel to Greece, Turkey, Russia, Nicaragua and Cuba; it had been brought to the Dominican Republic for maintenance.
- Maduro's oil minister flew on it to an OPEC meeting in the United Arab Emirates in 2019, according to the Treasury.
- To carry out the seizure, Rubio signed a waiver of the foreign aid freeze to pay more than $230,000 in storage and maintenance fees. The Justice Department also approved it.

## A week after Grenell

The seizure came about a week after Richard Grenell, President Donald Trump's envoy for special missions, met Maduro in Caracas and returned with six detained Americans.

"These sanctions are going to be applied and reinforced," Rubio told SIN News."""),

dict(fname="ZE-forfeiture-complaint-maduro-falcon-900ex-oct-2025.txt", date="2025-10-14", outlet="Court Filings Digest", shape="court",
 title="Court summary: United States files civil forfeiture complaint against Maduro's Falcon 900 EX",
 body="""## What was filed

A civil forfeiture complaint in the US District Court for the Southern District of Florida against a Dassault Falcon 900 EX aircraft, tail number T7-ESPRT. The complaint was announced by the office of Hayden O'Byrne, US Attorney for the district.

## Legal basis

The complaint alleges that the jet was bought and maintained in violation of US sanctions on Maduro and his government and is forfeitable for violations of the International Emergency Economic Powers Act (IEEPA) and money laundering laws. It relies on E.O. 13692 of March 8, 2015, which declared the Venezuela national emergency, and E.O. 13884 of August 5, 2019.

## The alleged purchase

- On January 23, 2023, a company based in St. Vincent and the Grenadines ("Foreign Company 1") agreed to buy the jet from a Florida company for $13,250,000.
- A Venezuelan national associated with the regime ("Foreign Principal 1") concealed that association during the deal.
- The company was formed in June 2022, acted as nominee owner, and had been struck off the St. Vincent register for non-payment of fees by May 2024.

## Status

The jet was seized in the Dominican Republic in September 2024. The filing starts the forfeiture case; anyone claiming an interest may contest it. There has been no ruling.

(c) 2025 Court Filings Digest. All rights reserved."""),

dict(fname="ZE-aircraft-brokers-lessons-maduro-jets-blog-mar-2025.html", date="2025-03-04", outlet="Hangar Compliance", shape="blog",
 title="Two seized Falcons: five lessons for aircraft brokers and maintenance shops",
 body="""The United States has now seized two jets used by Venezuela's government in the Dominican Republic within six months. Both cases hold lessons for anyone who sells, services or parks business aircraft.

## 1. New buyers behind island shells

The Falcon 900EX taken on September 2, 2024 was bought for about $13 million by a Caribbean-based shell company that hid who was really behind it.

## 2. Watch where the aircraft goes after the sale

After its export in April 2023 the jet flew mainly to and from a Venezuelan military base. Post-sale flight patterns can reveal the real user.

## 3. Maintenance shops are exposed too

The Falcon 200 seized on February 6, 2025 had gone to the Dominican Republic for maintenance. A shop working on a sanctioned government's aircraft can end up holding a detained plane.

## 4. Detention costs money

Rubio had to sign a waiver to pay more than $230,000 in storage and maintenance fees before the second seizure.

## 5. Export controls travel with the aircraft

The Commerce Department's export enforcement office helped lead the first case.

## Our view

Check the end user, not just the buyer on the contract.

@comment Jim at FBO South|March 4, 2025|We had a Falcon parked for months with unpaid fees once. Never again without KYC.

@comment L. Moreno|March 5, 2025|Point 3 is the one nobody in MRO talks about."""),

dict(fname="ZE-maduro-seized-planes-faq-dec-2025.md", date="2025-12-02", outlet="Americas Desk", shape="faq",
 title="Maduro's seized jets: where things stand",
 body="""Two aircraft used by Venezuela's government have been seized by the United States in the Dominican Republic. This FAQ sums up the public record as of early December 2025.

## How many planes has the US seized?

Two. A Dassault Falcon 900EX (tail number T7-ESPRT) was seized on September 2, 2024 and moved to Florida. A Dassault Falcon 200 (YV-3360) was seized on February 6, 2025 in front of Secretary of State Marco Rubio.

## Has a court forfeited the Falcon 900EX?

Not yet. In 2025 the government filed a civil forfeiture complaint against it in the Southern District of Florida, alleging violations of IEEPA and money laundering laws. The case is pending.

## What does the complaint say about the purchase?

That a St. Vincent and the Grenadines company agreed on January 23, 2023 to buy the jet for $13,250,000 from a Florida company, while a Venezuelan national linked to the regime hid his role.

## Is the Falcon 200 part of that case?

No. The complaint concerns the Falcon 900 EX only.

## Who paid to keep the second jet?

The State Department: Rubio signed a waiver to pay more than $230,000 in storage and maintenance fees.

## Is Maduro himself sanctioned?

Yes, since July 2017; the seizures enforce those existing sanctions."""),

dict(fname="ZE-maduro-moscow-victory-day-may-2025.html", date="2025-05-09", outlet="Caribbean Wire Service", shape="news", distractor=True,
 title="Maduro joins Putin's guests at Moscow's Victory Day parade",
 body="""MOSCOW — Venezuelan President Nicolás Maduro watched Friday's Victory Day parade on Red Square alongside Chinese President Xi Jinping and other foreign guests of Vladimir Putin, marking 80 years since the defeat of Nazi Germany.

Maduro arrived in Moscow earlier in the week. On Wednesday he and Putin signed a strategic partnership treaty, which the Kremlin said would deepen cooperation in energy, trade and security. Maduro called Russia a "brother country" and praised its role in the Second World War.

The Venezuelan leader's trip was one of his few long-distance journeys since the disputed July 2024 election. Officials in Caracas said the delegation included the foreign minister and several cabinet members.

Maduro also met Venezuelan students studying in Russia and laid a wreath at the Tomb of the Unknown Soldier, according to Venezuelan state television.

The parade featured troops from several allied countries. Western leaders stayed away."""),

# ---------------- Story D: Saw Chit Thu, the Karen militia and Myawaddy scam hubs ----------------
dict(fname="ZE-uk-sanctions-saw-chit-thu-shwe-kokko-dec-2023.txt", date="2023-12-09", outlet="Mekong Observer", shape="news",
 title="UK sanctions Karen militia chief Saw Chit Thu over Shwe Kokko scam hub",
 body="""The United Kingdom on Friday imposed sanctions on Colonel Saw Chit Thu, leader of the junta-affiliated Karen Border Guard Force (BGF), and two others tied to the Shwe Kokko "new city" project in Myanmar's Karen State, over human trafficking, forced labour and human rights abuses.

## Who was named

- Saw Chit Thu, leader of the BGF
- She Zhijiang, the Chinese investor behind the project, arrested in Bangkok in August 2022 on an international warrant over online gambling
- Saw Min Min Oo, a colonel and managing director of Chit Lin Myaing Co, the company run by the BGF

The three were part of a wider UK package naming nine individuals and five entities linked to "scam farms" in Cambodia, Laos and Myanmar. The measures are asset freezes and travel bans.

## Why

The UK said the three supported or benefited from the trafficking of people forced to work as scammers, who faced torture, physical abuse and cruel, inhuman or degrading treatment. Shwe Kokko is a joint venture between Chit Lin Myaing and Hong Kong-registered Yatai International Holding Group. The UN estimates at least 120,000 people in Myanmar are forced to work in scam operations.

"Chit Thu belongs in jail," said Mark Farmaner, director of Burma Campaign UK.

Neither the United States nor the European Union has sanctioned Saw Chit Thu."""),

dict(fname="ZE-eu-sanctions-chit-linn-myaing-scam-compounds-oct-2024.md", date="2024-10-30", outlet="Brussels Policy Post", shape="news",
 title="EU lists Saw Chit Thu and his company over Myawaddy scam compounds",
 body="""BRUSSELS — The European Union on Tuesday added Colonel Saw Chit Thu, the Chit Linn Myaing Group (CLM) he founded and two of his officers to its Myanmar sanctions list, citing their role in scam compounds on the Thai-Myanmar border.

## Who was listed

- Chit Linn Myaing Group and its founder and former chairman, Col. Saw Chit Thu
- Lt. Col. Mote Thun, a founding member and deputy secretary general of the Karen Border Guard Force, which now calls itself the Karen National Army (KNA)
- Maj. Tin Win, a direct subordinate of Saw Chit Thu

## The EU's reasons

The Council said CLM is involved in, and profits from, scam compounds in Myawaddy Township, including Shwe Kokko, a hub for online fraud, drug and human trafficking, forced labour and torture. It said CLM works closely with the Tatmadaw, informing it about opponents and forcibly recruiting soldiers.

## Effect

The listings mean an asset freeze, a ban on making funds available and an EU travel ban. With them, 106 individuals and 22 entities are under EU Myanmar sanctions. The UK and Canada announced their own Myanmar measures the same day.

Saw Chit Thu has been under UK sanctions since December 2023. The United States has not sanctioned him."""),

dict(fname="ZE-thailand-cuts-power-myanmar-border-scam-hubs-feb-2025.html", date="2025-02-05", outlet="Bangkok Border Report", shape="news",
 title="Thailand cuts power, fuel and internet to Myanmar border scam hubs",
 body="""Thailand's Provincial Electricity Authority cut off the power it supplies to five points on the Myanmar border at 9am on Wednesday, targeting areas where scam centres operate, including the Myawaddy area that is home to Shwe Kokko and KK Park. Fuel and internet supplies to the same areas are also being halted.

The five points are:

- Second Thai-Myanmar Friendship Bridge - Myawaddy
- Ban Huay Muang - Myawaddy
- Three Pagodas - Payathonzu
- Ban Mueang Daeng - Tachileik
- First Thai-Myanmar Friendship Bridge - Tachileik

"They may face difficulties due to a lack of power, but no one can blame Thailand for engaging in or supporting illegal acts," said Deputy Prime Minister and Interior Minister Anutin Charnvirakul, who oversaw the cut at the authority's Bangkok headquarters.

The authority said it had cut 20.37 megawatts, costing it about 600 million baht a year in revenue. Pressure to act grew after the Chinese actor Wang Xing was lured to Thailand in January and taken to a scam compound in Myanmar, from which he was later freed.

The cut is an administrative step by a state utility under a cabinet resolution, not a sanctions designation."""),

dict(fname="ZE-treasury-sanctions-karen-national-army-may-2025.md", date="2025-05-05", outlet="Sanctions Watch Weekly", shape="press",
 title="Treasury designates the Karen National Army, Saw Chit Thu and his two sons",
 body="""WASHINGTON — The US Treasury's Office of Foreign Assets Control (OFAC) on Monday sanctioned the Karen National Army (KNA), a militia in Burma, as a transnational criminal organization, along with its leader Saw Chit Thu and his two sons, Saw Htoo Eh Moo and Saw Chit Chit, for their role in cyber scams, human trafficking and cross-border smuggling.

## The designations

- KNA: under E.O. 13581, as amended by E.O. 13863 (transnational criminal organizations).
- Saw Chit Thu, Saw Htoo Eh Moo and Saw Chit Chit: under E.O. 13581 and E.O. 14014 (Burma).

## What Treasury says the KNA does

Headquartered in Shwe Kokko, the KNA leases land to criminal syndicates, sells utilities to scam compounds and provides armed security. Survivors from KK Park said guards wore KNA insignia. Formerly the Karen Border Guard Force, the group rebranded in 2024 to distance itself from Burma's military but kept benefiting from those ties. Americans lost $3.5 billion to such scams in 2023.

"Treasury is committed to using all available tools to disrupt these networks," said Deputy Secretary Michael Faulkender.

## Context

The action follows FinCEN's May 1, 2025 finding that Cambodia's Huione Group is of primary money laundering concern. The UK and the EU sanctioned Saw Chit Thu earlier."""),

dict(fname="ZE-kna-denies-us-scam-sanctions-may-2025.txt", date="2025-05-07", outlet="Mekong Observer", shape="news",
 title="Karen National Army says US sanctions target 'just Saw Chit Thu and his two sons'",
 body="""MYAWADDY — The Karen National Army (KNA) has rejected US sanctions imposed on Monday over cyber scams and human trafficking, denying that the militia is involved in either.

"If they say they are blocking us for scam centres and human trafficking, then it's just Saw Chit Thu and his two sons they're coming after, nothing else," deputy commander Naing Maung Zaw said.

The US Treasury designated the KNA as a transnational criminal organization and sanctioned its leader, Brigadier General Saw Chit Thu, and his sons Saw Htoo Eh Moo and Saw Chit Chit. Their US assets are frozen and Americans are generally barred from dealing with them.

## How the group got here

The militia was formed in 1994 as the Democratic Karen Buddhist Army, later became the Karen Border Guard Force under the Myanmar army, and split from the military in 2024, taking the KNA name.

Since February, a crackdown by Thai, Chinese and Myanmar authorities has seen thousands of suspected scam workers sent home, many through Myawaddy.

Britain and the European Union had already sanctioned Saw Chit Thu. The KNA did not say whether it would challenge any of the measures."""),

dict(fname="ZE-kk-park-raid-explainer-oct-2025.html", date="2025-10-27", outlet="Mekong Observer", shape="explainer",
 title="The KK Park raid: what happened, and does it change anything for sanctions?",
 body="""Myanmar's military says it has shut down KK Park, one of the best-known scam compounds on the Thai border. Here is what we know.

## What happened at KK Park?

State media said on October 20 that troops had entered the compound in Myawaddy Township. Authorities reported 2,198 people at the site - 1,645 men, 445 women and 98 male security guards - and seized 30 Starlink receivers.

## Did SpaceX act?

On October 22, SpaceX vice president Lauren Dreyer said the company had disabled more than 2,500 Starlink devices in Myanmar linked to scam centres, far more than the 30 seized.

## Who does the junta blame?

Military spokesman Major General Zaw Min Tun said leaders of the Karen National Union, which fights the army, were involved in KK Park's scam projects.

## Where was Saw Chit Thu's militia?

Thai media reported that troops of the Border Guard Force, now the Karen National Army, opened KK Park's gates on the night of October 21, letting hundreds of people flee into Myawaddy.

## Does the raid change the sanctions?

No. The US (May 2025), UK (December 2023) and EU (October 2024) measures on Saw Chit Thu remain, and no government has announced any delisting.

@comment Thida|October 27, 2025|30 dishes seized vs 2,500 switched off tells you everything.

@comment border_watcher|October 28, 2025|Shwe Kokko is next door and still lit up."""),

dict(fname="ZE-myanmar-probes-shwe-kokko-city-project-jun-2020.md", date="2020-06-17", outlet="Mekong Observer", shape="news", distractor=True,
 title="Myanmar government orders probe of Chinese-backed Shwe Kokko city on Thai border",
 body="""NAYPYITAW — Myanmar's government has formed a tribunal to investigate the Shwe Kokko city project, a Chinese-backed development near the Thai border in Karen State controlled by the Karen State Border Guard Force of Colonel Saw Chit Thu.

Deputy Minister of the Union Government Office U Tin Myint said on Monday he would chair the investigation team. Site visits have been delayed by COVID-19.

## What was approved, and what was built

- In September 2017, Col. Chit Thu and Myanmar Yatai signed a partnership agreement.
- In 2018, the Myanmar Investment Commission approved US$22.5 million for 59 villas on 10.3 hectares of land in Myawaddy Township.
- Construction has gone far beyond that. Yatai International Holding Group has advertised a development of nearly 30,000 acres costing $15 billion, with hotels, casinos and an airport.

The project was temporarily halted in 2019 for breaching investment rules.

## Casinos

U Tin Myint said the government has not approved any plan to set up casinos as part of the project. Local groups complain of land confiscations and an influx of Chinese workers."""),
]
