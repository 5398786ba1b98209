"""Moraes / Brazil articles (8 files)."""
from boiler import md, html, txt

A = {}

A["r-us-revokes-visas-moraes-jul-2025.txt"] = txt(
"US pulls visas of Brazilian justice Alexandre de Moraes and his family",
"Southern Cone Dispatch, Brasilia, July 19, 2025. The US State Department has revoked the visas of Brazilian Supreme Federal Court (STF) justice Alexandre de Moraes and of his immediate family members, Secretary of State Marco Rubio announced on Friday, July 18, in the latest escalation of Washington's campaign over the criminal case against former president Jair Bolsonaro.",
"[Photo] The Supreme Federal Court building in Brasilia | Source: wire",
"""
Rubio said the visa step also covered what he called the justice's "allies on the court", and accused de Moraes of running a "persecution and censorship complex" that reached Americans and US soil. The department did not publish a list of every person affected.

WHAT THE MEASURE DOES AND DOES NOT DO

A visa revocation is a travel measure. It stops de Moraes and his relatives from entering the United States, but it does not freeze money or block business. No financial sanctions have been imposed on the justice: he has not been placed on the Treasury's Specially Designated Nationals (SDN) list, and American banks and card companies are not barred from dealing with him. Supporters of Bolsonaro in Washington have been pressing the Treasury to use the Global Magnitsky Act against him, and officials have not ruled that out.

De Moraes, appointed to the STF in 2017, is the rapporteur of the case in which Bolsonaro is accused of plotting to stay in power after losing the 2022 election. Earlier this month President Donald Trump threatened a 50% tariff on Brazilian goods and tied it to what he called a "witch hunt" against Bolsonaro.

BRASILIA'S RESPONSE

President Luiz Inacio Lula da Silva called the visa decision an unacceptable interference in the Brazilian judiciary. Several STF justices signed a note of support for their colleague. De Moraes himself said he would continue to do his work.

Lawyers in Sao Paulo said the practical effect for now is limited to travel. "If Treasury ever moves to a Magnitsky designation, that is a different animal," one banking lawyer said. "Then every bank with a dollar business has to think about him."
""",
"Five ways to keep your passport safe on holiday.",
[("Paulo R.", "July 19, 2025", "So it's only a visa thing for now? Then nothing changes for his bank accounts."),
 ("m_tavares", "July 20, 2025", "Give it a few weeks. Magnitsky is the next step they keep talking about.")])

A["r-treasury-sanctions-moraes-jul-2025.md"] = md(
"Treasury sanctions Brazilian Supreme Court justice Alexandre de Moraes under Global Magnitsky",
"2025-07-30", "2025/07/treasury-sanctions-moraes", "The Hemisphere Ledger", "By Carla Menezes, Washington | July 30, 2025", """
The US Treasury's Office of Foreign Assets Control (OFAC) on Wednesday, July 30, 2025, designated Alexandre de Moraes, a justice of Brazil's Supreme Federal Court (STF), accusing him of authorizing arbitrary pre-trial detentions and suppressing freedom of expression.

## The legal basis

The designation was made under Executive Order 13818, the order that implements the Global Magnitsky Human Rights Accountability Act and targets serious human rights abuse and corruption around the world. Any property of de Moraes in the United States or in the possession or control of a US person is blocked, and US persons are generally barred from dealing with him. Entities owned 50 percent or more by him are blocked as well.

Treasury Secretary Scott Bessent said de Moraes "has taken it upon himself to be judge and jury in an unlawful witch hunt against U.S. and Brazilian citizens and companies". The department said the justice had subjected critics to long preventive detentions without charges and ordered US social media companies to block or remove hundreds of accounts, including accounts of people in the United States.

Treasury noted that the State Department had already revoked the visas of de Moraes and his immediate family members on July 18, 2025.

## Tariffs on the same day

Also on July 30, President Donald Trump signed an executive order, "Addressing Threats to the United States by the Government of Brazil", declaring a national emergency and imposing an additional 40 percent tariff on Brazilian goods, on top of a 10 percent tariff imposed earlier.

## Reaction

Secretary of State Marco Rubio wrote that the action should be "a warning" to those who trample the rights of their compatriots: "judicial robes cannot protect them". Brazil's Attorney General Jorge Messias condemned the move as an unjustified attack on the country's sovereignty. De Moraes later called the use of the Magnitsky law against him "illegal and regrettable" and said he would keep working.

Only the justice himself was named on Wednesday; no family member or company linked to him was added to the SDN list.

## What it means for banks

Brazilian banks with US operations or dollar business are now assessing how to treat his accounts and cards. Lawyers said the main risk for a non-US bank is secondary: providing material support to a blocked person can itself lead to a designation.
""")

A["r-moraes-sanctions-brazil-banks-faq-aug-2025.html"] = html(
"FAQ: What the US sanctions on Justice de Moraes mean for banks and card users in Brazil",
"2025-08-08", "Friday", "Compliance Lens", """
      <p class="lede">Since OFAC designated Supreme Federal Court justice Alexandre de Moraes on July 30, 2025, readers have asked what it means in practice. Our answers below reflect the position on August 8, 2025.</p>
      <h2>1. Under which programme was he listed?</h2>
      <p>The Global Magnitsky programme, Executive Order 13818. He is on the SDN list; his US property is blocked and US persons may not deal with him without an OFAC licence.</p>
      <h2>2. Is his wife on the list too?</h2>
      <p>No. As of this writing only the justice himself has been designated. His wife and the family's companies are not on the SDN list. The State Department revoked family members' visas on July 18, but that is a travel measure, not an asset freeze.</p>
      <h2>3. Must a Brazilian bank close his account?</h2>
      <p>US sanctions bind US persons. A Brazilian bank is not directly bound, but if it processes dollar payments for him, or uses US correspondent accounts, it risks breaching US rules, and any bank that provides "material support" can be designated itself. That is why banks are reviewing exposure rather than acting overnight.</p>
      <h2>4. What about credit cards with US brands?</h2>
      <p>US card networks are US persons. Analysts expect cards issued under US brands to be the first services affected.</p>
      <h2>5. Are companies he owns blocked?</h2>
      <p>Under OFAC's 50 percent rule, any entity owned 50 percent or more by a blocked person is blocked automatically, even if it is not named.</p>
      <h2>6. Can the designation be lifted?</h2>
      <p>Yes. A listed person can petition OFAC for removal, and the administration can delist for policy reasons. There is no fixed end date.</p>
      <h2>7. Is Brazil itself under sanctions?</h2>
      <p>No. The country, its government and the court are not sanctioned. Separately, Brazilian goods face an extra 40 percent US tariff under a July 30 executive order; that is trade policy, not a blacklist.</p>""",
["How OFAC's 50 percent rule works", "Ten red flags in trade finance", "Checklist: screening new customers"], comments=False)

A["r-ofac-sanctions-moraes-wife-lex-sep-2025.html"] = html(
"OFAC designates wife of Justice de Moraes and the Lex Institute",
"2025-09-22", "Monday", "Sanctions Tracker Weekly", """
      <p class="lede"><strong>Action summary.</strong> On Monday, September 22, 2025, the Office of Foreign Assets Control designated Viviane Barci de Moraes, the wife of Brazilian Supreme Federal Court justice Alexandre de Moraes, and the Lex Instituto de Estudos Juridicos LTDA (the "Lex Institute"), which she heads.</p>
      <h2>Authority</h2>
      <p>Executive Order 13818 (Global Magnitsky). The justice himself was designated on July 30, 2025.</p>
      <h2>Why the two were listed</h2>
      <p>Treasury described the Lex Institute as a holding company for de Moraes that owns his residence and other residential properties. Nominal ownership of many of these properties was moved from the justice and his family to the institute more than a decade ago. Viviane Barci de Moraes has been the institute's managing partner and sole administrator since its founding in 2000. The institute was designated for materially assisting de Moraes; his wife for being a leader of the institute.</p>
      <p>Treasury Secretary Scott Bessent said the department would "continue to target individuals who provide material support to de Moraes". The press release tied the step to the conviction of former president Jair Bolsonaro, which it called unjust.</p>
      <h2>Context</h2>
      <p>The announcement came while President Lula da Silva was in New York for the United Nations General Assembly. It followed a warning by Secretary of State Marco Rubio, after Bolsonaro's conviction, that Washington would respond.</p>
      <h2>Effect</h2>
      <p>All property of the two new designees in the United States or held by US persons is blocked. Under the 50 percent rule, entities they own alone or together with the justice are blocked too.</p>
      <h2>Timeline</h2>
      <ul>
        <li>July 18, 2025: visas of the justice and his family revoked.</li>
        <li>July 30, 2025: Alexandre de Moraes designated.</li>
        <li>September 22, 2025: Viviane Barci de Moraes and the Lex Institute designated.</li>
      </ul>""",
["Weekly OFAC round-up", "EU adopts new listings", "General licences explained"], comments=False)

A["r-moraes-sanctions-forum-thread.html"] = html(
"Forum: Brazilian bank accounts and the Moraes sanctions - anyone know the rules?",
"2025-12-13", "Saturday", "ExpatMoney Forum", """
      <div class="post"><p class="author">carioca_in_miami wrote on August 2, 2025:</p>
      <p>I bank with a big Brazilian bank that has a US branch. Since Treasury put Justice de Moraes on the SDN list on July 30, my manager says they are "reviewing" accounts of sanctioned people. Does this affect normal customers like me?</p></div>
      <div class="post"><p class="author">LuizF (moderator) wrote on August 2, 2025:</p>
      <p>No. The sanctions target him, not the bank or its customers. The bank just cannot deal with him in ways that touch the US system.</p></div>
      <div class="post"><p class="author">ana_b wrote on August 20, 2025:</p>
      <p>Did you see Justice Flavio Dino's order on Monday the 18th? He said foreign laws and orders have no automatic effect in Brazil. Bank shares dropped the next day.</p></div>
      <div class="post"><p class="author">carioca_in_miami wrote on August 21, 2025:</p>
      <p>Yes, and the US side replied that no foreign court can invalidate US sanctions. Banks are stuck between the two.</p></div>
      <div class="post"><p class="author">gringo_accountant wrote on September 23, 2025:</p>
      <p>Update: yesterday OFAC added his wife and the Lex Institute. If you rent from or do business with a company tied to the institute, check the 50% rule.</p></div>
      <div class="post"><p class="author">ana_b wrote on November 3, 2025:</p>
      <p>Any sign of a removal? Lula and Trump met in Malaysia last week.</p></div>
      <div class="post"><p class="author">LuizF (moderator) wrote on November 3, 2025:</p>
      <p>Nothing official. All three are still on the list as far as I can see.</p></div>
      <div class="post"><p class="author">gringo_accountant wrote on December 12, 2025:</p>
      <p>It's done: OFAC removed Alexandre de Moraes, his wife Viviane and the Lex Institute from the SDN list today, December 12. No reason in the notice.</p></div>
      <div class="post"><p class="author">LuizF (moderator) wrote on December 13, 2025:</p>
      <p>Summary for the thread: designated July 30 (him) and September 22 (wife and Lex); all removed December 12, 2025. US persons may deal with them again. Thread closed.</p></div>""",
["Thread: sending reais to the US", "Thread: CPF for foreigners", "Thread: which brokers accept Brazilians"], comments=False)

A["r-us-delists-moraes-dec-2025.md"] = md(
"US removes Justice Alexandre de Moraes, his wife and the Lex Institute from sanctions list",
"2025-12-12", "2025/12/us-delists-moraes", "The Hemisphere Ledger", "By Carla Menezes, Washington | December 12, 2025", """
The United States on Friday, December 12, 2025, removed Brazilian Supreme Federal Court justice Alexandre de Moraes from the Treasury's sanctions list, about five months after designating him under the Global Magnitsky programme. His wife, Viviane Barci de Moraes, and the Lex Institute she heads were removed at the same time, according to an OFAC notice.

## Why now

The notice gave no reason. A senior Trump administration official, speaking anonymously, said the sanctions were lifted because the passage of an amnesty bill by Brazil's lower house was seen in Washington as a sign that "lawfare" conditions in Brazil were improving. The delisting followed a weekend phone call between President Donald Trump and President Luiz Inacio Lula da Silva, which both sides described in positive terms.

## Background

Treasury designated de Moraes on July 30, 2025, under Executive Order 13818, accusing him of arbitrary pre-trial detentions and censorship. His wife and the Lex Institute followed on September 22, 2025. De Moraes led the trial of former president Jair Bolsonaro, who was convicted of plotting to stay in power after his 2022 defeat, sentenced to more than 27 years in prison, and reported to prison in November.

In November, Trump also signed an order removing the additional import tariffs on some Brazilian agricultural products.

## Reaction

Brazil's government celebrated the move. De Moraes thanked Lula for his engagement and called the removal a victory for the Brazilian judiciary and for the truth.

## What changes

With the removal, the blocking of their property ends and US persons, including American banks and card companies, may again deal with the justice, his wife and the institute. The earlier visa revocations were a separate State Department measure; the OFAC notice did not address them.
""")

A["r-x-suspended-brazil-aug-2024.txt"] = txt(
"Brazil's top court justice orders X suspended nationwide",
"Southern Cone Dispatch, Sao Paulo, August 31, 2024. Supreme Federal Court justice Alexandre de Moraes on Friday, August 30, ordered the suspension of Elon Musk's social network X across Brazil after the company failed to name a legal representative in the country.",
"[Photo] A phone showing the X logo | Source: wire",
"""
X closed its Brazilian office on August 17, saying its local representative had been threatened with arrest over orders to block accounts. On August 28 de Moraes gave Musk 24 hours to name a new representative, warning that the platform would otherwise be suspended.

THE ORDER

The justice told the telecoms regulator Anatel to ensure the service was blocked and set fines for people who use VPNs to reach the platform. He had earlier frozen accounts of Starlink, another Musk company, to cover X's unpaid fines, a step several legal experts criticised because the two are separate companies.

The dispute stems from investigations led by de Moraes into so-called digital militias accused of spreading false information and attacks on Brazilian institutions. Musk called the justice's orders censorship and said he would not comply.

WHAT HAPPENS NEXT

X remains offline until it complies with the court's orders and pays outstanding fines, the decision said. Lula said foreign companies operating in Brazil must respect Brazilian law.

Update, October 9, 2024: after X named a representative and paid its fines, including an additional 10 million reais fine for briefly circumventing the block in September, de Moraes authorised the platform to resume service on October 8.
""",
"How to move your followers to a new platform.",
[("tech_jor", "August 31, 2024", "Starlink paying for X's fines is wild."),
 ("bia_sp", "October 9, 2024", "Back online, finally.")])

A["r-stf-dino-ruling-foreign-laws-aug-2025.txt"] = txt(
"Court summary: Justice Flavio Dino rules that foreign laws and orders have no automatic effect in Brazil",
"Legal Digest Brasil, Brasilia, August 21, 2025. Summary of the decision issued on Monday, August 18, 2025, by Supreme Federal Court (STF) justice Flavio Dino, and of the reactions to it.",
None,
"""
THE CASE

The order was issued in a case about lawsuits that Brazilian municipalities hit by the Mariana and Brumadinho dam disasters filed in courts of the United Kingdom, in which the mining association Ibram challenged the foreign proceedings. It was not a case about US sanctions.

WHAT THE JUSTICE DECIDED

Dino held that foreign laws, administrative acts, executive orders and court decisions do not apply automatically to people or companies in Brazil. Under the Brazilian Constitution, foreign judicial decisions can only be enforced after ratification by Brazilian courts or through international judicial cooperation. He told the financial system to avoid "undue impositions" such as cancelling contracts, blocking assets or making transfers on the orders of a foreign state.

The decision does not mention the Magnitsky Act by name. It was widely read, however, as a shield for Justice Alexandre de Moraes, whom the US Treasury designated on July 30, 2025.

REACTIONS

The US State Department's Western Hemisphere bureau replied that no foreign court can invalidate US sanctions or spare anyone from the consequences of violating them, and that non-US persons risk sanctions if they give de Moraes material support. On August 19, the day after the order, Brazilian banks lost more than 38 billion reais in market value; shares partly recovered the next day.

Some STF justices said the debate belongs in a separate case under Justice Cristiano Zanin, filed by Workers' Party deputy Lindbergh Farias, who asks the court to stop banks from blocking de Moraes's accounts. Zanin sent that request to the Attorney General's Office on August 1.

WHAT IT MEANS FOR BANKS

Banks face a choice between fines in Brazil and secondary sanctions risk in the United States. The order does not remove anyone from a US list; it only governs how foreign measures are applied inside Brazil.

This summary does not cover later developments.
""",
"Our guide to Brazilian court terminology.",
[])
