<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="238" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="251" />
        <source>Risk: %1 · %2/100</source>
        <translation>风险：%1 · %2/100</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="261" />
        <source>Stage: %1 (%2 days overdue)</source>
        <translation>所处阶段：%1（已逾期 %2 天）</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="264" />
        <source>not graded (nothing is overdue)</source>
        <translation>未分级（目前没有逾期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="266" />
        <source>Lender's grading: %1</source>
        <translation>银行内部分级：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="270" />
        <source>%1 (thresholds to be verified)</source>
        <translation>%1（划分天数有待核实）</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="271" />
        <source>Loan class: %1</source>
        <translation>贷款风险分类：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="278" />
        <source>Field visit: %1 for now (usually only after %2 days overdue)</source>
        <translation>上门外访：目前%1（通常在逾期 %2 天后）</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="280" />
        <source>Field visit: %1 now (lenders visit from about %2 days overdue)</source>
        <translation>上门外访：现在%1（银行一般从逾期约 %2 天起外访）</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="292" />
        <source>Why? Show the rules behind this</source>
        <translation>为什么？查看依据的规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="306" />
        <source>This is an estimate drawn from published rules and common practice, not legal advice. Lenders differ; check with your lender and, for legal questions, a lawyer.</source>
        <translation>以上是根据公开规定和行业惯例作出的估计，不构成法律意见。各家银行做法不同，请向你的银行核实；法律问题请咨询律师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="310" />
        <source>Rules version %1.</source>
        <translation>规则库版本 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="341" />
        <source>No assessment to show yet.</source>
        <translation>暂无评估结果。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="342" />
        <source>Why this risk?</source>
        <translation>为什么是这个风险？</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="343" />
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="344" />
        <source>What the lender is likely to do, by days overdue</source>
        <translation>银行接下来可能做什么（按逾期天数）</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="346" />
        <source>Point at a row for details; click it (or use the arrow keys) to see the rules behind it.</source>
        <translation>鼠标停在某一行上可查看详情；点击该行（或用方向键选择）可在右侧查看依据的规则。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="348" />
        <source>What you can do now, most useful first</source>
        <translation>你现在可以做什么（最有用的排在前面）</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/assessment_view.py" line="349" />
        <source>What an unpaid debt can lead to</source>
        <translation>欠款一直不还可能带来的后果</translation>
    </message>
    <message>
        <source>Stage: {stage} (1 day overdue)</source>
        <translation>所处阶段：{stage}（已逾期 1 天）</translation>
    </message>
</context>
<context>
    <name>BehaviourForm</name>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="178" />
        <source>Answer for how things stand today. Your answers change the estimate and stay on this computer.</source>
        <translation>请按目前的实际情况回答。你的回答会影响评估结果，只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="182" />
        <source>Talking with the lender</source>
        <translation>与银行的沟通</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="183" />
        <source>What can make it worse</source>
        <translation>可能让情况变糟的做法</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="184" />
        <source>Your history</source>
        <translation>过往记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="187" />
        <source>I answer the lender's calls</source>
        <translation>我能接通银行的电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="188" />
        <source>My phone is on and I pick up or call back.</source>
        <translation>手机保持畅通，银行来电我会接听或回拨。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="191" />
        <source>I have talked with the lender about the late payment</source>
        <translation>我已就这次逾期和银行沟通过</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="192" />
        <source>I called, wrote or went to a branch myself to explain.</source>
        <translation>我主动打过电话、写过信或去网点说明过情况。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="195" />
        <source>I told the lender why I cannot pay</source>
        <translation>我已向银行说明还不上的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="196" />
        <source>For example job loss, illness or a failing business, with proof if I have it.</source>
        <translation>例如失业、生病或生意经营困难，能提供证明的尽量提供。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="199" />
        <source>I am working out a repayment plan with the lender</source>
        <translation>我正在和银行协商还款方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="200" />
        <source>Instalments (个性化分期), an extension (展期) or a reduced payment.</source>
        <translation>例如个性化分期、展期或减免部分费用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="203" />
        <source>I have been avoiding the lender</source>
        <translation>我一直在回避银行</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="204" />
        <source>Not answering, blocking the number, or moving or changing my number without telling them.</source>
        <translation>不接电话、拉黑号码，或搬家、换号没有告知银行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="203" />
        <source>I dispute this debt or its amount</source>
        <translation>我对这笔欠款或金额有异议</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="204" />
        <source>For example charges I do not recognise, a loan I never took, or a payment not counted.</source>
        <translation>例如不认可的费用、没借过的贷款，或者没有入账的还款。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="207" />
        <source>I gave the lender information that was not true</source>
        <translation>我向银行提供过不真实的信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="208" />
        <source>For example a false address, job or reason.</source>
        <translation>例如虚假的住址、工作或理由。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="211" />
        <source>Promises to pay that I did not keep</source>
        <translation>答应还款却没有做到的次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="212" />
        <source>Times I said I would pay by a date and then did not.</source>
        <translation>说好某天前还款、后来没有还上的次数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="215" />
        <source>Other late payments in the last 24 months</source>
        <translation>过去 24 个月里的其他逾期次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/behaviour_form.py" line="216" />
        <source>Times this or another loan was overdue before, not counting this one.</source>
        <translation>这笔或其他贷款以前逾期过的次数，不算这一次。</translation>
    </message>
</context>
<context>
    <name>ExplanationsPanel</name>
    <message>
        <location filename="../../app/ui/assessment/explanations.py" line="75" />
        <source>source to be verified</source>
        <translation>出处有待核实</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/explanations.py" line="112" />
        <source>Why: the rules behind this estimate</source>
        <translation>为什么：这份评估依据的规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/explanations.py" line="113" />
        <source>Show all rules</source>
        <translation>显示全部规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/explanations.py" line="117" />
        <source>Showing the rules behind: %1</source>
        <translation>正在显示以下内容依据的规则：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/explanations.py" line="119" />
        <source>No rule is listed for this.</source>
        <translation>这一项没有列出规则。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/explanations.py" line="119" />
        <source>No assessment yet.</source>
        <translation>暂无评估结果。</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="205" />
        <source>Likelihood: %1</source>
        <translation>可能性：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="208" />
        <source>The usual window for this step has passed.</source>
        <translation>这一步通常发生的时段已经过去。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="210" />
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="212" />
        <source>What if: %1, %2</source>
        <translation>假设情形：%1，%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="296" />
        <source>Collection timeline</source>
        <translation>催收时间线</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="302" />
        <source>From day %1 on</source>
        <translation>从第 %1 天起</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="304" />
        <source>Around day %1</source>
        <translation>第 %1 天前后</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="306" />
        <source>Days %1–%2</source>
        <translation>第 %1–%2 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="309" />
        <source>, typically around day %1</source>
        <translation>，通常在第 %1 天前后</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="317" />
        <source>Today · you are here · day %1</source>
        <translation>今天 · 你在这里 · 第 %1 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="537" />
        <source>Days since the first missed due date</source>
        <translation>自第一个未还款的还款日起的天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/assessment/timeline_widget.py" line="544" />
        <source>Dashed outline: what if</source>
        <translation>虚线框：假设情形</translation>
    </message>
    <message>
        <source>Days 0–{days} are drawn {times} times wider than the rest (the mark on the axis).</source>
        <translation>第 0–{days} 天按其余部分的 {times} 倍宽度绘制（见横轴上的断开标记）。</translation>
    </message>
</context>
</TS>
