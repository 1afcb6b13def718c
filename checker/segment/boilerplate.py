"""Lines that are not report content: contact lines, navigation, paywall and copyright residue,
page metadata and the closing signature. They are reported, and never enter a finding."""

from __future__ import annotations

from dataclasses import dataclass

from checker.segment.lines import Line
from checker.text.patterns import compile_pattern
from checker.text.width import strip_spaces

_S = "[ \t\u3000]*"


def _sp(word: str) -> str:
    return _S.join(word)


_CONTACT_RE = compile_pattern(
    rf"^(?:{_sp('联系电话')}|{_sp('联系人')}|{_sp('联系方式')}|{_sp('邮政信箱')}|{_sp('电子邮箱')}|{_sp('电子信箱')}"
    rf"|{_sp('通讯地址')}|{_sp('通信地址')}|{_sp('邮编')}|{_sp('举报电话')}|{_sp('监督电话')}|{_sp('传真')})"
    rf"{_S}[:：]"
    r"|^欢迎.{0,40}(?:监督|反映|批评|提出)"
    r"|^如(?:有|对).{0,30}(?:意见|建议).{0,20}(?:反映|联系)"
)
_NAVIGATION_RE = compile_pattern(
    r"^(?:上一篇|下一篇|上一条|下一条|相关新闻|相关阅读|相关链接|相关文章|返回顶部|打印本页|关闭窗口|"
    r"【打印】|【关闭】|【字体|分享到|扫一扫|责任编辑)"
)
# Paywall and web residue may follow content on the same line; the residue starts at the run of
# dots or dashes before the keyword.
_PAYWALL_RE = compile_pattern(
    r"(?:试读结束|查阅全文|点击查看全文|阅读全文|下载全文|全文阅读|免费下载|"
    r"加微信|可搜索其他更多资料|开通会员|VIP会员)"
)
_RESIDUE_LEAD = ".…·-—=_ \t\u3000"
_COPYRIGHT_RE = compile_pattern(
    r"^(?:本文内容由|如若转载|转载请注明|版权所有|免责声明|本站仅提供|声明[:：]|Copyright|©)|"
    r"本站仅提供信息存储|不拥有所有权|如若转载"
)
_METADATA_RE = compile_pattern(
    rf"^(?:发布)?(?:时间|日期){_S}[:：]{_S}\d{{4}}[-/年.]|"
    rf"^(?:来源|信息来源|文章来源|作者|发布机构|发布日期|浏览次数|点击数|阅读次数|阅读量|字号|索引号){_S}[:：]"
)
_DATE_LINE_RE = compile_pattern(r"^\d{4}年\d{1,2}月\d{1,2}日$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")
_ORG_LINE_RE = compile_pattern(
    r"^[^\s。，,；;：:！？!?、]{2,40}(?:党组|党委|党工委|党总支|党支部|委员会|局|办公室|政府|中心|"
    r"医院|公司|学校|纪委|监委|巡察组|领导小组|卫健委|院|所|站|处|厅|部)$"
)


@dataclass(frozen=True)
class BoilerHit:
    kind: str
    start: int
    end: int


def classify_line(line: Line) -> str | None:
    """The boilerplate kind of a whole line, or None for content."""
    s = line.content
    if _CONTACT_RE.match(s):
        return "contact"
    if _NAVIGATION_RE.match(s):
        return "navigation"
    if _COPYRIGHT_RE.search(s) and len(s) < 400:
        return "copyright"
    if _METADATA_RE.match(s) and len(s) < 120:
        return "metadata"
    return None


def _is_signature(line: Line) -> bool:
    s = strip_spaces(line.content)
    return bool(_DATE_LINE_RE.match(s) or (len(s) <= 40 and _ORG_LINE_RE.match(s)))


def find_boilerplate(text: str, lines: list[Line]) -> tuple[list[BoilerHit], set[int], int]:
    """Boilerplate spans, the indexes of lines that are wholly boilerplate, and the offset where
    content ends (the start of the trailing residue: paywall, signature, contact block)."""
    hits: list[BoilerHit] = []
    bp_lines: set[int] = set()
    content_end = len(text)
    paywall_at: int | None = None
    for line in lines:
        if line.blank:
            continue
        if paywall_at is not None:
            kind = classify_line(line) or "paywall"
            hits.append(BoilerHit(kind, line.cstart, line.end))
            bp_lines.add(line.idx)
            continue
        m = _PAYWALL_RE.search(text, line.cstart, line.end)
        if m is not None:
            a = m.start()
            while a > line.cstart and text[a - 1] in _RESIDUE_LEAD:
                a -= 1
            while a < m.start() and text[a].isspace():
                a += 1
            paywall_at = line.idx
            content_end = min(content_end, a)
            hits.append(BoilerHit("paywall", a, line.end))
            if a <= line.cstart:
                bp_lines.add(line.idx)
            else:  # residue glued to the last words: the line keeps its content part
                line.end = a
                while line.end > line.cstart and text[line.end - 1] in " \t\u3000":
                    line.end -= 1
                line.content = text[line.cstart : line.end]
            continue
        kind = classify_line(line)
        if kind is not None:
            hits.append(BoilerHit(kind, line.cstart, line.end))
            bp_lines.add(line.idx)
    # Trailing block: walk back over signature, contact and navigation lines.
    for line in reversed(lines):
        if line.blank or (paywall_at is not None and line.idx >= paywall_at):
            continue
        if line.idx in bp_lines:
            content_end = min(content_end, line.cstart)
            continue
        if _is_signature(line):
            hits.append(BoilerHit("signature", line.cstart, line.end))
            bp_lines.add(line.idx)
            content_end = min(content_end, line.cstart)
            continue
        break
    hits.sort(key=lambda h: h.start)
    return hits, bp_lines, content_end
