<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<!-- The loan editor's texts added with issues 13 and 16 (its older texts are in shell_zh_CN.ts). -->
<context>
    <name>LoanEditor</name>
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
        <source>As printed, or leave empty</source>
        <translation>按账单上印的填，也可不填</translation>
    </message>
    <message>
        <source>Left empty, it is worked out from the minimum payment's percentage and floor below.</source>
        <translation>不填时，按下面的最低还款比例和下限计算。</translation>
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
        <source>Already &amp;paid:</source>
        <translation>已还情况(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. “CMB card”; optional</source>
        <translation>例如“招行信用卡”；可不填</translation>
    </message>
    <message>
        <source>e.g. “Renovation loan”; optional</source>
        <translation>例如“装修贷”；可不填</translation>
    </message>
    <message>
        <source>e.g. “Jiebei”; optional</source>
        <translation>例如“借呗”；可不填</translation>
    </message>
    <message>
        <source>e.g. “Flat in Pudong”; optional</source>
        <translation>例如“浦东的房子”；可不填</translation>
    </message>
    <message>
        <source>e.g. “Car loan”; optional</source>
        <translation>例如“车贷”；可不填</translation>
    </message>
    <message>
        <source>e.g. “Shop loan”; optional</source>
        <translation>例如“店铺经营贷”；可不填</translation>
    </message>
    <message>
        <source>Late &amp;fee (%):</source>
        <translation>违约金（%）(&amp;F)：</translation>
    </message>
    <message>
        <source>违约金: a percentage of the minimum payment still unpaid after the due date and grace days; 5 % is the usual contract term.</source>
        <translation>违约金：按到期还款日及宽限期后仍未还的最低还款额的百分比计收；常见合同条款为 5 %。</translation>
    </message>
    <message>
        <source>What you call it; the lender's name is used if you leave it empty.</source>
        <translation>你对它的称呼；不填则使用贷款机构名称。</translation>
    </message>
    <message>
        <source>The first {count} are counted as paid on time (to {day}).</source>
        <translation>其中前 {count} 期计为已按时还清（至 {day}）。</translation>
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
        <source>As your bank's app shows it:</source>
        <translation>按银行 App 上显示的填写：</translation>
    </message>
    <message>
        <source>Those paid before you began recording payments here: they count as paid on time, on their due dates, with no late history, no reminders and no payment records.</source>
        <translation>只填在这里开始记录还款之前已还的期数：这些期数按各自的还款日计为按时还清，不计逾期记录，不再提醒，也不必逐笔录入还款。</translation>
    </message>
    <message>
        <source>instalments, of the 1 due so far</source>
        <translation>期（至今到期共 1 期）</translation>
    </message>
    <message>
        <source>instalments, of the {due} due so far</source>
        <translation>期（至今到期共 {due} 期）</translation>
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
