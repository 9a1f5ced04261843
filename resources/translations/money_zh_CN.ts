<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>Prepayment, instalment lowered</source>
        <translation>提前还款，减少月供</translation>
    </message>
    <message>
        <source>Prepayment, term shortened</source>
        <translation>提前还款，缩短期限</translation>
    </message>
    <message>
        <source>%1 (fee %2)</source>
        <translation>%1（手续费 %2）</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>To be current: %1 today, %2 if you pay on %3</source>
        <translation>恢复正常需还：今天 %1，如在 %3 还款则为 %2</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1: %2 overdue, plus penalty interest and fees</source>
        <translation>%1：逾期 %2，另加罚息和违约金</translation>
    </message>
    <message>
        <source>To be current today</source>
        <translation>今天恢复正常需还</translation>
    </message>
</context>
<context>
    <name>LoansTableModel</name>
    <message>
        <source>%1 (minimum %2)</source>
        <translation>%1（最低还款 %2）</translation>
    </message>
    <message>
        <source>Future interest</source>
        <translation>未来利息</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>To be current today</source>
        <translation>今天恢复正常需还</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>%1 (minimum %2)</source>
        <translation>%1（最低还款 %2）</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>To be current today: %1</source>
        <translation>今天恢复正常需还：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 to be current today</source>
        <translation>%1 · %2 · 今天恢复正常需还 %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (minimum %4)</source>
        <translation>%1 · %2 · %3（最低还款 %4）</translation>
    </message>
</context>
<context>
    <name>LoanDetailPage</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>To be current today</source>
        <translation>今天恢复正常需还</translation>
    </message>
    <message>
        <source>Minimum payment</source>
        <translation>最低还款额</translation>
    </message>
    <message>
        <source>The least to pay by %1 for the statement not to be overdue.</source>
        <translation>在 %1 前至少还这么多，本期账单就不算逾期。</translation>
    </message>
    <message>
        <source>Owed today</source>
        <translation>今天欠款</translation>
    </message>
    <message>
        <source>Remaining principal</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <source>Interest accrued</source>
        <translation>已产生利息</translation>
    </message>
    <message>
        <source>Penalty interest</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>违约金</translation>
    </message>
    <message>
        <source>Future interest (not owed yet)</source>
        <translation>未来利息（尚未产生）</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Real APR</source>
        <translation>实际年化利率</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Rate c&amp;hanges (LPR)…</source>
        <translation>利率调整（LPR）(&amp;H)…</translation>
    </message>
    <message>
        <source>Record a new annual rate from a date, as when a floating-rate mortgage is re-priced</source>
        <translation>记录从某天起的新年利率，例如浮动利率房贷按 LPR 重新定价时</translation>
    </message>
    <message>
        <source>Pa&amp;id late?…</source>
        <translation>晚还了？(&amp;I)…</translation>
    </message>
    <message>
        <source>For an instalment you counted as paid when you entered the loan: say on which day it was paid</source>
        <translation>对录入贷款时算作已还的某一期：填写它实际是哪天还的</translation>
    </message>
</context>
<context>
    <name>PaidOnDialog</name>
    <message>
        <source>When was it paid?</source>
        <translation>这一期是哪天还的？</translation>
    </message>
    <message>
        <source>Instalment %1 was due on %2. You counted it as paid when you entered the loan; say here if it was paid late.</source>
        <translation>第 %1 期应还日是 %2。录入贷款时你把它算作已还；如果其实是晚还的，请在这里填写。</translation>
    </message>
    <message>
        <source>Paid on its &amp;due date</source>
        <translation>在应还日当天还清(&amp;D)</translation>
    </message>
    <message>
        <source>Paid &amp;late, on:</source>
        <translation>晚还了，还款日期(&amp;L)：</translation>
    </message>
    <message>
        <source>Day it was paid</source>
        <translation>实际还款日期</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Prepayment on %1: the amount is principal paid ahead of the schedule. The schedule is worked out again from the day paid, as your lender does.</source>
        <translation>%1 的提前还款：金额是提前归还的本金。还款计划会像贷款机构那样，从还款当天起重新计算。</translation>
    </message>
    <message>
        <source>Prepayment:</source>
        <translation>提前还款：</translation>
    </message>
    <message>
        <source>P&amp;repay principal (提前还款)</source>
        <translation>提前归还本金(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;horten the term (缩短期限)</source>
        <translation>缩短期限(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lower the instalment (减少月供)</source>
        <translation>减少月供(&amp;L)</translation>
    </message>
    <message>
        <source>Shorten the term: the instalment stays, the last ones go. Lower the instalment: the end date stays, each instalment is smaller.</source>
        <translation>缩短期限：月供不变，最后几期不用再还。减少月供：到期日不变，每期月供变少。</translation>
    </message>
    <message>
        <source>Prepayment &amp;fee (%1):</source>
        <translation>提前还款手续费（%1）(&amp;F)：</translation>
    </message>
    <message>
        <source>0.00 if your lender charges none</source>
        <translation>贷款机构不收则填 0.00</translation>
    </message>
</context>
<context>
    <name>RateChangesDialog</name>
    <message>
        <source>Type the new annual rate as a number, for example 3.45.</source>
        <translation>请把新的年利率填成数字，例如 3.45。</translation>
    </message>
    <message>
        <source>Rate changes</source>
        <translation>利率调整</translation>
    </message>
    <message>
        <source>A floating-rate loan, such as a mortgage tied to the LPR, is re-priced from a date. Record each new annual rate with the day it applies from; the schedule is worked out again from the next instalment.</source>
        <translation>浮动利率贷款（例如按 LPR 定价的房贷）会从某天起重新定价。请记录每次的新年利率和生效日期；还款计划会从下一期起重新计算。</translation>
    </message>
    <message>
        <source>Contract rate: %1 % a year</source>
        <translation>合同利率：年 %1 %</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>New annual &amp;rate (%):</source>
        <translation>新年利率（%）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>删除所选(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>New annual rate</source>
        <translation>新年利率</translation>
    </message>
</context>
<context>
    <name>RateChangesModel</name>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>New annual rate</source>
        <translation>新年利率</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest / fee</source>
        <translation>利息/费用</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 — %2, minimum %3 unpaid</source>
        <translation>%1 — %2，最低还款 %3 未还</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (minimum %4)</source>
        <translation>%1 — %2，%3（最低还款 %4）</translation>
    </message>
</context>
</TS>
