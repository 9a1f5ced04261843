<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BreachesModel</name>
    <message>
        <location filename="../../app/ui/conduct/conduct_panel.py" line="45"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_panel.py" line="45"/>
        <source>Rule broken</source>
        <translation>违反的规定</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_panel.py" line="45"/>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_panel.py" line="45"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_panel.py" line="67"/>
        <source>%1 unanswered calls that day</source>
        <translation>当天 %1 次未接通来电</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="123"/>
        <source>Replace your edits?</source>
        <translation>替换你的修改？</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="124"/>
        <source>You have edited the draft. Make a new draft for these choices and lose your edits?</source>
        <translation>你已经修改过草稿。要按新的选择重新生成草稿并放弃你的修改吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="143"/>
        <source>Copied. Paste it into an e-mail, a message or a document.</source>
        <translation>已复制。可以粘贴到邮件、消息或文档中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="153"/>
        <source>Save the complaint</source>
        <translation>保存投诉信</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="153"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="167"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="168"/>
        <source>The complaint could not be saved to %1: %2</source>
        <translation>投诉信无法保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="173"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="179"/>
        <source>Complaint about collection conduct</source>
        <translation>催收行为投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="183"/>
        <source>&amp;To:</source>
        <translation>收件方(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="184"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="185"/>
        <source>Your &amp;name:</source>
        <translation>你的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="188"/>
        <source>Optional: left empty, the draft keeps a gap for it</source>
        <translation>可不填：不填时草稿中留出空位</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="191"/>
        <source>Send it to the lender first and keep a copy. Fill in the parts in brackets, check the facts against your own record, and check the rules the conduct check marks “source to be verified” before you rely on them. If the lender does not resolve it, send the regulator's version.</source>
        <translation>先发给贷款机构，并自己留存一份。请填写括号里的内容，对照你自己的记录核实事实；催收行为检查中标有“来源待核实”的规定，引用前请先核对原文。如果贷款机构没有解决，再发送给监管机构的版本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="197"/>
        <source>Complaint draft</source>
        <translation>投诉信草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="198"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_complaint_dialog.py" line="199"/>
        <source>&amp;Save as text…</source>
        <translation>另存为文本(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ConductLabels</name>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="14"/>
        <source>Me</source>
        <translation>我本人</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="15"/>
        <source>My guarantor or co-borrower</source>
        <translation>我的担保人或共同借款人</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="16"/>
        <source>My family or relatives</source>
        <translation>我的家人或亲属</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="17"/>
        <source>My employer or colleagues</source>
        <translation>我的单位或同事</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="18"/>
        <source>My friends</source>
        <translation>我的朋友</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="19"/>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="25"/>
        <source>Threatened me or others</source>
        <translation>威胁恐吓我或他人</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="26"/>
        <source>Used or threatened violence</source>
        <translation>使用暴力或以暴力相威胁</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="27"/>
        <source>Insulted or abused</source>
        <translation>辱骂、侮辱</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="28"/>
        <source>Posed as police, a court or the government</source>
        <translation>冒充公安、法院或政府机关</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="31"/>
        <source>Made the debt public (notices, messages to my contacts)</source>
        <translation>公开曝光欠款（张贴告示、群发通讯录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="34"/>
        <source>Told them about my debt</source>
        <translation>向对方透露了我的欠款</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="35"/>
        <source>Asked them to pay my debt</source>
        <translation>要求对方替我还款</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="36"/>
        <source>Showed no ID and did not say who they were</source>
        <translation>不出示证件，也不说明身份</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="45"/>
        <source>Not noted</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="46"/>
        <source>I answered</source>
        <translation>接通了</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="47"/>
        <source>Missed or not answered</source>
        <translation>未接或没有接听</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="55"/>
        <source>They told me beforehand</source>
        <translation>事先通知过我</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="56"/>
        <source>No notice</source>
        <translation>没有事先通知</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="63"/>
        <source>The lender (first)</source>
        <translation>贷款机构（先投诉）</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_labels.py" line="64"/>
        <source>The financial regulator, hotline %1 (if the lender does not resolve it)</source>
        <translation>金融监管部门，热线 %1（贷款机构未解决时）</translation>
    </message>
</context>
<context>
    <name>ConductPanel</name>
    <message>
        <location filename="../../app/ui/conduct/conduct_panel.py" line="191"/>
        <source>Rules broken: %1 · entries involved: %2 · pick one to see why</source>
        <translation>违反规定：%1 项 · 涉及记录：%2 条 · 选中一项可查看原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_panel.py" line="198"/>
        <source>No logged contact breaks the collection rules. Log each call, visit and message from the lender or collectors with its time: every entry is checked.</source>
        <translation>已记录的联系中没有违反催收规定的。请把贷款机构或催收人员的每次来电、上门和消息连同时间记下来：每条记录都会被检查。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_panel.py" line="213"/>
        <source>source to be verified</source>
        <translation>来源待核实</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_panel.py" line="218"/>
        <source>Conduct check</source>
        <translation>催收行为检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_panel.py" line="219"/>
        <source>Draft a &amp;complaint…</source>
        <translation>起草投诉信(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_panel.py" line="223"/>
        <source>A complaint to the lender, or to the financial regulator, with these entries as evidence</source>
        <translation>以这些记录为证据，向贷款机构或金融监管部门投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/conduct_panel.py" line="226"/>
        <source>Breaches of the collection rules</source>
        <translation>违反催收规定的情况</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/ui/conduct/contact_log.py" line="438"/>
        <source>Whom they &amp;reached:</source>
        <translation>联系的对象(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/contact_log.py" line="439"/>
        <source>Did the call get &amp;through:</source>
        <translation>电话是否接通(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/contact_log.py" line="440"/>
        <source>&amp;Number of calls:</source>
        <translation>来电次数(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/contact_log.py" line="441"/>
        <source>Was the visit a&amp;nnounced:</source>
        <translation>上门前是否通知(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/contact_log.py" line="448"/>
        <source>A phone that lists several missed calls from one number can be logged as one entry.</source>
        <translation>手机上同一号码的多个未接来电，可以记成一条记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/contact_log.py" line="452"/>
        <source>Collectors may contact your family, employer or friends only when they cannot reach you.</source>
        <translation>只有联系不上你本人时，催收人员才可以联系你的家人、单位或朋友。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/contact_log.py" line="455"/>
        <source>What they did (tick everything that happened)</source>
        <translation>对方的行为（发生过的都勾上）</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../app/ui/conduct/contact_log.py" line="138"/>
        <source>%1, breaks a collection rule</source>
        <translation>%1，违反催收规定</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/contact_log.py" line="157"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/conduct/contact_log.py" line="160"/>
        <source>Breaks a collection rule:</source>
        <translation>违反催收规定：</translation>
    </message>
</context>
</TS>
