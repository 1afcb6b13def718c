"""Generate large, realistic rectification reports for benchmarks and size/interrupt tests.

A report is a preamble, an organising section, a summary claim and many findings composed from
phrase pools (concrete acts with figures and document numbers, slogans, promises, vague or dated
deadlines, blank owner fields, ``*`` placeholders), laid out the way published reports are:

- ``quoted``   ``(一)…方面`` → ``1.针对“…”的问题。`` then ``整改情况:一是…二是…`` (half-width)
- ``areas``    ``一、关于“…”方面`` → ``(一)关于“…”的整改情况`` → ``一是…`` lines
- ``plan``     ``问题1:…`` ``整改措施:`` … ``责任领导:`` ``责任科室:`` ``整改时限:``
- ``progress`` ``(一)…方面`` → ``1、…。一是…二是…`` → ``整改状态:`` ``整改进展情况:一是…`` (full-width)
- ``self``     ``(一)…方面`` → ``1.…。一是…如,…`` with no measures (a self-report)

Item numbers restart under each group heading, as in long published reports.
- ``mixed``    one section per layout, in turn, until the size is reached

Output is deterministic for a given seed. Usage::

    python bench/gen_report.py --size 10MB --layout mixed --seed 1 -o big.txt
    python bench/gen_report.py --size 20KB --count 50 --dir reports/
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

LAYOUTS: tuple[str, ...] = ("quoted", "areas", "plan", "progress", "self")

CN_NUM = "一二三四五六七八九十"
ORDINALS = [f"{c}是" for c in CN_NUM[:9]]

UNITS = [
    "县卫健局", "县疾控中心", "县人民医院", "县中医院", "县妇幼保健院", "城关镇卫生院", "王庄镇卫生院",
    "区属各医疗机构", "局机关各股室", "医政医管股", "规划财务股", "基层卫生股", "公共卫生股", "人事股",
]
LEADERS = ["局长", "党组书记", "分管副局长", "党组成员、副局长", "纪检组长", "办公室主任"]
AREAS = [
    "贯彻落实党中央重大决策部署和上级工作要求", "落实全面从严治党主体责任", "群众身边腐败问题和不正之风",
    "基层党组织建设", "健康扶贫政策落实", "医疗服务能力建设", "财务管理和资金使用", "干部队伍建设",
    "意识形态工作责任制落实", "上轮巡察反馈问题整改",
]
SUBJECTS = [
    "家庭医生签约服务", "慢性病卡办理", "药品“三统一”配送", "医共体建设", "公共卫生服务项目资金",
    "基本药物制度", "村卫生室标准化建设", "中医药服务能力", "医疗废物处置", "院感防控", "政府采购",
    "公务接待", "专项资金拨付", "大型设备采购", "临时工作人员管理", "健康档案录入", "65岁以上老人随访",
]
PROBLEM_TAILS = [
    "落实不到位", "推进缓慢", "存在薄弱环节", "监管不力", "工作不扎实", "制度执行不严格", "底数不清",
    "整改不彻底", "责任压力传导不够", "程序不规范",
]
DETAILS = [
    "部分乡镇宣传动员不力,群众知晓率不高",
    "个别单位台账缺失,登记人数与实际报账人数不一致",
    "{n}个单位未按规定公示,接受监督不够",
    "存在超范围支出{m}万元的情况",
    "{n}名工作人员未经公开招聘进入单位",
    "如,*年*月,*股未按规定履行审批程序",
    "随访不及时,内容缺项,只有村医一人完成",
    "资金拨付滞后,截至检查时仍有{m}万元未拨付到位",
]
CONCRETE = [
    "已追回违规资金{m}万元,全部上缴县财政",
    "印发《{subject}管理办法》({doc}),明确{n}项具体要求",
    "对{n}家单位开展专项督查,发现问题{k}个,已全部办结",
    "{date}前完成{n}份健康档案复核,纠正错误信息{k}条",
    "对{n}名责任人给予诫勉谈话,{k}人给予党内警告处分",
    "签约服务率由{p1}%提高到{p2}%",
    "退还多收费用{m}万元,涉及患者{n}人次",
    "于{date}召开约谈会,对{k}家配送企业下达整改通知书",
]
SLOGANS = [
    "进一步提高政治站位,切实增强做好整改工作的思想自觉和行动自觉",
    "召开专题会议,传达学习巡察反馈意见,统一思想认识",
    "成立整改工作领导小组,扎实推进整改工作",
    "进一步加强{subject}工作,不断提升服务水平",
    "建立长效机制,确保整改工作落实到位",
    "加强学习教育,引以为戒,举一反三,常抓不懈",
]
PROMISES = [
    "下一步将继续加大{subject}工作力度,积极争取上级支持",
    "计划适时组织开展专项检查,力争尽快完成整改",
    "拟逐步完善相关制度,持续推进{subject}工作",
]
CLAIMS = [
    "目前该问题已全部整改到位,取得明显成效",
    "彻底解决了{subject}方面存在的问题,杜绝了此类现象",
]
DEADLINES = ["{year}年{month}月底前", "{year}年{month}月{day}日前", "长期坚持", "即知即改并长期坚持", "尽快", "", "立行立改"]
STATUSES = ["已完成", "阶段性完成", "持续整改"]

FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})


class _Composer:
    """Phrase composition from one random stream, so a seed fixes the whole document."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.headings: set[str] = set()
        self.groups = 0

    def once(self, heading: str) -> str:
        """A section heading the first time only: a document states each top heading once."""
        if heading in self.headings:
            return ""
        self.headings.add(heading)
        return heading

    def group(self) -> str:
        """The next group numeral (一, 二, … 十, then round again), counted over the document."""
        self.groups += 1
        return CN_NUM[(self.groups - 1) % 10]

    def fill(self, template: str, subject: str) -> str:
        r = self.rng
        n = r.randint(2, 480)
        p1 = r.randint(30, 80)
        values = {
            "subject": subject,
            "n": n,
            "k": r.randint(1, n),
            "m": f"{r.randint(1, 900)}.{r.randint(0, 99):02d}",
            "doc": f"{r.choice(['县卫健', '区卫健发', '新卫'])}〔{r.randint(2019, 2024)}〕{r.randint(1, 120)}号",
            "date": f"{r.randint(2019, 2024)}年{r.randint(1, 12)}月{r.randint(1, 28)}日",
            "p1": p1,
            "p2": r.randint(p1 + 1, 100),
            "year": r.randint(2019, 2025),
            "month": r.randint(1, 12),
            "day": r.randint(1, 28),
        }
        return template.format(**values)

    def finding(self) -> tuple[str, str, list[str]]:
        """A finding: (area, title, detail sentences)."""
        r = self.rng
        subject = r.choice(SUBJECTS)
        title = f"{subject}{r.choice(PROBLEM_TAILS)}"
        details = [self.fill(d, subject) for d in r.sample(DETAILS, r.randint(0, 3))]
        return r.choice(AREAS), title, details

    def measures(self, subject: str) -> list[str]:
        """One to four measures, mixing concrete acts, slogans, promises and bare claims."""
        r = self.rng
        kind = r.random()
        if kind < 0.45:
            pool = CONCRETE * 3 + SLOGANS
        elif kind < 0.75:
            pool = SLOGANS
        elif kind < 0.9:
            pool = PROMISES + SLOGANS
        else:
            pool = CLAIMS + SLOGANS
        return [self.fill(t, subject) for t in r.sample(pool, min(len(pool), r.randint(1, 4)))]

    def deadline(self, subject: str) -> str:
        return self.fill(self.rng.choice(DEADLINES), subject)


def _ordinal_join(parts: list[str], sep: str = "。") -> str:
    if len(parts) == 1:
        return parts[0] + "。"
    return "".join(f"{ORDINALS[i]}{p}{sep}" for i, p in enumerate(parts[:9]))


def _subject_of(title: str) -> str:
    return next((s for s in SUBJECTS if title.startswith(s)), title[:6])


def _preamble(rng: random.Random) -> str:
    year = rng.randint(2019, 2024)
    return (
        f"根据县委统一部署,{year}年{rng.randint(1, 6)}月{rng.randint(1, 28)}日至{rng.randint(7, 12)}月"
        f"{rng.randint(1, 28)}日,县委第{rng.choice(CN_NUM)}巡察组对县卫健局党组进行了巡察,并反馈了巡察意见。"
        "按照巡察工作有关要求,现将巡察整改情况予以公布。\n"
        "一、高度重视,扎实安排部署\n"
        "县卫健局高度重视巡察反馈问题的整改工作,一是迅速召开专题整改工作会议,二是成立了以局长任组长的"
        "问题整改专项工作领导小组,三是层层分解整改任务,落实责任领导、责任单位。\n"
    )


def _summary_claim(rng: random.Random, count: int) -> str:
    done = rng.randint(0, count)
    return f"对照巡察反馈的{count}个问题,已整改完成{done}个,持续整改{count - done}个。\n"


def _quoted(c: _Composer, start: int, count: int) -> Iterator[str]:
    yield c.once("二、深入剖析,全面整改落实\n")
    for i in range(start, start + count):
        area, title, details = c.finding()
        if i == start:
            yield f"({c.group()}){area}方面\n"
        body = "。".join([title, *details])
        yield f"{i - start + 1}.针对“{body}”的问题。\n整改情况:{_ordinal_join(c.measures(_subject_of(title)))}\n"


def _areas(c: _Composer, start: int, count: int) -> Iterator[str]:
    for i in range(start, start + count):
        area, title, _ = c.finding()
        if (i - start) % 3 == 0:
            yield f"{c.group()}、关于“{area}不到位”方面\n"
        yield f"({CN_NUM[(i - start) % 3]})关于“{title}”的整改情况\n"
        ms = c.measures(_subject_of(title))
        lines = [f"{ms[0]}。"] if len(ms) == 1 else [f"{ORDINALS[j]}{m}。" for j, m in enumerate(ms)]
        yield "\n".join(lines) + "\n"


def _plan(c: _Composer, start: int, count: int) -> Iterator[str]:
    yield c.once("二、认领问题及整改措施\n\n")
    r = c.rng
    for i in range(start, start + count):
        _, title, details = c.finding()
        subject = _subject_of(title)
        leader = r.choice(LEADERS) if r.random() > 0.15 else "、"
        yield (
            f"问题{i}:{'。'.join([title, *details])}。\n\n整改措施:\n\n{_ordinal_join(c.measures(subject))}\n\n"
            f"责任领导:{leader}\n\n责任科室:{r.choice(UNITS)}\n\n实施单位:{r.choice(UNITS)}\n\n"
            f"整改时限:{c.deadline(subject)}\n\n"
        )


def _progress(c: _Composer, start: int, count: int) -> Iterator[str]:
    yield c.once("二、整改落实情况\n")
    r = c.rng
    for i in range(start, start + count):
        area, title, details = c.finding()
        subs = _ordinal_join(details) if details else ""
        status = r.choice(STATUSES)
        heading = f"({c.group()})关于{area}方面\n" if i == start else ""
        text = (
            f"{heading}{i - start + 1}、{title}。{subs}\n整改状态:{status}\n"
            f"整改进展情况:{_ordinal_join(c.measures(_subject_of(title)), sep=';')}\n"
        )
        if status != "已完成":
            text += f"整改时限:{c.deadline(title)}\n"
        yield text.translate(FULL_WIDTH)


def _self(c: _Composer, start: int, count: int) -> Iterator[str]:
    yield c.once("三、存在的突出问题\n")
    for i in range(start, start + count):
        area, title, details = c.finding()
        if i == start:
            yield f"    ({c.group()}){area}方面\n"
        example = f"如,*年*月,*股在{_subject_of(title)}工作中未按规定履行程序。"
        yield f"    {i - start + 1}.{title}。{_ordinal_join(details) if details else ''}{example}\n"


SECTIONS: dict[str, Callable[[_Composer, int, int], Iterator[str]]] = {
    "quoted": _quoted,
    "areas": _areas,
    "plan": _plan,
    "progress": _progress,
    "self": _self,
}


@dataclass(frozen=True)
class GeneratedReport:
    text: str
    findings: int  # how many findings were written (numbered items, problems or 关于 items)


def compose_report(size_bytes: int, seed: int = 0, layout: str = "mixed") -> GeneratedReport:
    """A report of at most ``size_bytes`` UTF-8 bytes (and within a finding's length of it), in
    ``layout`` (or ``mixed``), with the number of findings written. It ends at the end of a
    finding, so it is complete, not cut off; the preamble alone (about 700 bytes) is always there.
    """
    if layout != "mixed" and layout not in SECTIONS:
        raise ValueError(f"unknown layout {layout!r}; choose from {', '.join((*LAYOUTS, 'mixed'))}")
    rng = random.Random(seed)
    composer = _Composer(rng)
    parts = [_preamble(rng), _summary_claim(rng, rng.randint(8, 40))]
    used = sum(len(p.encode("utf-8")) for p in parts)
    order = list(LAYOUTS) if layout == "mixed" else [layout]
    index, section, findings = 1, 0, 0
    while True:
        name = order[section % len(order)]
        per_section = rng.randint(6, 20)
        for chunk in SECTIONS[name](composer, index, per_section):
            size = len(chunk.encode("utf-8"))
            if used + size > size_bytes:
                return GeneratedReport("".join(parts), findings)
            parts.append(chunk)
            used += size
            findings += _FINDING_START[name](chunk)
        index += per_section
        section += 1


# Per layout: how many findings a chunk starts (headings and section titles start none).
_FINDING_START: dict[str, Callable[[str], int]] = {
    "quoted": lambda chunk: chunk.count("整改情况:"),
    "areas": lambda chunk: chunk.count("”的整改情况"),
    "plan": lambda chunk: chunk.count("整改措施:"),
    "progress": lambda chunk: chunk.count("整改进展情况："),
    "self": lambda chunk: int(chunk[:5].lstrip()[:1].isdigit()),
}


def generate_report(size_bytes: int, seed: int = 0, layout: str = "mixed") -> str:
    """The text of `compose_report` (deterministic for a seed)."""
    return compose_report(size_bytes, seed, layout).text


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?\s*$", re.IGNORECASE)


def parse_size(text: str) -> int:
    """``10MB`` / ``512KB`` / ``2.5M`` / ``1000`` → bytes (binary units)."""
    m = _SIZE.match(text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}")
    scale = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2}[(m.group(2) or "").lower()]
    return int(float(m.group(1)) * scale)


def write_reports(directory: Path, count: int, size_bytes: int, seed: int = 0, layout: str = "mixed") -> list[Path]:
    """Write ``count`` reports named ``report_0001.txt`` … into ``directory``; returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = directory / f"report_{i + 1:04d}.txt"
        path.write_text(generate_report(size_bytes, seed=seed + i, layout=layout), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=parse_size, default=parse_size("1MB"), help="bytes, e.g. 10MB, 512KB")
    parser.add_argument("--layout", choices=(*LAYOUTS, "mixed"), default="mixed")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=1, help="with --dir: how many reports")
    parser.add_argument("--dir", type=Path, help="write --count reports into this directory")
    parser.add_argument("-o", "--output", type=Path, help="write one report here (default: stdout)")
    args = parser.parse_args(argv)
    if args.dir:
        for path in write_reports(args.dir, args.count, args.size, args.seed, args.layout):
            print(path)
    elif args.output:
        args.output.write_text(generate_report(args.size, args.seed, args.layout), encoding="utf-8")
    else:
        sys.stdout.write(generate_report(args.size, args.seed, args.layout))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
