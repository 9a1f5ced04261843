<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../app/ui/assessment/whatif_panel.py" line="324"/>
        <source>What if you act?</source>
        <translation>如果你这样做，会怎样？</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/whatif_panel.py" line="325"/>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/whatif_panel.py" line="326"/>
        <source>Reset the plan</source>
        <translation>清除计划，回到今天的估计</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/whatif_panel.py" line="327"/>
        <source>I &amp;pay</source>
        <translation>我还款(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/whatif_panel.py" line="328"/>
        <source>Amount I pay</source>
        <translation>我打算还的金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/whatif_panel.py" line="329"/>
        <source>by</source>
        <translation>最迟于</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/whatif_panel.py" line="330"/>
        <source>Day I pay by</source>
        <translation>最迟还款日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/whatif_panel.py" line="331"/>
        <source>I &amp;call the lender now and ask for instalments</source>
        <translation>我现在就致电贷款方，申请分期还款(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/whatif_panel.py" line="332"/>
        <source>I stay &amp;unreachable (no answer to calls or messages)</source>
        <translation>我继续失联，不接电话也不回信息(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/whatif_panel.py" line="335"/>
        <source>Tick what you would do: the timeline below then outlines your plan (dashed) beside today's estimate, and what changes is listed here. Click a line to see the rules behind it. Nothing is saved.</source>
        <translation>勾选你打算做的事：下方时间线会在今天的估计下方用虚线框画出你的计划，有哪些变化会列在这里。点击某一行可查看它依据的规则。不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/whatif_panel.py" line="262"/>
        <source>What your plan changes</source>
        <translation>你的计划会改变什么</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="165"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="165"/>
        <source>With your plan</source>
        <translation>按你的计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="363"/>
        <source>With your plan · %1 · day %2</source>
        <translation>按你的计划 · %1 · 第 %2 天</translation>
    </message>
</context>
</TS>
