<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="212"/>
        <source>Copied. Paste it into an e-mail, a message or a document.</source>
        <translation>已复制。可粘贴到电子邮件、短信或文档中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="225"/>
        <source>Draft not saved</source>
        <translation>草稿未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="227"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="233"/>
        <source>Save the draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="233"/>
        <source>Text (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="299"/>
        <source>Replace your edits?</source>
        <translation>替换你的修改？</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="300"/>
        <source>You have edited the draft. Draft it again from your choices and lose those edits? Choose No to keep your text as it is.</source>
        <translation>你已修改过草稿。要按当前选项重新生成并放弃这些修改吗？选择“否”将保留你的文字不变。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="333"/>
        <source>You have edited the draft; changing a choice asks before redrafting.</source>
        <translation>你已修改草稿；更改选项时会先询问再重新生成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="335"/>
        <source>Edit the text freely before you copy or save it.</source>
        <translation>复制或保存之前，可以自由修改文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="354"/>
        <source>The plan: %1 × %2 from %3 to %4; %5 in all.</source>
        <translation>方案：%1 期 × %2，自 %3 至 %4；合计 %5。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="363"/>
        <source>letter</source>
        <translation>申请书</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="363"/>
        <source>call script</source>
        <translation>电话提纲</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="371"/>
        <source>Extend by (mon&amp;ths):</source>
        <translation>延长月数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="371"/>
        <source>Number of pa&amp;yments:</source>
        <translation>分期期数(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="375"/>
        <source>Letters to %1</source>
        <translation>致 %1 的文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="376"/>
        <source>Letter asking for a repayment plan</source>
        <translation>还款方案申请书</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="377"/>
        <source>Script for calling the lender</source>
        <translation>致电贷款机构的沟通提纲</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="378"/>
        <source>Instalments over a number of months</source>
        <translation>分期：分若干个月还清</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="379"/>
        <source>Extension of the repayment term</source>
        <translation>展期：延长还款期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="380"/>
        <source>A smaller payment each month</source>
        <translation>降低月还款额</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="381"/>
        <source>&amp;Draft:</source>
        <translation>文书(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="382"/>
        <source>&amp;Language of the draft:</source>
        <translation>文书语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="383"/>
        <source>Your &amp;name:</source>
        <translation>你的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="384"/>
        <source>Your &amp;phone:</source>
        <translation>你的电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="387"/>
        <source>&amp;Card's last digits:</source>
        <translation>卡号尾号(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="387"/>
        <source>&amp;Contract number:</source>
        <translation>合同编号(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="390"/>
        <source>e.g. 1234</source>
        <translation>例如 1234</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="390"/>
        <source>as printed on the contract</source>
        <translation>与合同上印的一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="392"/>
        <source>What &amp;happened:</source>
        <translation>困难情况(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="394"/>
        <source>What made paying impossible, since when, and what you can pay now.</source>
        <translation>是什么导致无法还款、从何时开始、现在每月能还多少。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="396"/>
        <source>Pl&amp;an:</source>
        <translation>方案(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="397"/>
        <source>&amp;Each month (%1):</source>
        <translation>每月金额（%1）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="398"/>
        <source>&amp;First payment on:</source>
        <translation>第一期还款日(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="402"/>
        <source>You owe %1 today: what is already due, and the principal not yet due.</source>
        <translation>截至今日你欠款 %1：包括已到期的款项和尚未到期的本金。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="406"/>
        <source>The draft (yours to edit):</source>
        <translation>草稿（可自由修改）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="408"/>
        <source>Your edits are kept. Changing a choice no longer rewrites the text.</source>
        <translation>已保留你的修改。更改左侧选项不会再改写文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="410"/>
        <source>&amp;Redraft from my choices</source>
        <translation>按选项重新生成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="411"/>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/letter_dialog.py" line="412"/>
        <source>&amp;Save as text…</source>
        <translation>另存为文本(&amp;S)…</translation>
    </message>
    <message>
        <source>This asks more a month than your contract's {contract}: a lender agrees to a plan that lowers the monthly payment. Choose more payments or a longer term.</source>
        <translation>这个方案每月要还的比合同每月的 {contract} 还多：贷款机构会同意的是降低月供的方案。请选择更多期数或更长的期限。</translation>
    </message>
</context>
<context>
    <name>LoanDocuments</name>
    <message>
        <location filename="../../app/ui/documents/loan_documents.py" line="98"/>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/loan_documents.py" line="105"/>
        <source>Report saved to %1 (pages: %2).</source>
        <translation>报告已保存到 %1（共 %2 页）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/loan_documents.py" line="114"/>
        <source>Save report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/loan_documents.py" line="114"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/loan_documents.py" line="133"/>
        <source>Draft a le&amp;tter…</source>
        <translation>起草文书(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/loan_documents.py" line="135"/>
        <source>A letter asking the lender for instalments or an extension, or a script for calling them</source>
        <translation>向贷款机构申请分期或展期的申请书，或致电时用的沟通提纲</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/loan_documents.py" line="137"/>
        <source>Sa&amp;ve report as PDF</source>
        <translation>保存 PDF 报告(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/loan_documents.py" line="138"/>
        <source>The assessment of this loan as a printable PDF</source>
        <translation>将这笔贷款的评估保存为可打印的 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/loan_documents.py" line="140"/>
        <source>Report in %1…</source>
        <translation>%1 报告…</translation>
    </message>
</context>
</TS>
