from boiler import md, html, p, txt
A = []

A.append(("s-uk-orders-banks-cut-ties-bank-mellat-oct-2009.txt", txt(
"UK orders City firms to stop all business with Iran's Bank Mellat and state shipping line",
"""City Wire, London, October 13, 2009. The UK Treasury has ordered every firm in the British financial sector to stop dealing with Bank Mellat, one of Iran's largest banks, and with the Islamic Republic of Iran Shipping Lines (IRISL), in the first use of new powers under the Counter-Terrorism Act 2008.

The Financial Restrictions (Iran) Order 2009 was made on October 9 and came into force at 10.30am on Monday, October 12, half an hour after it was laid before Parliament. It directs that all persons operating in the UK financial sector must not enter into, or continue to participate in, any transaction or business relationship with the two Iranian entities.

Why

Ministers said the two were linked to Iran's nuclear and ballistic missile programmes. The Treasury said the move was needed because of the risk that UK financial services could be used to help those programmes.

Effect

The direction effectively shuts down Bank Mellat's business in Britain, including its London-based subsidiary. Banks, insurers and other financial firms must end existing relationships.

How long

Because it requires firms to cease existing business, the order must be approved by both Houses of Parliament within 28 days. Unless revoked earlier, it lasts for one year, after which the Treasury would need to renew it.

The bank's response

Bank Mellat, which says it is a private commercial bank with no link to weapons programmes, said it would use the right in the Act to apply to the High Court to have the decision set aside. Lawyers said the case would test how far courts can review such orders, which may rely on secret intelligence.

For now the order is in force, and UK firms are barred from dealing with Bank Mellat.""",
"Bank Mellat's London office | Source: City Wire",
"Does this freeze Bank Mellat's assets across Europe? (No: this is a UK order; the EU has not listed the bank.)",
"How to check whether your bank is covered by the deposit guarantee scheme.")))

A.append(("s-eu-lists-bank-mellat-jul-2010.md", md(
"EU freezes assets of Bank Mellat in new Iran sanctions package",
"2010-07-27", "eu-lists-bank-mellat", "Brussels Sanctions Monitor", """
*By our Brussels correspondent*

European Union foreign ministers on Monday, July 26, 2010 adopted a new package of sanctions against Iran over its nuclear programme, adding Bank Mellat to the list of entities whose funds and economic resources must be frozen across the 27 member states.

## The legal basis

The listing was made by Council Decision 2010/413/CFSP, which placed Bank Mellat in its Annex II, with an implementing regulation under Regulation (EC) No 423/2007. It follows UN Security Council Resolution 1929 of June 2010, which designated First East Export Bank, a Malaysian-based lender the UN said is owned or controlled by Bank Mellat.

## The Council's case

The Council said Bank Mellat engages in conduct that supports and facilitates Iran's nuclear and ballistic missile programmes and provides banking services to UN- and EU-listed entities. The UN resolution's annex said that over seven years Bank Mellat had facilitated hundreds of millions of dollars in transactions for Iranian nuclear, missile and defence entities.

## The bank's position

Bank Mellat rejects the allegations. It describes itself as a privately owned commercial bank and says it has never financed weapons activity. Lawyers for the bank said it would challenge the listing before the EU General Court in Luxembourg.

## Effect

EU banks must freeze any Bank Mellat funds they hold and may not make funds available to it. The measure adds to the United Kingdom's separate Treasury order of October 2009, which already barred UK financial firms from dealing with the bank. Bank Mellat has also been designated by the United States since 2007.

## Wider package

The package also restricts trade in oil and gas equipment and insurance for Iranian entities, and adds dozens of companies tied to the Revolutionary Guards and the shipping line IRISL.
""")))

A.append(("s-eu-court-annuls-bank-mellat-listing-jan-2013.md", md(
"EU General Court annuls Bank Mellat sanctions, but freeze stays for now",
"2013-01-30", "eu-court-annuls-bank-mellat-listing", "Brussels Sanctions Monitor", """
*By our Luxembourg correspondent*

The EU General Court on Tuesday, January 29, 2013 annulled the European Union's sanctions against Iran's Bank Mellat, ruling that the Council of the EU had failed to show sufficient reasons and evidence for freezing the bank's assets. The case is Bank Mellat v Council, T-496/10.

## What the court found

Bank Mellat was added to the EU list on July 26, 2010. The Council argued that the bank, although it presents itself as a private commercial lender, supported Iran's nuclear and ballistic missile programmes and provided services to listed entities. The court found the Council had not produced the information and evidence needed to justify the listing, and annulled the measures in so far as they concerned Bank Mellat.

## Not free yet

The ruling does not lift the freeze immediately. Under EU court rules, annulment of a regulation takes effect only once the time to appeal has run out or an appeal has been dismissed. The Council is widely expected to appeal to the Court of Justice, and Bank Mellat's funds in the EU remain frozen in the meantime. The Council can also relist a company on new grounds.

## Bank's reaction

Bank Mellat's managing director Ali Divandari welcomed the ruling, saying vague reasons had been used to impose the sanctions two and a half years ago, and said the bank would seek its legal costs and compensation.

## The UK case

Separately, Bank Mellat's challenge to the UK Treasury's 2009 order is due before the UK Supreme Court in March 2013. Lower courts have upheld that order.

## Wider picture

The ruling is one of a growing number of cases in which the Council has lost because it could not produce evidence. Diplomats said the EU's broader Iran sanctions are not affected.
""")))

A.append(("s-bank-mellat-uk-supreme-court-summary.html", html(
"Court summary: Bank Mellat v HM Treasury (No 2) [2013] UKSC 39", "2013-06-20",
"court-summary-bank-mellat-uksc", "Case Notes Online", p("""
<p class="meta">Court: UK Supreme Court | Judgment: 19 June 2013 | Citation: [2013] UKSC 39 | On appeal from [2011] EWCA Civ 1</p>

<h2>Background</h2>

On 9 October 2009 HM Treasury made the Financial Restrictions (Iran) Order 2009 under Schedule 7 to the Counter-Terrorism Act 2008. It directed all persons in the UK financial sector not to enter into or continue any transaction or business relationship with Bank Mellat, a major Iranian commercial bank, and the shipping line IRISL. Bank Mellat applied to set the order aside. The High Court and Court of Appeal dismissed its challenge.

<h2>Decision</h2>

The Supreme Court, sitting as a panel of nine justices, allowed the appeal and quashed the order.

<h2>Reasons</h2>

On the substance (majority of 5 to 4), Lord Sumption held that the order was irrational and disproportionate. It singled out Bank Mellat, but the only reason the courts below accepted was a general risk that any Iranian bank's access to UK markets could help Iran's weapons programmes. That risk was not specific to Bank Mellat, and the order made no attempt to restrict other Iranian banks. The measure was therefore arbitrary.

On procedure (a differently made-up majority of 5 to 4), the Treasury acted unfairly by not giving the bank notice or an opportunity to make representations before the order was made.

<h2>Closed material</h2>

In a separate judgment Lord Neuberger held that the Supreme Court may adopt a closed material procedure where needed. This case saw the first closed hearing in the court's history.

<h2>Consequences</h2>

The ruling concerns only the 2009 UK order. It does not affect EU Regulation 267/2012, which applies directly in the UK, nor US sanctions. The Treasury was ordered to pay Bank Mellat's costs, and questions of damages go back to the High Court.

<p>Counsel for Bank Mellat: Michael Brindle QC, instructed by Zaiwalla &amp; Co.</p>
"""), comments=False)))

A.append(("s-ecj-rejects-council-appeal-bank-mellat-feb-2016.txt", txt(
"EU top court rejects appeal, clearing the way for Bank Mellat compensation claims",
"""Euro Law Report, Luxembourg, February 19, 2016. The European Court of Justice on Thursday, February 18, 2016 dismissed the Council of the EU's appeal against the 2013 General Court ruling that annulled sanctions on Iran's Bank Mellat, in case C-176/13 P.

The decision makes final the January 29, 2013 judgment in T-496/10. The court said that since all the measures concerning Bank Mellat had been annulled, its funds are deemed not to have been frozen between July 26, 2010, the date of the first freezing measure, and January 16, 2016, the date on which the freeze was lifted.

Sanctions already gone

The practical freeze ended last month. On January 16, 2016, Implementation Day of the nuclear deal between Iran and world powers, the EU lifted its nuclear-related sanctions on Bank Mellat and many other Iranian banks. A European Commission spokeswoman said the EU had "taken note" of the judgment and that there was no further action to be considered.

The ruling is the first court win for an Iranian company since international sanctions were lifted.

Damages next

Bank Mellat's lawyer, Sarosh Zaiwalla, said the judgment strengthens the bank's $4 billion damages claim against the UK Treasury, brought after the UK Supreme Court in June 2013 quashed Britain's 2009 order against the bank. He said anyone who has been a victim of an unlawful listing can now bring a claim.

The bank has said it will seek compensation from Britain. Any claim against the EU itself would be a separate matter.

What it does not change

The judgment concerns EU law only. It does not affect United States sanctions, under which Iranian banks remain restricted for US persons.""",
"The Court of Justice of the EU in Luxembourg | Source: Euro Law Report",
"Will other Iranian banks sue? (Lawyers expect some to try, but none has filed yet that we know of.)",
"What Implementation Day means for EU exporters: our six-point checklist.")))

A.append(("s-bank-mellat-damages-claim-high-court.md", md(
"Bank Mellat's $4 billion damages claim against HM Treasury heads to trial",
"2016-07-15", "bank-mellat-damages-claim", "London Litigation Review", """
*By our legal affairs correspondent*

Bank Mellat's claim for damages against HM Treasury, the largest ever brought against the UK finance ministry, is heading for trial in the High Court, with a hearing slated for October, according to the bank's lawyers.

## How it got here

In October 2009 the Treasury made the Financial Restrictions (Iran) Order 2009 under the Counter-Terrorism Act 2008, barring UK financial firms from dealing with Bank Mellat, Iran's largest private bank. Bank Mellat challenged the order, arguing that it violated its rights under the European Convention on Human Rights, including the right to property and a fair hearing.

On June 19, 2013 the UK Supreme Court quashed the order by a majority, finding it irrational, disproportionate and procedurally unfair. The court ordered the Treasury to pay the bank's costs and sent the question of damages back to the High Court.

## The claim

Bank Mellat says the order shut down its UK business and cost it heavily. It is seeking **$4 billion** in damages. Its lawyer, Sarosh Zaiwalla of Zaiwalla & Co, has said the European Court of Justice's February 2016 ruling, which confirmed that the bank's EU sanctions had been unlawful, strengthens the case.

## The Treasury's position

The Treasury disputes the size of the claim and is expected to argue that the bank's losses were caused mainly by the separate EU and US sanctions, not by the UK order alone.

## Why it matters

Sanctions lawyers say a large award would make governments more careful about evidence when designating companies. Other Iranian entities whose listings were annulled are watching the case.

## What comes next

The trial is expected to take several weeks. A judgment would follow later; settlement talks remain possible.
""")))

A.append(("s-bank-mellat-sanctions-faq.html", html(
"FAQ: Can European and UK businesses deal with Bank Mellat after the Iran deal?", "2016-03-01",
"faq-bank-mellat-after-iran-deal", "Trade Finance Desk", p("""
After the European Court of Justice's February 2016 ruling and the lifting of nuclear sanctions in January, readers asked whether they can now work with Iran's Bank Mellat. Here is what we know.

<h2>Is Bank Mellat still under an EU asset freeze?</h2>

No. The EU lifted its nuclear-related asset freeze on Bank Mellat on January 16, 2016, Implementation Day of the Joint Comprehensive Plan of Action. On February 18, 2016 the Court of Justice also dismissed the Council's appeal against the annulment of the bank's listing.

<h2>What about the UK?</h2>

The UK's own 2009 order against the bank was quashed by the UK Supreme Court on June 19, 2013. With the EU freeze lifted, UK firms are no longer barred by those measures from dealing with Bank Mellat.

<h2>Can a European bank open a correspondent relationship?</h2>

Legally it may, subject to the remaining EU rules on Iran (for example on weapons and missile-related trade). In practice many large banks remain cautious because of US exposure.

<h2>Does the Iran deal lift US sanctions on Bank Mellat?</h2>

The US lifted mainly "secondary" sanctions aimed at non-US persons. US persons remain broadly prohibited from dealing with Iranian banks under the US embargo. Anyone with US links should take advice.

<h2>Was Bank Mellat's listing ever found lawful?</h2>

No court upheld it in the end. The EU General Court annulled it in January 2013 (T-496/10), and the Court of Justice confirmed that in February 2016, holding that the funds are deemed not to have been frozen between July 26, 2010 and January 16, 2016.

<h2>Is the bank suing for damages?</h2>

Yes, in the UK: it is claiming $4 billion from HM Treasury.
"""))))

A.append(("s-bank-mellat-tehran-bourse-results.txt", txt(
"Bank Mellat shares lead Tehran bourse gains as lender reports higher profit",
"""Tehran Markets Daily, August 22, 2017. Shares of Bank Mellat, one of the most heavily traded financial stocks on the Tehran Stock Exchange, rose on Tuesday after the lender reported higher profit for the first months of the Iranian year.

Listing history

Bank Mellat was founded in 1980 from the merger of several pre-revolution banks and was partly privatized in the late 2000s, when its shares were listed on the Tehran Stock Exchange. It is one of the largest listed banks in Iran by assets and branch network, with a large retail customer base and a growing electronic banking business.

Results

The bank reported rising interest income and fee revenue, helped by growth in card payments and mobile banking. Provisions for bad loans, a chronic issue for Iranian lenders, remained high. Management said it was working to sell non-core real estate holdings as the central bank pushes banks to exit property and industry.

Market reaction

Bank Mellat's shares gained in heavy trade, helping the benchmark TEDPIX index. Brokers said investors were rotating into large banks on hopes of better margins after the central bank's decision to cap deposit rates.

Digital push

The bank has expanded its mobile app and internet banking, and says a growing share of transactions now take place online. It also runs one of the country's biggest networks of point-of-sale terminals.

Outlook

Analysts said the sector still faces weak capital, non-performing loans and pressure from high inflation. Bank Mellat's managing director told shareholders the bank would focus on recovering overdue loans and trimming costs this year.""",
"Traders at the Tehran Stock Exchange | Source: Tehran Markets Daily",
"Does Bank Mellat pay a dividend? (The bank said a decision will be made at the annual meeting.)",
"How to follow the TEDPIX index from abroad.")))
