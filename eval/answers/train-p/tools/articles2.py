# ICC-related US sanctions, Albanese, ICC Putin warrant (distractor)
A = []

A.append(dict(fname="p-us-sanctions-icc-prosecutor-bensouda-sep-2020.txt", title="US sanctions ICC prosecutor Fatou Bensouda and a senior aide",
date="2020-09-02", outlet="Lowlands Courier", place="The Hague", caption="Fatou Bensouda at the International Criminal Court. | Lowlands Courier", body="""
The United States on Wednesday placed the chief prosecutor of the International Criminal Court, Fatou Bensouda, on its sanctions blacklist, escalating the Trump administration's campaign against the court's investigation into alleged war crimes in Afghanistan.

## TWO NAMES

Secretary of State Mike Pompeo said Bensouda, a Gambian lawyer, was designated for having directly engaged in an effort to investigate US personnel. Phakiso Mochochoko of Lesotho, head of the prosecutor's Jurisdiction, Complementarity and Cooperation Division, was designated for having materially assisted her. Both were added to the Treasury's Specially Designated Nationals and Blocked Persons list.

The designations were the first under Executive Order 13928, which President Donald Trump signed on June 11. Pompeo also said the State Department had restricted visas for certain unnamed people involved in the court's efforts to investigate Americans.

"The ICC's recklessness has forced us to this point," Pompeo told reporters, warning that individuals and entities that continue to materially support the two officials "risk exposure to sanctions as well".

## WHAT IT MEANS

Any assets the two hold in the United States or through US persons are frozen. US citizens, banks and companies are generally barred from dealing with them. Because dollar payments pass through US banks, lawyers said the two may find it hard to use international banking at all.

The court itself, as an institution, was not designated.

## CONDEMNATION

The court called the measures "unprecedented" and "serious attacks" against the Rome Statute system and the rule of law. The Dutch foreign minister, whose country hosts the court, said he was dismayed. Human Rights Watch called the move "a stunning perversion" of US sanctions.

The United States is not a party to the Rome Statute and rejects the court's jurisdiction over its personnel. The court's appeals judges authorised the Afghanistan investigation in March. Bensouda's office has also examined possible crimes in the Palestinian territories, which Israel opposes.

Bensouda's nine-year term ends in June 2021.

---
Our tip: The best canal-side terraces to catch the last of the summer.

Leave a Reply

Jeroen K: Sanctioning a prosecutor like a drug lord. Unbelievable.

amy_in_dc: The US never joined the court. Why should it accept its jurisdiction?
"""))

A.append(dict(fname="p-biden-lifts-icc-sanctions-apr-2021.html", title="Agency action summary: Biden revokes ICC sanctions order; Bensouda and Mochochoko removed from SDN list",
date="2021-04-05", outlet="TradeReg Monitor", place="Washington", shape="agency", body="""
## Action

On April 1, 2021, President Joe Biden signed Executive Order 14022, terminating the national emergency declared in Executive Order 13928 of June 11, 2020, "Blocking Property of Certain Persons Associated With the International Criminal Court", and revoking that order. Secretary of State Antony Blinken announced the decision on Friday, April 2.

## Who is affected

The two people designated under the old order, International Criminal Court Prosecutor Fatou Bensouda and Phakiso Mochochoko, head of the court's Jurisdiction, Complementarity and Cooperation Division, were removed from the Specially Designated Nationals and Blocked Persons list by the Office of Foreign Assets Control (OFAC). The State Department also ended a separate 2019 policy of visa restrictions on certain court personnel.

## What it means for US persons

Transactions with the two former designees are no longer prohibited. US banks that had blocked their funds may release them under the normal rules. There is no longer any US sanctions programme aimed at the ICC, and the ICC-related regulations lose their basis.

## Statement

"These decisions reflect our assessment that the measures adopted were inappropriate and ineffective," Blinken said. He added that the United States "continues to disagree strongly" with the court's actions on Afghanistan and on the Palestinian situation, and maintains its long-standing objection to the court asserting jurisdiction over personnel of non-member states such as the United States and Israel.

## Reactions

The court welcomed the decision and said it stood ready to re-engage with Washington. UN Secretary-General Antonio Guterres, through his spokesperson, also welcomed the step. Human rights groups that had sued over the order, including the Open Society Justice Initiative, welcomed the revocation.

## Timeline

- June 11, 2020: Executive Order 13928 signed.
- September 2, 2020: Bensouda and Mochochoko designated.
- April 1, 2021: Executive Order 14022 revokes EO 13928.
- April 2, 2021: Blinken statement; OFAC removes both names.

## Background

The sanctions had been imposed in response to the court's investigation into alleged crimes in Afghanistan, including by US personnel. The court opened a formal investigation into the situation in Palestine in March 2021.
"""))

A.append(dict(fname="p-trump-sanctions-icc-prosecutor-khan-feb-2025.md", title="Trump order brings back ICC sanctions; prosecutor Karim Khan first to be named",
date="2025-02-14", outlet="Lowlands Courier", place="The Hague", body="""
The United States has put International Criminal Court prosecutor Karim Khan on its sanctions list, the first person named under a new executive order from President Donald Trump that revives the measures against the court scrapped four years ago.

## The new order

Trump signed Executive Order 14203 on February 6, calling the court's actions against the United States and Israel "illegitimate and baseless". The order declares a national emergency and allows the freezing of assets and entry bans for foreign persons who have directly engaged in efforts by the court to investigate, arrest, detain or prosecute a protected person without the consent of that person's country.

Khan, a British lawyer, was named in an annex to the order and added to the Treasury's Specially Designated Nationals list on February 13. The order directs the Treasury secretary, in consultation with the secretary of state, to report within 60 days on further people who should be designated.

The move came after the court's judges in November 2024 issued arrest warrants for Israeli Prime Minister Benjamin Netanyahu and former defence minister Yoav Gallant over the Gaza war. Netanyahu, who was visiting Washington when the order was signed, praised it.

## What it means

Any of Khan's property in the United States or controlled by US persons is frozen, and he and his immediate family are barred from entering the country. US persons may not provide him funds, goods or services. The court itself is not designated, and staff who are not named are not blocked, though lawyers warned that helping a designated person could expose others to sanctions.

A group of 79 countries, about two-thirds of the court's members, said in a joint statement that the sanctions risked forcing the court to close field offices. The United Nations said Khan should still be able to travel to New York to brief the Security Council on cases it has referred, including Libya and Darfur.

## Echo of 2020

During Trump's first term, the United States sanctioned Khan's predecessor, Fatou Bensouda, under Executive Order 13928. President Joe Biden lifted those sanctions in April 2021, and Trump rescinded Biden's order on his first day back in office.

The court said it stood firmly by its personnel and would continue its work. "The court will continue providing justice and hope to millions of innocent victims of atrocities," it said.
"""))

A.append(dict(fname="p-us-sanctions-four-icc-judges-jun-2025.html", title="US sanctions four ICC judges over Afghanistan and Israel cases",
date="2025-06-06", outlet="The Global Docket", place="Washington", body="""
The Trump administration on Thursday, June 5, imposed sanctions on four judges of the International Criminal Court, widening its campaign against the tribunal beyond its prosecutor.

## The four judges

Secretary of State Marco Rubio named Solomy Balungi Bossa of Uganda, Luz del Carmen Ibáñez Carranza of Peru, Reine Adelaide Sophie Alapini Gansou of Benin and Beti Hohler of Slovenia. All four were designated under Executive Order 14203, signed in February.

Bossa and Ibáñez Carranza, who sit in the court's appeals division, were targeted for their part in the 2020 appeals decision that authorised the prosecutor to investigate alleged crimes in Afghanistan, including by US personnel. Alapini Gansou and Hohler were targeted for their roles in the pre-trial proceedings that led to arrest warrants for Israeli Prime Minister Benjamin Netanyahu and former defence minister Yoav Gallant.

"As ICC judges, these four individuals have actively engaged in the ICC's illegitimate and baseless actions targeting America or our close ally, Israel," Rubio said.

## Effect

Any property the judges hold in the United States or under the control of US persons is blocked, and they are barred from entering the country. US persons may not make funds, goods or services available to them. The Treasury issued a general licence allowing transactions needed to wind down dealings with the judges until July 8, with payments going into blocked, interest-bearing accounts.

The judges join Prosecutor Karim Khan, who was designated in February. With this round, five ICC officials are now under US sanctions.

## Reaction

The court condemned the designations as "a clear attempt to undermine the independence of an international judicial institution". Slovenia, Hohler's home country, said it would ask the European Union to consider using its blocking statute to shield the court's staff. UN human rights chief Volker Türk called for the sanctions to be withdrawn.

Lawyers said the designations create practical headaches for anyone in the United States who deals with the judges, including universities, publishers and conference organisers, since even paying a speaker's fee could require a licence.

## Not the court itself

As with earlier rounds, the court as an institution has not been designated. Its 125 member states are not affected.
"""))

A.append(dict(fname="p-icc-sanctions-widen-aug-2025.txt", title="US adds two more ICC judges and both deputy prosecutors to sanctions list",
date="2025-08-21", outlet="Lowlands Courier", place="The Hague", caption="The International Criminal Court building in The Hague. | Lowlands Courier", body="""
The United States on Wednesday, August 20, imposed sanctions on four more officials of the International Criminal Court, bringing to nine the number of court officials on the Treasury's blacklist.

## WHO WAS NAMED

Secretary of State Marco Rubio designated Judge Kimberly Prost of Canada and Judge Nicolas Guillou of France, along with the court's two deputy prosecutors, Nazhat Shameem Khan of Fiji and Mame Mandiaye Niang of Senegal. All were designated under Executive Order 14203.

According to the Treasury, Prost was targeted for ruling to authorise the court's investigation into US personnel in Afghanistan, and Guillou for ruling to authorise the arrest warrants for Israeli Prime Minister Benjamin Netanyahu and former defence minister Yoav Gallant. The deputy prosecutors were designated for continuing to support the court's actions against Israel.

Rubio called the court "an instrument for lawfare" against the United States and Israel.

## THE RUNNING TOTAL

Prosecutor Karim Khan was designated in February and four judges in June. With the four names added on Wednesday, nine ICC officials are now subject to US sanctions. Francesca Albanese, the UN special rapporteur on the Palestinian territories, who is not a court official, was designated under the same order in July.

## REACTIONS

The court called the move "a flagrant attack against the independence of an impartial judicial institution" operating under a mandate from 125 states. France said it was dismayed that one of its magistrates had been targeted. Israel welcomed the step.

Guillou presides over the pre-trial chamber that issued the Netanyahu and Gallant warrants in November 2024. Prost, a former UN ombudsperson for the al-Qaeda sanctions committee, once helped people wrongly placed on UN sanctions lists get off them.

## DAILY LIFE

Court staff describe the effect on those designated as severe: bank cards issued by US companies stop working, online shopping and hotel bookings fail, and US-based service providers cut off accounts.

---
Our tip: Rotterdam's new harbour walk, reviewed.

Leave a Reply

marieke: Nine people now. Where does this end?

T. Walsh: The deputy prosecutors run the office while Khan is on leave, so this hits the whole prosecution side.
"""))

A.append(dict(fname="p-icc-sanctions-faq-for-us-persons-2025.html", title="FAQ: The US sanctions on ICC officials - what they mean for banks, universities and NGOs",
date="2025-09-10", outlet="Sanctions Desk Explainers", place="", shape="faq", body="""
## Who is under US sanctions in connection with the ICC?

As of early September 2025, nine officials of the International Criminal Court are designated under Executive Order 14203: Prosecutor Karim Khan (February 2025), Judges Bossa, Ibáñez Carranza, Alapini Gansou and Hohler (June 5, 2025), and Judges Prost and Guillou plus Deputy Prosecutors Nazhat Shameem Khan and Mame Mandiaye Niang (August 20, 2025). UN special rapporteur Francesca Albanese was also designated under the same order in July.

## Is the ICC itself on the SDN list?

No. The court as an institution has not been designated. Dealing with the court, or with staff who are not named, is not prohibited as such, though the Treasury warns that materially assisting a designated person can itself lead to designation.

## Can a US bank hold money for a designated official?

It must block it. Property and interests in property of designated people that come into the possession of a US person must be frozen and reported to the Office of Foreign Assets Control (OFAC) within ten business days.

## Can a US university invite a sanctioned judge to speak?

Not without care. Paying a fee or travel costs is providing funds or services. Publishing an article by a designated person and teaching about the court are generally not barred, as informational materials are exempt, but organisers should take legal advice.

## What about NGOs that submit evidence to the court?

Sending evidence to the court's registry is not in itself dealing with a named person. Working directly for, or at the direction of, a designated prosecutor is riskier. Several US groups have sued, arguing the order breaches free speech rights.

## Is this the first time?

No. In September 2020 the United States designated then-prosecutor Fatou Bensouda and aide Phakiso Mochochoko under Executive Order 13928. President Biden revoked that order in April 2021 and both were removed from the list.

## Do European rules protect ICC staff?

The Netherlands and several EU states have urged the Commission to apply the EU blocking statute, which would bar EU companies from complying with the US measures. As of this update, the Commission has not extended it to these sanctions.

## How long do the designations last?

There is no end date. They stay until OFAC removes the names or the order is revoked.
"""))

A.append(dict(fname="p-icc-sanctions-ngo-forum-thread-2025.txt", title="Forum thread: Our charity pays an ICC deputy prosecutor's conference travel - are we breaking US sanctions?",
date="2025-08-27", outlet="NonProfit Compliance Forum", place="Online", caption="", shape="forum", body="""
Thread: Our charity pays an ICC deputy prosecutor's conference travel - are we breaking US sanctions?

greta_ops wrote on Aug 22, 2025:
We are a small US-registered human rights charity. We invited one of the ICC deputy prosecutors to speak at our October conference and promised to cover flights and the hotel. I just read they were sanctioned this week. What now?

LegalBeagle wrote on Aug 22, 2025:
Both deputy prosecutors, Nazhat Shameem Khan and Mame Mandiaye Niang, were designated on August 20 under EO 14203. As a US person you cannot provide funds, goods or services to them. Paying their airfare and hotel is providing funds and services. Stop and take advice.

greta_ops wrote on Aug 22, 2025:
Even if the money goes to the airline, not to her?

LegalBeagle wrote on Aug 23, 2025:
Yes. It is for her benefit. OFAC looks at who benefits.

Hannah_R wrote on Aug 23, 2025:
You could apply to OFAC for a specific licence. Don't expect a quick answer though.

greta_ops wrote on Aug 24, 2025:
Can she still appear by video if we pay nothing?

LegalBeagle wrote on Aug 24, 2025:
An unpaid video appearance is a grey area. Speech and informational materials have some protection, but if your platform or staff are performing a service for her, that is the risk. Several groups sued over the February order on First Amendment grounds. Until courts decide, be cautious.

Pavel_D wrote on Aug 25, 2025:
Remember the 2020 round. Bensouda and Mochochoko were listed, NGOs and academics sued, and the whole thing went away when Biden revoked EO 13928 in April 2021. Doesn't mean it will happen again.

Hannah_R wrote on Aug 26, 2025:
For the record, nine court officials are on the list now, counting Karim Khan in February and four judges in June. The court itself is not designated, so you can still send submissions to the registry.

Mod_Sunita wrote on Aug 27, 2025:
Summary: paying travel for a designated person is barred without an OFAC licence. The ICC as an institution is not listed. This is a discussion board, not legal advice.

---
Our tip: Grant-writing templates for small charities, updated for 2026.

Leave a Reply

ex-banker: our bank froze a transfer to the Hague because the reference mentioned the ICC, even though the payee wasn't listed.

greta_ops: thanks all - we postponed the panel.
"""))

A.append(dict(fname="p-icc-putin-arrest-warrant-mar-2023.md", title="ICC issues arrest warrant for Putin over deportation of Ukrainian children",
date="2023-03-17", outlet="Lowlands Courier", place="The Hague", body="""
The International Criminal Court on Friday issued an arrest warrant for Russian President Vladimir Putin, accusing him of the war crime of unlawfully deporting children from occupied areas of Ukraine to Russia.

## Two warrants

Judges of the court's Pre-Trial Chamber II said there were reasonable grounds to believe Putin bore individual criminal responsibility for the unlawful deportation and transfer of children. A second warrant was issued for Maria Lvova-Belova, Russia's commissioner for children's rights, on the same charges.

The court said it had first considered keeping the warrants secret to protect witnesses, but decided to make them public because the conduct was allegedly ongoing and public awareness could help prevent further crimes.

## The prosecutor's view

Prosecutor Karim Khan, a British lawyer who took office in June 2021, said his office had evidence that at least hundreds of children had been taken from orphanages and care homes. "Children cannot be treated as the spoils of war," he said.

Khan opened the Ukraine investigation in March 2022, days after Russia's full-scale invasion, with referrals from dozens of member states.

## Will he be arrested?

Russia is not a member of the court and does not recognise its jurisdiction. A Kremlin spokesman called the warrant "null and void". The court has no police of its own and relies on its 123 member states to make arrests, which means Putin could in principle be detained if he travels to one of them.

Ukraine's President Volodymyr Zelensky called the decision "historic". The United States, which is not a member of the court, said it supported holding perpetrators of war crimes accountable.

## A rare step

It is only the third time the court has issued a warrant against a sitting head of state, after Sudan's Omar al-Bashir and Libya's Muammar Gaddafi. Neither was ever handed over while in office.

Legal scholars said the warrant would limit Putin's travel, particularly to a BRICS summit in South Africa, a court member, planned for August.

## Moscow responds

Russia's investigative committee said it would open a criminal case against Khan and the judges who issued the warrant. Russian lawmakers proposed a law to bar cooperation with the court.

The court also said it was pursuing other lines of inquiry in Ukraine, including attacks on civilian infrastructure.
"""))

A.append(dict(fname="p-us-sanctions-un-rapporteur-albanese-jul-2025.md", title="US sanctions UN rapporteur Francesca Albanese under ICC order",
date="2025-07-10", outlet="The Global Docket", place="Geneva", body="""
The United States on Wednesday, July 9, imposed sanctions on Francesca Albanese, the UN special rapporteur on human rights in the occupied Palestinian territories, accusing her of pushing the International Criminal Court to act against American and Israeli officials and companies.

## Under the ICC order

Secretary of State Marco Rubio said Albanese was designated under Executive Order 14203, the February order aimed at the court, for her "illegitimate and shameful efforts to prompt ICC action" against US and Israeli nationals. She is not an employee of the court. The order reaches any foreign person who has directly engaged in, or materially assisted, efforts by the court against protected persons.

Rubio also cited Albanese's recent report naming dozens of companies, including US technology and arms firms, that she said profited from Israel's occupation and the war in Gaza. She had written to many of them warning that they might face legal exposure.

## What it means

Her property under US jurisdiction is frozen, and US persons may not provide her funds, goods or services. She is barred from entering the United States.

Albanese, an Italian lawyer, said the move was an attempt to silence her and that she would continue her work. The UN human rights office urged Washington to reverse the decision, saying special rapporteurs are independent experts appointed by the Human Rights Council.

## Precedent

The designation is the first time the United States has used sanctions against a UN special rapporteur. Lawyers said it stretches the ICC order beyond the court's own staff, which until then covered Prosecutor Karim Khan and four judges.

"The order was sold as protection against a court," said Miriam Hale, a sanctions lawyer in Geneva. "It is now being used against a critic of companies."

## Companies named in her report

None of the companies in Albanese's report face any sanctions or listing as a result of it. Her report has no legal force. Several firms rejected her findings, and some said they had never been contacted before publication.

## Next steps

Albanese's mandate runs until 2028. The UN said it would raise the issue with the US under the headquarters agreement, which guarantees access for UN officials travelling to New York on official business.
"""))
