<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PayFirstModel</name>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Pay this month</source>
        <translation>本月还</translation>
    </message>
    <message>
        <source>Why this place</source>
        <translation>为什么排在这里</translation>
    </message>
    <message>
        <source>• {reason} ({source})</source>
        <translation>• {reason}（{source}）</translation>
    </message>
</context>
<context>
    <name>PayFirstPanel</name>
    <message>
        <source>Which do I pay first?</source>
        <translation>先还哪一笔？</translation>
    </message>
    <message>
        <source>I &amp;have</source>
        <translation>我有(&amp;H)</translation>
    </message>
    <message>
        <source>this month (optional: without it, the order alone)</source>
        <translation>本月可用（可不填：不填只看先后顺序）</translation>
    </message>
    <message>
        <source>e.g. 2000</source>
        <translation>例如 2000</translation>
    </message>
    <message>
        <source>Money I have this month</source>
        <translation>我本月有的钱</translation>
    </message>
    <message>
        <source>Overdue debts in the order to pay them</source>
        <translation>按还款先后排列的逾期欠款</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>I &amp;have</source>
        <translation>我有(&amp;H)</translation>
    </message>
    <message>
        <source>Money I have this month</source>
        <translation>我本月有的钱</translation>
    </message>
    <message>
        <source>this month (this loan gets its share in the pay-first order)</source>
        <translation>本月可用（按“先还哪一笔”的顺序分给这笔）</translation>
    </message>
</context>
</TS>
