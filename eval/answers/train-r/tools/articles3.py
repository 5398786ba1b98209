"""IIB, Ivanishvili and the cross-story explainer (12 files)."""
from boiler import md, html, txt

A = {}

A["r-iib-moves-hq-budapest-2019.txt"] = txt(
"Former Comecon bank opens its new headquarters in Budapest",
"Danube Finance Daily, Budapest, September 2019. The International Investment Bank (IIB), a multilateral development lender founded in 1970 for the Soviet bloc, has moved its headquarters from Moscow to Budapest at the invitation of Prime Minister Viktor Orban's government.",
"[Photo] The IIB's new head office in Budapest | Source: IIB",
"""
A BANK REVIVED

The IIB served the Comecon economic area and developing countries during the Cold War and was revitalised in the early 2010s. Hungary rejoined the bank in 2015 and is now one of its largest shareholders; Russia remains the largest. Other members include the Czech Republic, Slovakia, Romania, Bulgaria, Cuba, Vietnam and Mongolia.

WHAT HUNGARY OFFERED

Under a hosting agreement ratified by Hungary's parliament, the bank and its staff enjoy diplomatic-style privileges and immunities. The government says the IIB will finance projects in the region and bring jobs to Budapest. Critics, including opposition parties and some Western diplomats, warn that the arrangement could give Russia a foothold for intelligence activity inside the EU and NATO.

The bank's chairman, Nikolay Kosov, said the move would make the IIB a "European" institution with access to EU capital markets. The bank plans to issue bonds in forint and euros.

NO SANCTIONS CONCERNS, SAYS THE BANK

Asked about Western sanctions on Russia introduced since 2014, the IIB said it is not subject to any sanctions and operates as an international organisation.
""",
"Five cafes near Andrassy Avenue.",
[("zoltan_k", "September 2019", "Diplomatic immunity for a Russian bank in Budapest. What could go wrong."),
 ("anna_h", "September 2019", "Jobs are jobs.")])

A["r-eastern-members-quit-iib-2022.md"] = md(
"Czech Republic, Slovakia, Romania and Bulgaria quit Russia-led IIB; Hungary stays",
"2022-04-05", "2022/04/members-quit-iib", "Danube Finance Daily", "By Peter Novak, Prague | April 5, 2022", """
Four EU members have announced they are leaving the International Investment Bank (IIB), the Budapest-based development lender controlled by Russia, after Moscow's full-scale invasion of Ukraine in February 2022.

## Who is leaving

The Czech Republic, Slovakia, Romania and Bulgaria have all said they will withdraw from the bank. Prague and Bratislava cited the war and the reputational risk of sitting alongside Russia in a shared institution. Credit rating agencies have downgraded the bank, and it has struggled to refinance its debt.

## Hungary stays

Hungary, which hosts the bank's headquarters in Budapest since 2019 and is its second-biggest shareholder, said it would remain a member for now. Government officials argued the bank has not been sanctioned by the EU or the US and that leaving would not help Ukraine.

That leaves Hungary as the only EU and NATO member still in the bank.

## Sanctions status

The IIB itself is not on the US SDN list or on EU sanctions lists. US diplomats have nonetheless repeatedly raised concerns with Budapest about the bank's immunities and its Russian control.

## What it means for borrowers

Existing loans continue, the bank said. Analysts said new lending will be limited because of its funding problems.
""")

A["r-ofac-sanctions-iib-apr-2023.html"] = html(
"OFAC designates Budapest-based International Investment Bank and three executives",
"2023-04-12", "Wednesday", "Sanctions Tracker Weekly", """
      <p class="lede"><strong>Action summary.</strong> On Wednesday, April 12, 2023, the Office of Foreign Assets Control designated the International Investment Bank (IIB), a Russia-controlled multilateral lender headquartered in Budapest, together with its Moscow-based subsidiary IIB Capital and three current or former executives.</p>
      <h2>Who was designated</h2>
      <ul>
        <li>International Investment Bank (Budapest) and IIB Capital, described by OFAC as the IIB's fully owned subsidiary in Russia;</li>
        <li>Nikolay Kosov, chairman of the IIB's management board (Russian national);</li>
        <li>Georgy Potapov, deputy chairman (Russian national);</li>
        <li>Imre Laszloczki, deputy chairman in charge of strategy and policy, the only Hungarian national in the action.</li>
      </ul>
      <h2>Authority and reasons</h2>
      <p>The bank was designated under Executive Order 14024 for operating in the financial services sector of the Russian economy and for being owned or controlled by the Government of the Russian Federation. OFAC said the bank's presence in Budapest "enables Russia to increase its intelligence presence in Europe", opens the door to the Kremlin's malign influence in Central Europe and the Western Balkans, and could serve as a mechanism for corruption and sanctions evasion. The three executives coordinated with Russian officials on IIB business even after February 2022.</p>
      <p>OFAC said the bank was in danger of default and kept operating only because of Russian support. Its latest financial statement listed about 1.5 billion euros in total assets.</p>
      <h2>Part of a larger package</h2>
      <p>The IIB action was part of a package in which OFAC designated 25 individuals and 29 entities with touchpoints in 20 jurisdictions, including the facilitation network of Alisher Usmanov, coordinated with the United Kingdom.</p>
      <h2>Announcement in Budapest</h2>
      <p>US Ambassador David Pressman announced the step at a press conference in Budapest, saying Hungary's choice to host the bank within EU and NATO territory was a cause of enormous concern.</p>
      <h2>Other members</h2>
      <p>OFAC noted that Bulgaria, the Czech Republic, Romania and Slovakia had ended their participation in 2022. Hungary, which holds about 25.3 percent against Russia's 45.4 percent, remained a member on the day of the action.</p>""",
["Weekly OFAC round-up", "Usmanov network targeted", "General licences explained"], comments=False)

A["r-hungary-quits-iib-apr-2023.txt"] = txt(
"Hungary quits International Investment Bank a day after US sanctions",
"Danube Finance Daily, Budapest, April 13, 2023. Hungary will leave the International Investment Bank (IIB), the government said on Thursday, one day after the United States sanctioned the Budapest-based, Russian-controlled lender and three of its executives.",
"[Photo] The IIB building in Budapest | Source: wire",
"""
"The Hungarian government has decided to terminate Hungary's membership with the International Investment Bank," the economy ministry said. "Hungary is withdrawing its officials from the IIB."

The ministry said the bank had played an important development role in Central and Eastern Europe, but that after the US sanctions its operation had become meaningless.

A SHARP TURN

The decision is a rare about-turn for Prime Minister Viktor Orban's government, which had brushed aside US concerns about the bank for years and had kept Hungary in it after four other EU members left in 2022.

WHAT HAPPENS TO THE BANK

It is not yet clear whether the IIB will close, move or try to continue operating from Budapest. The bank said it was analysing the situation. Under US sanctions, US persons may not deal with it, and banks worldwide are expected to cut it off from dollar payments.
""",
"Spring walks in the Buda hills.",
[("gabor_t", "April 13, 2023", "Took one press conference from Pressman."),
 ("judit_r", "April 14, 2023", "Should have left with the Czechs last year.")])

A["r-iib-relocates-to-russia-apr-2023.md"] = md(
"IIB says it is moving its headquarters from Budapest back to Russia",
"2023-04-19", "2023/04/iib-relocates-russia", "Danube Finance Daily", "Statement summary with editor's note | April 19, 2023", """
The International Investment Bank (IIB) said on Wednesday, April 19, 2023, that it will relocate its headquarters from Budapest to Russia.

## The bank's statement

"Due to the de-facto termination of Hungary's membership in International Investment Bank, IIB has exhausted basis for further operations from its headquarters in Budapest and in the European Union," the bank said on its website. "The Bank has commenced a relocation of its operations and functions of its headquarters from Hungary to Russia."

The bank added that because of the US sanctions and its inclusion on the OFAC list, it is currently deprived of the ability to carry out financial operations.

## Editor's note

The IIB was designated by the US Treasury on April 12, 2023, together with IIB Capital and executives Nikolay Kosov, Georgy Potapov and Imre Laszloczki. Hungary announced its withdrawal on April 13. The bank had moved to Budapest from Moscow in 2019.

With Hungary's exit, no EU member state remains in the bank. The bank's website still lists Russia, Cuba, Vietnam and Mongolia among its members.

The move means the bank's Budapest headquarters, and the immunities Hungary granted it, will be given up. The IIB remains on the SDN list.
""")

A["r-iib-sanctions-bondholders-blog-may-2023.html"] = html(
"IIB after the sanctions: what bondholders and counterparties should know",
"2023-05-10", "Wednesday", "Frontier Credit Notes", """
      <p class="lede">A month after OFAC designated the International Investment Bank, we look at what it means for investors holding its bonds and for companies that dealt with it.</p>
      <h2>Blocked means blocked</h2>
      <p>Since April 12, 2023, the IIB is on the SDN list under Executive Order 14024. US persons must block any IIB property in their possession and may not pay, receive or settle anything with the bank without an OFAC licence. That includes coupon payments and trades in IIB bonds.</p>
      <h2>Subsidiaries</h2>
      <p>IIB Capital, its Moscow subsidiary, was designated by name. Any other entity the IIB owns 50 percent or more is blocked by operation of the 50 percent rule.</p>
      <h2>The headquarters move</h2>
      <p>After Hungary quit on April 13, the bank announced on April 19 that it is moving its headquarters to Russia. The move does not change its SDN status.</p>
      <h2>EU and UK?</h2>
      <p>Our reading is that the US action is the one that matters most for dollar markets; readers should check the EU and UK lists themselves for their own exposure.</p>
      <h2>Bottom line</h2>
      <p>For US investors, holding IIB bonds now means a frozen position that must be reported to OFAC. Non-US investors face secondary sanctions risk if they provide significant support.</p>
      <section class="comments">
        <h3>2 comments</h3>
        <div class="comment"><p class="author">R. Halvorsen, May 11, 2023</p><p>We hold a small forint tranche via a US custodian. Custodian froze it the same week.</p></div>
        <div class="comment"><p class="author">Frontier Credit Notes (author), May 11, 2023</p><p>That is what we would expect: a US custodian must block and report it.</p></div>
      </section>""",
["Frontier debt: the quarter in review", "How sanctioned bonds are settled", "Ratings actions this week"])

A["r-us-weighs-ivanishvili-sanctions-oct-2024.txt"] = txt(
"No US sanctions on Ivanishvili yet, embassy says, despite reports of a package",
"Caucasus Current, Tbilisi, October 2024. The US Embassy in Georgia says the United States has not imposed financial sanctions on Bidzina Ivanishvili, the billionaire founder and honorary chairman of the ruling Georgian Dream party, or on members of his family.",
"[Photo] Bidzina Ivanishvili at a Georgian Dream rally | Source: wire",
"""
"The United States has not imposed financial sanctions against Bidzina Ivanishvili or his family members. The U.S. Treasury Department publicly publishes all financial sanctions," the embassy said in a statement to Georgian media.

WHY THE QUESTION CAME UP

An opposition-leaning television channel reported that banks had restricted access to accounts of Ivanishvili's children living abroad, calling it a kind of "pre-sanction". Earlier, on September 20, Voice of America reported that the State Department and the Treasury had prepared a package of sanctions against Ivanishvili under Executive Order 14024, the order on harmful foreign activities of the Russian government. Officials quoted by VoA said it was not known when, or whether, it would be used.

STATUS

For now, Ivanishvili is not on the SDN list. Washington has imposed visa restrictions and some sanctions on Georgian police officials and extremist figures, but not on him.

THE ELECTION

The question is sensitive ahead of the October 26 parliamentary election, which Georgian Dream hopes to win for a fourth time. Ivanishvili, who made his fortune in Russia, was prime minister in 2012-2013 and is widely seen as the country's real ruler.
""",
"A weekend in Kakheti wine country.",
[("nino_g", "October 2024", "Pre-sanctions is not a thing."),
 ("levan_t", "October 2024", "It will come after the election, watch.")])

A["r-treasury-sanctions-ivanishvili-dec-2024.md"] = md(
"US sanctions Georgian Dream founder Bidzina Ivanishvili",
"2024-12-27", "2024/12/us-sanctions-ivanishvili", "Caucasus Current", "By Tamar Beridze, Tbilisi | December 27, 2024", """
The United States on Friday, December 27, 2024, imposed sanctions on Bidzina Ivanishvili, the billionaire founder and honorary chairman of Georgia's ruling Georgian Dream party. His name appeared on the Treasury's SDN list at about 8 p.m. Tbilisi time.

## Legal basis

The Office of Foreign Assets Control designated Ivanishvili under Executive Order 14024, the Russia-related order, specifically section 1(a)(ii)(C), which covers people responsible for actions that undermine democratic processes or institutions for the benefit of the Government of the Russian Federation. His US property is blocked and US persons may not deal with him.

## The reasons

Secretary of State Antony Blinken said Ivanishvili and Georgian Dream had "eroded democratic institutions, enabled human rights abuses, and curbed the exercise of fundamental freedoms in Georgia", and derailed Georgia's Euro-Atlantic future, leaving the country vulnerable to Russia, "which continues to occupy more than 20 percent of Georgia's territory". State Department spokesperson Matthew Miller said on X that his actions had undermined the democratic and European future of the Georgian people for Russia's benefit.

## Background

Tensions rose after the disputed October 26 parliamentary election and Georgian Dream's decision to suspend EU accession talks until 2028, which set off mass protests and a violent crackdown. Washington had earlier suspended its strategic partnership with Tbilisi and sanctioned several officials.

Ivanishvili made his fortune in Russia and was prime minister in 2012-2013. He has no formal government role but is seen as the most powerful man in Georgia.

## Reaction

Georgian Dream leaders dismissed the sanctions as the act of an outgoing administration and said they hoped for better relations under Donald Trump.
""")

A["r-ivanishvili-sanctions-blog-jan-2025.html"] = html(
"Why the Ivanishvili designation matters for Georgian banks and businesses",
"2025-01-14", "Tuesday", "Frontier Credit Notes", """
      <p class="lede">OFAC's December 27, 2024 designation of Bidzina Ivanishvili is not just symbolic. Here is why compliance teams in the Caucasus are busy.</p>
      <h2>The choice of order</h2>
      <p>Ivanishvili was listed under Executive Order 14024, the Russia harmful-activities order, not under Global Magnitsky. In the US government's view that puts him in the category of people acting for the benefit of the Kremlin, and it exposes foreign financial institutions that conduct significant transactions for him to secondary sanctions risk.</p>
      <h2>The 50 percent problem</h2>
      <p>Ivanishvili is estimated to be worth around one-third of Georgia's GDP. Many of his assets, from hotels and real estate to banks, are held through offshore structures, foundations or in the names of his sons. OFAC's 50 percent rule blocks any entity he owns 50 percent or more, directly or indirectly, even if it is not named. Where assets are held by family members, banks must work out who the real owner is.</p>
      <h2>What Georgian banks are doing</h2>
      <p>Georgia's largest banks depend on dollar correspondent accounts. Expect enhanced due diligence on any company linked to him, and refusals where ownership is unclear.</p>
      <h2>Will Trump lift it?</h2>
      <p>Georgian Dream hopes so. Nothing in the law stops a new administration from delisting him, but as of today he remains on the SDN list.</p>
      <section class="comments">
        <h3>2 comments</h3>
        <div class="comment"><p class="author">Giorgi M., January 15, 2025</p><p>My company leases an office from a firm people say is "connected". How do I check?</p></div>
        <div class="comment"><p class="author">Frontier Credit Notes (author), January 15, 2025</p><p>Ask for the ownership chain and get legal advice; the SDN list alone will not tell you.</p></div>
      </section>""",
["Frontier debt: the quarter in review", "Caucasus banks and the dollar", "How sanctioned bonds are settled"])

A["r-ivanishvili-sanctions-forum-thread.html"] = html(
"Forum: Working for a company linked to Ivanishvili after the US sanctions",
"2025-06-02", "Monday", "Tbilisi Expats Forum", """
      <div class="post"><p class="author">dato_dev wrote on December 28, 2024:</p>
      <p>Woke up to the news that the US sanctioned Ivanishvili yesterday. I'm an American working remotely for a Tbilisi company. Do I have to quit?</p></div>
      <div class="post"><p class="author">Keti_mod (moderator) wrote on December 28, 2024:</p>
      <p>Only if the company is his, meaning he owns 50% or more, or you deal with him directly. The listing names him personally, under EO 14024. The company you work for is not sanctioned just because it is in Georgia.</p></div>
      <div class="post"><p class="author">sandro_k wrote on January 21, 2025:</p>
      <p>Trump is in office now. Georgian Dream says the sanctions will be gone in weeks.</p></div>
      <div class="post"><p class="author">dato_dev wrote on April 16, 2025:</p>
      <p>They just took the Hungarian minister Rogan off the list. Anything for Ivanishvili?</p></div>
      <div class="post"><p class="author">Keti_mod (moderator) wrote on April 16, 2025:</p>
      <p>No. Rogan was removed on April 15; Ivanishvili is still on the SDN list.</p></div>
      <div class="post"><p class="author">sandro_k wrote on June 2, 2025:</p>
      <p>Checked the OFAC search today. He is still listed. So much for weeks.</p></div>
      <div class="post"><p class="author">Keti_mod (moderator) wrote on June 2, 2025:</p>
      <p>Summary: Ivanishvili designated December 27, 2024 under EO 14024; still listed as of June 2, 2025. US persons: no dealings with him or entities he owns 50%+.</p></div>""",
["Thread: opening a bank account in Georgia", "Thread: residence permits 2025", "Thread: coworking in Tbilisi"], comments=False)

A["r-georgia-foreign-agent-law-may-2024.html"] = html(
"Georgia's parliament overrides veto of 'foreign influence' law",
"2024-05-28", "Tuesday", "Caucasus Current", """
      <p class="lede">Georgia's parliament, controlled by the Georgian Dream party founded by billionaire Bidzina Ivanishvili, on Tuesday, May 28, 2024, overrode President Salome Zourabichvili's veto of the law on "transparency of foreign influence".</p>
      <h2>What the law requires</h2>
      <p>Non-governmental organisations and media outlets that receive more than 20 percent of their funding from abroad must register as organisations "pursuing the interests of a foreign power" and submit to monitoring. Critics call it a copy of Russia's foreign agent law; the government says it is about transparency.</p>
      <h2>How it passed</h2>
      <p>Parliament passed the bill in its third reading on May 14. Zourabichvili vetoed it on May 18. Georgian Dream used its majority to override the veto.</p>
      <h2>Protests</h2>
      <p>Tens of thousands of people protested in Tbilisi for weeks. The European Union said the law is incompatible with Georgia's path towards membership, granted candidate status in December 2023.</p>
      <h2>Ivanishvili's role</h2>
      <p>Ivanishvili, who holds the title of honorary chairman of the party, defended the law at a rally in April, saying foreign-funded groups were trying to stage a revolution.</p>""",
["Tbilisi protests: a photo essay", "Georgian wine exports rise", "EU candidates: where each stands"])

A["r-sitting-officials-on-sdn-list-explainer-nov-2025.md"] = md(
"When presidents and ministers land on the SDN list: an explainer",
"2025-11-20", "2025/11/officials-sdn-explainer", "Compliance Lens", "By the Compliance Lens desk | November 20, 2025", """
In the past year the US Treasury has put a sitting president, a supreme court justice, a European minister and a party founder on its Specially Designated Nationals list. The cases show how different programmes are used, and how quickly some listings can be reversed.

## The cases

- **Bidzina Ivanishvili (Georgia).** Designated December 27, 2024 under Executive Order 14024, the Russia-related order, for undermining Georgia's democratic future for Russia's benefit. Still listed.
- **Antal Rogan (Hungary).** Designated January 7, 2025 under Global Magnitsky (EO 13818) for corruption; removed April 15, 2025, after the State Department said continued designation was inconsistent with US foreign policy interests.
- **Alexandre de Moraes (Brazil).** Designated July 30, 2025 under EO 13818; his wife Viviane Barci de Moraes and the Lex Institute followed on September 22, 2025. As of this writing all three remain listed, although officials in both countries have talked about improving relations.
- **Gustavo Petro (Colombia).** Designated October 24, 2025 under EO 14059, the illicit drugs order, with his wife, eldest son and interior minister. Still listed.

## What a designation does

Property in the United States or held by US persons is blocked; US persons may not deal with the person; entities owned 50 percent or more are blocked. Non-US banks are not directly bound but face secondary sanctions risk, especially under EO 14024.

## The country is not the target

None of these actions sanctions a country or government as such. Companies may keep dealing with Colombian or Brazilian ministries, for example, as long as the blocked individuals are not involved.

## Getting off the list

A designated person can file a petition for removal with OFAC, but recent removals have come through political decisions. Rogan's case, just over three months from listing to removal, is the clearest example.

## What to watch

Compliance teams should re-screen regularly: these listings can change with diplomatic relations.
""")
