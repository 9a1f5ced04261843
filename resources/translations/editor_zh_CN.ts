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
</TS>
