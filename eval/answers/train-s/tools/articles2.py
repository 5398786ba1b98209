from boiler import md, html, p, txt
A = []

A.append(("s-moore-threads-series-b-dec-2022.md", md(
"Moore Threads closes 1.5 billion yuan Series B as China's GPU start-ups race Nvidia",
"2022-12-20", "moore-threads-series-b", "Asia Chip Ledger", """
*By our Beijing correspondent*

Moore Threads, a Beijing graphics-chip start-up founded in October 2020, has completed a Series B funding round of 1.5 billion yuan, the company said this month. It follows a Series A round of 2 billion yuan announced in November 2021.

## Who they are

The company was founded by Zhang Jianzhong, known as James Zhang, a former general manager of Nvidia's China business. Its engineers come from Nvidia, AMD, Arm and other chip firms. Moore Threads designs general-purpose GPUs on its own MUSA architecture and has shipped a desktop graphics card, the MTT S80, as well as data-center accelerators.

## The export-control backdrop

In October 2022 the US Commerce Department imposed sweeping controls on advanced computing chips and chipmaking equipment bound for China. The rules cut off Chinese buyers from Nvidia's top data-center chips, which is good news for domestic suppliers such as Moore Threads and Shanghai-based Biren Technology.

Moore Threads itself has not been placed on the US Entity List, and as of this writing no US restriction names the company. That matters: like most Chinese chip designers it depends on overseas foundries to manufacture its chips and on US electronic design automation software to design them. Investors said the company's ability to keep using those suppliers was one reason for the valuation.

## What the money is for

The company said the funds will go to research on its next-generation GPU architecture and to building its software ecosystem, which it sees as the main barrier to winning developers used to Nvidia's CUDA.

## Risks

Analysts warned that the October 2022 rules include performance thresholds that a successful Chinese GPU could itself hit, and that Washington has shown it will add fast-growing Chinese tech companies to its trade lists. "Being unlisted today is not a guarantee for tomorrow," one Shanghai fund manager said.
""")))

A.append(("s-biren-moore-threads-entity-list-oct-2023.html", html(
"US adds GPU designers Biren and Moore Threads to Entity List alongside tighter AI chip rules", "2023-10-18",
"biren-moore-threads-entity-list", "Tech Policy Daily", p("""
The US Commerce Department's Bureau of Industry and Security added 13 Chinese entities to the Entity List on Tuesday, October 17, 2023, including the two best-known Chinese graphics-processor start-ups, Shanghai Biren Technology and Moore Threads Intelligent Technology (Beijing).

The listings took effect on October 17, 2023, the same day BIS released updated rules tightening exports of advanced AI chips and chipmaking tools to China. The Federal Register notice, published on October 19, 2023, says the 13 entities have been determined to be acting contrary to the national security or foreign policy interests of the United States. Several of their subsidiaries were named in the same entries.

<h2>What the listing means</h2>

Companies on the Entity List cannot receive items subject to the US Export Administration Regulations without a licence from BIS. For Biren and Moore Threads that threatens access to advanced foundry services and to US chip-design software, the same squeeze Huawei faced after September 2020.

<h2>Who the companies are</h2>

Biren was founded in Shanghai in 2019 by Michael Zhang Wen. Moore Threads was founded in Beijing in October 2020 by James Zhang Jianzhong, formerly head of Nvidia's China operations. Both were seen as domestic alternatives to Nvidia after the October 2022 chip controls cut off Chinese buyers from its top products.

<h2>Reaction</h2>

Both companies protested the decision. Moore Threads issued a statement expressing strong opposition and said it strictly complies with the laws and regulations of the countries and regions where it operates. Biren also protested its inclusion and said it operates in compliance with all applicable regulations.

Chinese officials have repeatedly described US chip controls as an abuse of export-control measures.
"""))))

A.append(("s-moore-threads-layoffs-nov-2023.txt", txt(
"Moore Threads cuts jobs after landing on the US Entity List",
"""Chip Street, Beijing, November 7, 2023. Moore Threads, the Chinese graphics-processor designer added to the US Entity List on October 17, has begun cutting staff, according to an internal letter from chief executive Zhang Jianzhong sent to employees on November 6.

In the letter Zhang called the job cuts "a necessary choice" for the company's continued development and "a difficult decision". He wrote that the whole Chinese GPU and AI chip industry had been severely affected by what staff call the "1017 incident", the October 17 package of US export controls and Entity List additions that hit Moore Threads and Biren Technology.

How many jobs

The company has close to 1,000 employees. A person familiar with the plan put the cut at a single-digit percentage of the workforce. Zhang described it as a routine "position optimization" focused on core GPU research and development, to be completed within the week.

Restructuring

Moore Threads is also creating two strategic units: an AI Strategy Group (AISG) and a Metaverse Computing Strategy Group (MCSG), to consolidate resources.

Defiant tone

"There is no 'darkest moment' for Chinese GPUs, only vast possibilities," Zhang wrote. He said nothing would weaken the company's determination to build China's best general-purpose GPU.

Why it matters

The listing means suppliers of items subject to US export rules need a licence to sell to Moore Threads. Analysts expect the company to struggle to find foundry capacity for advanced chips and to keep using US design software. The company previously raised 2 billion yuan in a Series A round in November 2021 and 1.5 billion yuan in a Series B in December 2022.""",
"Moore Threads' MTT S80 graphics card on display in Beijing | Source: Chip Street file photo",
"Does the Entity List ban me from buying a Moore Threads card? (The listing restricts exports to the company, not purchases from it.)",
"How to clean dust out of a gaming PC without damaging it.")))

A.append(("s-moore-threads-b-plus-round-nov-2023.txt", txt(
"Moore Threads raises fresh money weeks after US blacklisting, but far less than before",
"""Venture Asia Brief, November 16, 2023. Moore Threads has completed a Series B+ financing round worth "hundreds of millions of yuan", according to Chinese media reports, weeks after the US government placed the Beijing GPU designer on its Entity List.

The sum is well below the 1.5 billion yuan the company raised in its Series B round in December 2022 and the 2 billion yuan Series A in November 2021. Investors were not named in the reports.

Context

Moore Threads was added to the Entity List on October 17, 2023, along with Shanghai Biren Technology and 11 other Chinese entities, as Washington tightened export controls on AI chips. Earlier this month chief executive Zhang Jianzhong told staff in an internal letter that the company would cut jobs and reorganize into two strategic groups.

Investor mood

Chinese venture investors remain keen on domestic AI chips because Nvidia's most advanced products are blocked from the Chinese market. But fund managers said the Entity List listing raises hard questions about manufacturing: advanced GPUs need leading-edge foundries, most of which rely on US tools and software.

"The money shows local investors still believe in the story," said a Beijing-based partner at a technology fund. "The smaller size shows they are pricing in the sanctions."

What comes next

The company has not said whether it will seek a licence from the US Commerce Department or challenge the listing. It also has not given a timetable for a stock market listing. Several Chinese chip start-ups have been preparing initial public offerings on Shanghai's STAR Market, which has relaxed some rules for technology companies.

Moore Threads did not respond to a request for comment.""",
"A Moore Threads booth at a Beijing technology fair | Source: Venture Asia Brief",
"Is Biren also raising money? (The reports we saw only concern Moore Threads.)",
"Three questions to ask before joining a pre-IPO start-up.")))

A.append(("s-china-gpu-startups-blog.html", html(
"A year on the Entity List: how Biren and Moore Threads are coping", "2024-10-21",
"blog/biren-moore-threads-one-year", "Silicon Sidelines (blog)", p("""
<p class="entry-meta">Posted in <a href="/cat/export-controls">Export controls</a> | Tags: Biren, Moore Threads, GPU, Entity List</p>

It has been a year since the US Commerce Department put Shanghai Biren Technology and Moore Threads on the Entity List, on October 17, 2023. Both companies are still on the list today, and neither has announced a US licence. Here is how they have adapted.

<h2>Manufacturing</h2>

The listing means anyone shipping items subject to the Export Administration Regulations to the two firms needs a licence from BIS. The practical hit is at the foundry and in design software. Chinese reports say both firms have shifted work towards domestic foundries, at the cost of older process technology.

<h2>People</h2>

Moore Threads cut a single-digit percentage of its roughly 1,000 staff in November 2023, and reorganized into an AI Strategy Group and a Metaverse Computing Strategy Group. Biren has not announced a comparable cut.

<h2>Customers</h2>

Chinese cloud providers and state-linked data centers keep buying domestic accelerators because Nvidia's top chips are restricted. That demand is the main reason investors have stayed with both companies.

<h2>The bigger picture</h2>

Being on the Entity List is not the same as being sanctioned by the Treasury. Neither company is on the SDN list, and the listing does not stop anyone outside the US export-control net from buying their products.

<h3>2 comments</h3>
<p><b>gpu_fan88</b>: Can I import an MTT S80 to the US for testing?</p>
<p><b>Author</b>: The Entity List controls exports to Moore Threads, not imports from it. Check customs and your employer's rules, but the listing itself does not address that.</p>
<p><b>liwei</b>: Biren filed anything in court?</p>
<p><b>Author</b>: Not that I have seen.</p>
<div class="post-nav"><a href="/prev">&laquo; Previous: What the Dec 2024 HBM rules mean</a> | <a href="/next">Next: Reading an Entity List entry &raquo;</a></div>
"""))))

A.append(("s-moore-threads-star-market-debut-dec-2025.html", html(
"Moore Threads soars more than 400% in blockbuster Shanghai debut", "2025-12-05",
"moore-threads-shanghai-debut", "Markets Now Asia", p("""
Shares of Moore Threads Technology, the Beijing graphics-processor designer often called "China's Nvidia", more than quintupled on their first day of trading on Shanghai's STAR Market on Friday, December 5, 2025.

The stock opened at 650 yuan, 468% above its initial public offering price of 114.28 yuan, in an otherwise weak market. It was the first new share this year priced above 100 yuan.

<h2>A record pop</h2>

Moore Threads raised 8 billion yuan, about $1.13 billion, in the second-largest IPO on the mainland this year, behind Huadian New Energy Group's $2.7 billion deal in July. The retail tranche was oversubscribed about 2,750 times even after a clawback. Bloomberg data showed the debut was the biggest first-day gain for a Chinese IPO above $1 billion since the 2019 reforms. The company closed with a market value of about 282 billion yuan.

<h2>Fast-track approval</h2>

The China Securities Regulatory Commission approved the listing in October, about four months after the application. Earlier in 2025 regulators eased rules for unprofitable firms on the STAR Board. Moore Threads reported a net loss of 724 million yuan for the first three quarters of 2025.

<h2>Use of proceeds</h2>

The company said the money will fund next-generation AI training and inference chips and graphics chips, and top up working capital. CITIC Securities led the underwriting.

<h2>Analyst view</h2>

"A surge of this scale can be somewhat expected from the strong demand," said Shao Qifeng of Ying An Asset Management, while warning that memorable IPOs can be a sign of froth.
"""))))

A.append(("s-mtt-s80-graphics-card-review.txt", txt(
"Review: Moore Threads MTT S80, a Chinese gaming card that is better than it was",
"""PC Bench, March 18, 2024. When the MTT S80 first appeared, reviewers found that many popular games would not even launch. After more than a year of driver updates from Moore Threads, we took the card for another spin.

The hardware

The MTT S80 is a full-size, dual-slot card built on the company's MUSA architecture, with 16 GB of GDDR6 memory and a PCIe 5.0 interface. It draws power from a single eight-pin connector. On paper its raw compute rivals mid-range cards from a few years ago.

Drivers are the story

Moore Threads has released a steady flow of Windows drivers adding DirectX 11 titles and fixing crashes. In our test bench most esports titles now run, and several older AAA games are playable at 1080p with medium settings. DirectX 12 support remains patchy, and some anti-cheat systems still block the card.

Performance

In our mix of ten games the S80 landed well behind current mid-range cards from the big two vendors. Frame pacing was uneven in open-world titles. Power consumption at load was high for the performance delivered, and the fan was audible under sustained gaming.

Software and extras

The control panel is basic but usable. Video decode for common codecs works. Linux support exists for workstation users, but we did not test it.

Who should buy

Enthusiasts curious about China's homegrown GPU effort will find the S80 interesting, and its price in China has come down. For most gamers it is not yet a sensible purchase compared with established cards.

Verdict

Three out of five. A real improvement, with the drivers still holding it back.""",
"The MTT S80 on our test bench | Source: PC Bench",
"Will Moore Threads release a successor card this year? (The company has not given us a date.)",
"Our guide to choosing a power supply for a mid-range gaming PC.")))
