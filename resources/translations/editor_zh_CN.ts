<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<!-- The loan editor's texts added with issues 13 and 16 (its older texts are in shell_zh_CN.ts). -->
<context>
    <name>LoanEditor</name>
    <message>
        <source>What you call it, e.g. “CMB card”; the bank's name if empty</source>
        <translation>你对它的称呼，例如“招行信用卡”；留空则用银行名称</translation>
    </message>
    <message>
        <source>What you call it, e.g. “Renovation loan”; the lender's name if empty</source>
        <translation>你对它的称呼，例如“装修贷”；留空则用贷款机构名称</translation>
    </message>
    <message>
        <source>What you call it, e.g. “Jiebei”; the platform's name if empty</source>
        <translation>你对它的称呼，例如“借呗”；留空则用平台名称</translation>
    </message>
    <message>
        <source>What you call it, e.g. “Flat in Pudong”; the bank's name if empty</source>
        <translation>你对它的称呼，例如“浦东的房子”；留空则用银行名称</translation>
    </message>
    <message>
        <source>What you call it, e.g. “Car loan”; the lender's name if empty</source>
        <translation>你对它的称呼，例如“车贷”；留空则用贷款机构名称</translation>
    </message>
    <message>
        <source>What you call it, e.g. “Shop loan”; the lender's name if empty</source>
        <translation>你对它的称呼，例如“店铺经营贷”；留空则用贷款机构名称</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Kind of l&amp;ender:</source>
        <translation>机构类型(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Interest rate:</source>
        <translation>利率(&amp;I)：</translation>
    </message>
    <message>
        <source>Statement &amp;day of the month:</source>
        <translation>每月账单日(&amp;D)：</translation>
    </message>
    <message>
        <source>As your contract or app quotes it: a yearly rate, or a daily one (日息万分之五 is 0.05 % a day).</source>
        <translation>按合同或 App 上写的填：年利率或日利率均可（日息万分之五即每天 0.05 %）。</translation>
    </message>
    <message>
        <source>As printed; if empty, worked out from the two lines below</source>
        <translation>按账单上印的填；留空则按下面两行计算</translation>
    </message>
    <message>
        <source>Latest statement's &amp;balance:</source>
        <translation>最近一期账单金额(&amp;B)：</translation>
    </message>
    <message>
        <source>Its &amp;minimum payment:</source>
        <translation>其中最低还款额(&amp;M)：</translation>
    </message>
    <message>
        <source>Already &amp;paid towards it:</source>
        <translation>本期已还(&amp;P)：</translation>
    </message>
    <message>
        <source>Late fee (% of the unpaid minimum):</source>
        <translation>违约金（未还最低还款额的 %）：</translation>
    </message>
    <message>
        <source>Already &amp;paid:</source>
        <translation>已还情况(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>RateInput</name>
    <message>
        <source>% a year</source>
        <translation>%（年利率）</translation>
    </message>
    <message>
        <source>% a day</source>
        <translation>%（日利率）</translation>
    </message>
    <message>
        <source>Rate quoted per</source>
        <translation>利率单位</translation>
    </message>
    <message>
        <source>= {rate} % a year</source>
        <translation>= 年化 {rate} %</translation>
    </message>
</context>
<context>
    <name>PartwayInput</name>
    <message>
        <source>Instalments already paid:</source>
        <translation>已还期数：</translation>
    </message>
    <message>
        <source>Or as your bank's app shows it:</source>
        <translation>或按银行 App 上显示的填写：</translation>
    </message>
    <message>
        <source>Remaining principal:</source>
        <translation>剩余本金：</translation>
    </message>
    <message>
        <source>Next due date:</source>
        <translation>下一期还款日：</translation>
    </message>
    <message>
        <source>Instalments already paid</source>
        <translation>已还期数</translation>
    </message>
    <message>
        <source>Remaining principal</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>下一期还款日</translation>
    </message>
    <message>
        <source>Counted as paid on their due dates: no late history, no reminders and no payment records for them.</source>
        <translation>这些期数按各自的还款日视为按时还清：不计逾期记录，不再提醒，也不必逐笔录入还款。</translation>
    </message>
    <message>
        <source>(none was due before today)</source>
        <translation>期（今天之前还没有到期的）</translation>
    </message>
    <message>
        <source>of the 1 due before today, paid on time</source>
        <translation>期（今天之前到期的共 1 期，均按时还清）</translation>
    </message>
    <message>
        <source>of the {due} due before today, paid on time</source>
        <translation>期（今天之前到期的共 {due} 期，均按时还清）</translation>
    </message>
</context>
<context>
    <name>StatementPaidInput</name>
    <message>
        <source>Not paid yet</source>
        <translation>尚未还款</translation>
    </message>
    <message>
        <source>The minimum is paid</source>
        <translation>已还最低还款额</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>已全额还清</translation>
    </message>
    <message>
        <source>Part of it:</source>
        <translation>已还一部分：</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>已还金额</translation>
    </message>
    <message>
        <source>Amount already paid towards the statement</source>
        <translation>本期账单已还金额</translation>
    </message>
</context>
</TS>
