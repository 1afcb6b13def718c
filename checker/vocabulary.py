"""The reading vocabulary: every word and pattern the reader (and the analysers' own scans) look for,
the weights that decide between readings, and the reading components in the order they run — as
typed, versioned data in ``rubrics/vocabulary/vocabulary-<version>.toml`` (TOML: its literal strings
hold a regular expression as written, with no escaping).

A rubric names the vocabulary version it reads with (``vocabulary:``; 1.0.0 when it says nothing),
so a change to the vocabulary is a new version that changes the rubric's fingerprint and shows in
``rectcheck compare``. The schema is strict: an unknown key, a misspelt list name or a pattern that
does not compile is an error when the file is loaded, never a pattern that silently never matches.

Each list is written once. A list may take in other lists (``"@name"`` as an entry), and a pattern
may hold a list as an alternation: ``{@name}`` (its words, escaped, in order) or ``{@name:spaced}``
(spaces allowed between the characters of each word, as typeset labels have them).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from re import Pattern
from typing import Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from checker.errors import RubricError

# A pattern a vocabulary from before the key existed holds: it never matches. Keys added after
# 1.0.0 default to it (or to a weight that leaves their component off), so that an older file
# still reads as it did.
NEVER: Pattern[str] = re.compile(r"(?!)")
DEFAULT_VOCABULARY = "1.11.0"  # the newest: what the reader uses when no rubric names one
FIRST_VOCABULARY = "1.0.0"  # what a rubric that names none reads with
T = TypeVar("T")
# Spaces, tabs and ideographic spaces between a word's characters: "[ \t\u3000]*" written without a
# class mixing ASCII and U+3000, which the engine compiles into a 64K table for each gap.
_SPACED_GAP = "[ \\t]*(?:\\u3000[ \\t]*)*"
_REF = re.compile(r"\{@(?P<name>[a-z_]+)(?::(?P<how>spaced))?\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Words(_Strict):
    """Word lists, by what they name. Order matters where a list becomes an alternation."""

    measure_labels_done: list[str]  # labels over what was done (整改情况): a progress report's
    measure_labels_planned: list[str]  # labels over what will be done (整改措施): a plan's
    measure_labels: list[str]
    target_labels: list[str]  # 整改目标: the aim, neither problem nor measure
    status_labels: list[str]  # the first is preferred when several stand in one item
    deadline_labels: list[str]
    owner_labels: list[str]
    finding_labels: list[str]  # prefixes of the finding text (问题：), not fields
    task_labels: list[str]  # 整改任务一：
    finding_openers: list[str]  # 关于/针对 opening a finding or a fix
    line_bullets: list[str] = Field(default_factory=list)  # (1.4.0) a line's bullet (■, ●, ★): read past it
    # (1.10.0) a list's dash (- …): the lines it opens after a problems lead-in are the problems (problem_dashes)
    list_dashes: list[str] = Field(default_factory=list)
    # (1.10.0) units of a figure that a table's cell spilled onto the next row's line (停业整顿10 / 天…):
    # read back into the cell above (sanction_rows)
    spilled_units: list[str] = Field(default_factory=list)
    index_columns: list[str]  # 序号: a table's first column
    contact_labels: list[str]
    claim_subjects: list[str]  # what a summary claim counts (问题, 整改措施 …), longest first
    rate_units: list[str]
    approximate_prefixes: list[str]  # 近/约 before a figure: not exact
    pairing_generic: list[str]  # words every problem and fix share: no clue to which problem is meant
    count_approximate: list[str]  # 近/约 before a count in a sentence: not exact
    count_totals: list[str]  # 共/合计 before a count: the total of the parts after it
    rate_approximate: list[str]  # 近/约/超过 before a rate
    parts_follow: list[str]  # 其中 after a total: its parts follow
    sequence_words: list[str] = []  # 首先, 其次 … opening the items of a list written in a paragraph (1.1.0)
    item_count_units: list[str]  # units of a count of items (个/项/条): never of households or people
    finding_subjects: list[str]  # what a count of findings counts ("" when unnamed)
    # (1.3.0) before a list opener: what was not found (没有发现…) or only checked (是否存在…) opens no list
    not_found_before_opener: list[str] = []
    checked_before_opener: list[str] = []
    tally_before_found: list[str] = []  # 共发现…: a count follows 发现, not the problems
    found_attributive: list[str] = []  # 发现的问题: 发现 naming what was found, not finding it
    not_speaker_openers: list[str] = []  # 按照上级要求，…: what the text goes on to do, no one answering
    # (1.3.0) what ends a deadline phrase that dates the whole work (…5月31日前完成), not one step of it
    deadline_completions: list[str] = []
    # (1.3.0) words that end an owner stated as a phrase (由各单位安排负责): a unit's name never holds
    # them, what follows them up to 负责 is how the unit goes about it
    phrase_owner_stops: list[str] = []


class Names(_Strict):
    """Single words the reader looks for or writes into its reading."""

    heading_label_needs: str  # a 关于…的整改情况 heading holds this character (a cheap test first)
    fix_word: str  # 整改: in a heading naming both, the later of the two words decides
    problem_word: str  # 问题
    self_check_word: str  # 自查 in a title: a work report, whatever else it says
    phrase_owner_label: str  # the label given to an owner stated as a phrase (由…负责)
    phrase_deadline_label: str  # … and to a deadline stated as a phrase (6月底前完成)
    model_owner_label: str  # the labels of fields a model's outline located
    model_deadline_label: str
    clause_measure_label: str  # the label of measures that follow their finding with none written
    paired_measure_label: str  # the label of fixes paired from a section of their own
    area_suffix: str = ""  # 方面: a heading ending so names an area of problems, not a section (1.1.0)
    phrase_person_label: str = "责任人"  # (1.3.0) the label of a person named as one (责任人张华)


class Patterns(_Strict):
    """Regular expressions, compiled when the file is loaded."""

    # labels and headings
    measure_label_suffix: str  # 及成效 after a measure label (a fragment, not compiled alone)
    heading_label: Pattern[str]  # 关于“…”的整改情况
    quoted_finding: Pattern[str]  # 针对“…”的问题。
    problem_sentence: str  # …方面存在问题： (a fragment: the reader builds two patterns of it)
    task_label: str  # 整改任务一 (a fragment)
    list_intro: Pattern[str]  # 针对以下问题：… introduces a list, it is not a problem
    requirements_heading: Pattern[str]  # a measures section headed 整改要求: an inspecting body's notice
    problem_heading: Pattern[str]
    fix_heading: Pattern[str]
    mixed_heading: Pattern[str]
    next_heading: Pattern[str]
    next_heading_keeps: Pattern[str]  # words that keep a 下一步 heading a measures heading
    organisation_heading: Pattern[str]
    # web and page residue
    contact_line: Pattern[str]
    navigation_line: Pattern[str]
    paywall: Pattern[str]
    copyright: Pattern[str]
    metadata_line: Pattern[str]
    date_line: Pattern[str]
    org_line: Pattern[str]
    # summary claims
    claim_number: Pattern[str]
    claim_rate: Pattern[str]
    claim_ongoing: Pattern[str]
    claim_done: Pattern[str]
    claim_total: Pattern[str]
    claim_context: Pattern[str]
    claim_subject_after: Pattern[str]
    claim_subject_before: Pattern[str]
    # what problems and measures read like
    problem_words: Pattern[str]
    action_words: Pattern[str]
    item_acts: Pattern[str]  # what an item's rest does (headed items)
    item_faults: Pattern[str]  # … and what a problem's own details are
    unfilled_measure: Pattern[str]  # 【待补充】 holds the place of a measure
    phrase_owner: Pattern[str]
    # (1.3.0) 除由…负责的事项外: a clause that excludes names who is left out, no owner
    exclusion_clause: Pattern[str] = NEVER
    phrase_deadline: Pattern[str]
    # document kind
    title_progress: Pattern[str]
    title_plan: Pattern[str]
    title_work_report: Pattern[str]
    progress_title: Pattern[str]
    opening_progress: Pattern[str]
    opening_plan: Pattern[str]
    title_notice: Pattern[str] = NEVER  # an inspecting body's notice or meeting report: judged as a plan (1.1.0)
    # (1.10.0) an inspecting body's round on others told in the opening (暗访组深入…, 检查组对…, 对…进行了暗访,
    # 抽查了5家, 予以曝光): a notice as much as one titled so (inspection_opening)
    opening_inspection: Pattern[str] = NEVER
    # (1.11.0) a line of the opening that is a report's name alone (网络信息安全隐患整改报告; 森林防火整改工作汇报 after a
    # sharing site's banner): the title, where the reader found none above the text (opening_title)
    opening_title_line: Pattern[str] = NEVER
    measure_done: Pattern[str] = NEVER  # a measure that says what was done (已…) (1.1.0)
    measure_required: Pattern[str] = NEVER  # a measure that says what is required (要求, 应, 限期) (1.1.0)
    measure_promise: Pattern[str] = NEVER  # a measure that promises (确保…到位, 将): not yet done (1.2.0)
    # (1.9.0) an inspecting body's own act on those inspected (现场指出, 责令, 约谈, 下发…整改通知书): done,
    # it says what was required of them, not what they did (done_act_requires)
    measure_issued: Pattern[str] = NEVER
    # (1.9.0) a fault put right on the spot, told as done (督导组…进行现场整改, 当场整改534处): the
    # inspecting body's briefing reports the rectification (done_on_spot)
    measure_done_on_spot: Pattern[str] = NEVER
    # (1.9.0) a requirement's word that names what was asked, not asks (审计意见和建议得以落实) (required_nouns)
    measure_required_noun: Pattern[str] = NEVER
    # (1.9.0) a done word that tells no work done: inside a condition (未能按时整改到位的，…) or a
    # procedure (整改完毕后报…销号, 执行销号程序) (done_conditions)
    measure_done_untold: Pattern[str] = NEVER
    opening_work_report: Pattern[str]
    # layouts
    closing_heading: Pattern[str]
    closing_paragraph: Pattern[str]
    group_hint: Pattern[str]
    audit_sub_item: Pattern[str]
    closed_quote: Pattern[str]
    column_index: Pattern[str]
    column_group: Pattern[str]
    column_owner: Pattern[str]
    column_deadline: Pattern[str]
    column_status: Pattern[str]
    column_measure: Pattern[str]
    column_finding: Pattern[str]
    table_header_word: Pattern[str]
    index_header: Pattern[str]
    title_words: Pattern[str]
    issuer_only: Pattern[str]
    table_start: Pattern[str]
    wrapped_heading_end: Pattern[str]
    fix_names: Pattern[str]  # 针对…的问题 opening a fix: what it answers
    figure: Pattern[str]  # a figure with its unit (21件): the surest clue to what a fix answers
    # the analysers' own scans
    sentence_count: Pattern[str]
    sentence_rate: Pattern[str]
    sentence_of: Pattern[str]
    rate_word: Pattern[str]
    count_role: Pattern[str]
    measure_topic: Pattern[str]
    ask_to_exhort: Pattern[str]
    list_separator: Pattern[str]
    total_before: Pattern[str]
    part_before: Pattern[str]
    claim_noise: Pattern[str]
    note_line: Pattern[str]
    # lists of problems written in running text (paragraph_lists)
    list_problem_intro: Pattern[str] = NEVER  # 存在以下问题：, 主要有：, 主要表现在：, 包括：
    list_answer_intro: Pattern[str] = NEVER  # a run introduced so is the answer, not problems (针对以上问题)
    share_site: Pattern[str] = NEVER  # a document-sharing site's notice: its lines 1、2、… are pages
    refers_back: Pattern[str] = NEVER  # 针对以上问题: a lead-in that answers what stands above it (1.1.0)
    # 针对上述问题，…: a heading opening on a clause that refers back to the problems listed (1.7.0)
    answering_lead_in: Pattern[str] = NEVER
    # (1.11.0) a lead-in closing on the order given to the unit addressed (…有关规定，现责令你单位：;
    # 要求你公司：): what follows is what it must do, the measures (order_lead_in)
    order_lead_in: Pattern[str] = NEVER
    item_overview: Pattern[str] = NEVER  # an item on the work overall, not a finding (总体情况, 主要做法)
    item_safeguard: Pattern[str] = NEVER  # an item on how the work is organised (组织保障)
    list_cause_intro: Pattern[str] = NEVER  # 问题的主要原因是: a list of causes, not of problems
    list_detail: Pattern[str] = NEVER  # 主要表现在: a list that details the one before it
    list_opener: Pattern[str] = NEVER  # 存在/发现/出现/涉及 opening a list inside a sentence …
    list_close: Pattern[str] = NEVER  # … closed by 等问题/等现象
    list_response: Pattern[str] = NEVER  # a sentence that answers the problems listed before it
    # (1.3.0) lists in running text the intros above miss
    list_back_reference: Pattern[str] = NEVER  # 鉴于上述情况 opening a sentence: the one before listed them
    list_bare_intro: Pattern[str] = NEVER  # 他指出，一是…: a run opened by a bare verb of finding
    list_found_opener: Pattern[str] = NEVER  # 督查组发现 A；B。C。 opening clauses to the paragraph's end
    list_pointed_opener: Pattern[str] = NEVER  # 指出A有待加强，B有待完善，C…。 the verb before clauses of faults (1.3.0)
    list_group_label: Pattern[str] = NEVER  # 一是党的建设方面：a；b: the item is a group of clauses
    # (1.3.0) 存在/发现 after a short subject at a clause's start (榕树村存在…): a site's finding
    list_site_opener: Pattern[str] = NEVER
    list_site_intro: Pattern[str] = NEVER  # …存在一些问题， the object an intro, no site's finding
    list_cause_reference: Pattern[str] = NEVER  # 究其原因，… opening a sentence: the one before listed faults
    absence_words: Pattern[str] = NEVER  # 无卫生许可证: a lack stated with 无, a problem in a list's item
    sequence_marker: Pattern[str] = NEVER  # 首先，其次，… at a clause start
    # (1.4.0) an inspection told place by place (checker.segment.layouts.observations): a fault named as
    # a noun (问题, 隐患) counts where its clause says it was found (存在, 发现), none in a clause that asks
    observed_noun: Pattern[str] = NEVER
    observed_found: Pattern[str] = NEVER
    observed_asks: Pattern[str] = NEVER
    # (1.4.0) a letter answering its problems a paragraph each (checker.segment.layouts.letters)
    letter_lead_in: Pattern[str] = NEVER  # 现将有关整改情况说明如下：ending a paragraph
    letter_close: Pattern[str] = NEVER  # 以上问题…, 下一步…, 特此… opening the paragraph that closes it
    paragraph_answer: Pattern[str] = NEVER  # 我们…, 对此，…: where a paragraph turns to what was done
    paragraph_problem_opener: Pattern[str] = NEVER  # 关于…问题, 检查中指出, 另外: a paragraph taking up a problem
    fix_names_joined: Pattern[str] = NEVER  # (1.4.0) 和, 及, 与, 、 joining two problems a fix names
    intro_names_problems: Pattern[str] = NEVER  # (1.4.0) 问题, 不足 in a list's intro: it names its points problems
    fix_number_reference: Pattern[str] = NEVER  # (1.4.0) 对第5项问题: the number of the problem a fix answers
    # (1.9.0) 第1、2项问题 / 问题3、4 / 第1至3项问题: the numbers of the problems one fix answers (groups
    # a or b: the numbers with their joining words)
    fix_number_list: Pattern[str] = NEVER
    number_range_joint: Pattern[str] = NEVER  # (1.9.0) 至, 到, -: two numbers naming every one between
    item_answer_opening: Pattern[str] = NEVER  # (1.4.0) 药剂科已当场… / 下一步，…: a sentence answering its item
    # (1.9.0) 我院已向…反映 / 我们已…: a clause after a comma opening on the writer that has done it
    item_answer_writer_clause: Pattern[str] = NEVER
    general_fix: Pattern[str] = NEVER  # (1.7.0) 举一反三, 长效机制, 队伍建设: a fix speaking of the whole
    measure_not_done: Pattern[str] = NEVER  # (1.7.0) 暂未整改。主要原因是…: a measure saying none was taken
    need_opener: Pattern[str] = NEVER  # (1.4.0) 需进一步完善: what a point needs, opening its measure
    item_act_opener: Pattern[str] = NEVER  # (1.4.0) 制定… / 聘请… opening the sentence that answers an item
    circled_problem: Pattern[str] = NEVER  # (1.4.0) 问题①： — a problem numbered with a circled numeral
    # (1.5.0) 整改事项一：/ 事项2： — a plan's numbered matter, numbered as 问题1： is (group n: the number)
    matter_problem: Pattern[str] = NEVER
    # (1.9.0) 隐患2（较大隐患）： — a hazard numbered with its grade before the colon, numbered as 隐患2： is
    graded_hazard: Pattern[str] = NEVER
    # (1.11.0) 图1：… — a notice's photo caption numbering a problem seen, as 问题1： numbers one
    # (photo_caption_problem)
    photo_caption_problem: Pattern[str] = NEVER
    # (1.9.0) 审计反映问题整改…情况 — a title naming the problems in general, no fault of its own
    generic_problem_title: Pattern[str] = NEVER
    # (1.10.0) 12月20日16:40，… — a case's account opening on the day and hour it was seen (observed_cases_required)
    observed_time_opener: Pattern[str] = NEVER
    # (1.9.0) 已完成整改9个, 完成率100% — a sentence tallying how many are done: its count is a total
    count_tally: Pattern[str] = NEVER
    # (1.9.0) ；对…的问题， — a clause of a response opening on the problem it answers (group w: its start)
    named_answer_clause: Pattern[str] = NEVER
    # (1.10.0) 对A、B、C等问题开展整治 / 对…A、B等问题的整改落实情况进行督查 — the problems a drive or a
    # check was aimed at, listed at 、 between 对 and 等问题, its verb after them (group items: the list)
    list_targeted: Pattern[str] = NEVER
    item_requirement_tail: Pattern[str] = NEVER  # (1.4.0) 需进一步完善 / 要及时修剪 ending a list's item
    # (1.6.0) 反馈了5个问题 / 存在8处…隐患: a lead-in that counts the problems the items after it hold (group n)
    announced_count: Pattern[str] = NEVER
    item_dash: Pattern[str] = NEVER  # (1.6.0) —— between an item's problem and what was done about it
    # (1.4.0) an opening that names an inspection told as a walk (暗访组暗访了…, 到…督查) (prose_observations)
    inspection_opening: Pattern[str] = NEVER
    # (1.4.0) faults of things seen on site that problem_words lacks (乱堆乱放, 杂物堆放, 遍布垃圾) (prose_observations)
    observed_fault: Pattern[str] = NEVER
    inline_requirement: Pattern[str] = NEVER  # …欠佳，要求做到…: where a problem's sentence turns to what is required (1.1.0)
    # (1.2.0) an item that is a requirement only (不得出售过期食品；严禁…): in a list of problems it names
    # its problem by forbidding it, and is its own answer (matched at the item's start)
    requirement_item: Pattern[str] = NEVER
    aimed_at: Pattern[str] = NEVER  # 针对“…”的问题， opening an item: the phrase is its finding (aimed_items)
    # (1.3.0) a table's column of what an inspection found (检查结果, 隐患描述): its findings when no
    # column names problems; a cell of it that found nothing wrong (正常, 合格, 无) is no finding
    column_result: Pattern[str] = NEVER
    # (1.3.0) a second problem column that states the first's detail (问题具体表现, 具体表现)
    column_detail: Pattern[str] = NEVER
    attachment_label: Pattern[str] = NEVER  # (1.3.0) 附件1 / 附件一： alone on a line
    closing_summary: Pattern[str] = NEVER  # (1.3.0) 总之，… / 综上所述，…: a closing paragraph
    result_normal: Pattern[str] = NEVER
    lead_in_request: Pattern[str] = NEVER  # (1.3.0) 请…尽快整改 in a table's lead-in: the rows' answer
    # (1.3.0) a paragraph whose last sentence announces the problems below (存在以下问题。) heads
    # them as a lead-in ending in a colon does
    announce_end: Pattern[str] = NEVER
    # (1.10.0) a numbered section's heading told as a sentence of what was done that ends on the fixes it
    # announces (三、我校对…提出了批评，…，并制订了下一步整改的具体措施。): its last clause heads the fixes
    # below as a lead-in ending in a colon does
    fixes_announce_end: Pattern[str] = NEVER
    # (1.3.0) the last clause of a long opening paragraph that announces what follows (现将…如下：)
    announce_follows: Pattern[str] = NEVER
    # (1.3.0) a site's bare name opening its unit (鼎盛小学，…), and an act closing it (，临时查封)
    site_name: Pattern[str] = NEVER
    site_act: Pattern[str] = NEVER
    # (1.3.0) a sentence whose subject is the inspecting party doing something about what it found
    # (检查组现场对2家企业下达…): its act, an answer, however far into the sentence the act stands
    inspector_act: Pattern[str] = NEVER
    # (1.3.0) a sentence opening on the rule its act rests on (监督员依据《消防法》相关规定，责令…):
    # the act, in the clause after the basis, answers what was found
    basis_act: Pattern[str] = NEVER
    # (1.3.0) the words just before a response word that make it a fault (未针对, 未按要求): a
    # clause stating what was not done, no answer
    response_negation: Pattern[str] = NEVER
    # (1.3.0) a sentence opening on the detail of what the sentence before found (其中：A；B；C。)
    list_detail_opening: Pattern[str] = NEVER
    # (1.7.0) a sentence that opens another list of problems, its own clause naming them and ending on a
    # colon (个人业务主要问题集中在…环节：): an enumerated list before it ends there (list_ends_at_new_intro)
    list_new_intro: Pattern[str] = NEVER
    # (1.7.0) what a verb of finding found, when it is a phenomenon (出现超载的现象): a fault whatever its
    # words (unread_found_after)
    found_phenomenon: Pattern[str] = NEVER
    # (1.8.0) the word that opens the examples a clause gives (…回潮现象，如|东菜市场和西菜市场), matched
    # just before where a finding starts (faultless_fragments)
    example_opener: Pattern[str] = NEVER
    # (1.7.0) a short label and a colon opening an item's answer (建议：) (headed_labelled_answers)
    written_answer_label: Pattern[str] = NEVER
    # (1.3.0) an intro that names its items problems one by one (发现的六大问题，分别是…), with the
    # count it gives, if any, in group ``n``
    list_named_intro: Pattern[str] = NEVER
    # (1.3.0) a sentence in which the writer says what it will go on to do (…，我们田村将继续努力，…)
    writer_commitment: Pattern[str] = NEVER
    # 该处存在的问题是：… — a lead-in of problems whose problem follows on its own line (1.3.0)
    lead_in_inline: Pattern[str] = NEVER
    # (1.3.0) a site's list of related pages (【…】相关文章：): it and everything after it is residue
    related_list: Pattern[str] = NEVER
    # (1.3.0) where a listed problem goes on to say it was rectified (…，截止3月15日，已完成整改312个)
    item_done: Pattern[str] = NEVER
    # (1.6.0) where a listed problem goes on to the order already given for it (…，我局已责令经营户限期
    # 整改; 。卫健部门已要求经营户…): the clause from the one who gave it (problem_own_order)
    item_done_order: Pattern[str] = NEVER
    # (1.3.0) a heading of what became of the problems (存在问题的处理及整改情况, 审计发现问题的处理情况
    # 及建议): 问题 qualifies the handling, so the section holds measures, not problems
    handled_heading: Pattern[str] = NEVER
    # (1.3.0) a list's intro saying its problems are still not rectified (尚未整改到位的问题有：): after
    # an earlier list it names those problems again, at a revisit
    remainder_intro: Pattern[str] = NEVER
    # (1.3.0) an item that opens with a short name and a colon (詹桥村：…): what was found at that place
    # (matched at the item's text)
    named_item: Pattern[str] = NEVER
    # (1.3.0) a clause that ends on what a check found in order (…坚固, …正常, 未发现安全隐患): an
    # item made only of such clauses found nothing wrong
    clean_clause: Pattern[str] = NEVER
    # (1.3.0) how a heading's words run into a measure label (…问题整改情况：, 以下整改措施：): a label
    # after them is part of the heading, not glued to a problem (matched at the text before the label)
    label_joined: Pattern[str] = NEVER
    # (1.3.0) where an item that praises turns to what falls short (。但/，然而/不过): its problem starts
    contrast_turn: Pattern[str] = NEVER
    # (1.3.0) a site's name and address at a line's end, after a space (公文汇 www.gongwenhui.com):
    # groups name and site (the address)
    site_mark: Pattern[str] = NEVER
    # (1.7.0) what a problem field says when a checked area showed none (存在问题：无。/ 暂无 / 未发现问题):
    # matched at the field's value, to the line's end (problem_field_none)
    problem_none: Pattern[str] = NEVER
    # (1.7.0) a letter's sign-off on a line of its own (特此回复。/ 特此报告。) (aimed_sign_off)
    sign_off: Pattern[str] = NEVER
    # (1.3.0) a line's last clause that gives the status of the problems before it (，现已整改完毕。):
    # group s opens it
    status_tail: Pattern[str] = NEVER
    # (1.11.0) 已修复 / 已用网覆盖 / 正在进行清理 — a clause telling that a site's problem is dealt with
    # (status_clauses)
    status_done: Pattern[str] = NEVER
    # (1.11.0) 未整改 / 仍存在 / 但还有 — a clause telling that a site's problem is still open (status_clauses)
    status_open: Pattern[str] = NEVER
    # (1.11.0) the turn that joins a clause's done part to what it says is still open (…已清理，但仍有…):
    # what the measure leaves behind at its end (status_clauses)
    status_turn_tail: Pattern[str] = NEVER
    # (1.11.0) 垃圾桶配备情况： — a note's label, what it tells the situation of, opening it on a line or
    # after a stop or a space inside one (situation_notes; group ``label``)
    situation_note_label: Pattern[str] = NEVER
    # (1.11.0) 由县民政局负责的第1件 / 县卫健局承办的第17、18项 — one entry of a run naming a unit with the
    # numbers of its items (owner_item_runs; group ``unit``)
    owner_item_entry: Pattern[str] = NEVER
    # (1.11.0) 请以上责任单位… — a requirement addressed to the units a run has just named, opening the
    # clause after their shared fault (owner_item_runs)
    owner_items_requirement: Pattern[str] = NEVER
    # (1.3.0) 针对屋顶漏雨，… opening a fix: the clause names what it answers (fix_aimed_clause)
    fix_aimed_clause: Pattern[str] = NEVER
    contrast_fault: Pattern[str] = NEVER  # what the turn says falls short (不及时, 不足, 有待加强)
    # (1.3.0) a sentence that answers the item it stands in, by pointing back at it (针对此问题，/
    # 对此，): where an item's details end and its measure begins (matched at a sentence start)
    item_answer_back: Pattern[str] = NEVER
    # (1.3.0) a listed problem opening on a unit named before it (该场所存在…, 该单位未…)
    item_back_unit: Pattern[str] = NEVER
    # (1.3.0) the word that joins the last problem of a 、 list to the one before it (A、B以及C等问题)
    list_final_conjunction: Pattern[str] = NEVER
    # (1.6.0) a list's item opening on a unit's name (B公司库区…, C村村委会…): the unit the item tells of
    list_unit_opener: Pattern[str] = NEVER
    # (1.6.0) a list's item that only counts problems (A共存在386处问题, 共占问题总量的54.72%)
    list_tally_item: Pattern[str] = NEVER
    # (1.3.0) a paragraph's first sentence that tells of the rectification (…高度重视…细化整改措施):
    # after the answer to a list, what the answered party did goes on answering it
    answer_goes_on: Pattern[str] = NEVER
    # (1.3.0) a sentence that opens on what is required (要在…设置, 因此要派出…, 应在…): inside an
    # item that stated its problem first, where its answer begins (item_requirement_sentences)
    item_requirement_opener: Pattern[str] = NEVER
    # (1.3.0) a requirement inside an item's opening clause (施工现场要严格按照…作业): the item asks,
    # it states no problem
    requirement_word: Pattern[str] = NEVER
    # (1.3.0) what falls short, said of a thing (不强, 不足, 不到位): a clause with it states a fault
    fault_predicate: Pattern[str] = NEVER
    # (1.3.0) the clause of a listed problem that advises its fix (，建议清理): where its measure starts
    item_advice: Pattern[str] = NEVER
    # (1.3.0) a paragraph opening on the problems found (针对发现的问题，…; matched at the line start) before a list of
    # problems: with an act in its sentence, it answers every problem listed after it
    lead_answer: Pattern[str] = NEVER
    # (1.3.0) 惠济区回复： opening a line: who answers, then the answer — a measure label (reply_labels)
    reply_label: Pattern[str] = NEVER
    # (1.7.0) 市民陈女士反映： a line that is only who complains or asks and a colon, the complaint on the
    # lines below it: a problem's label (reply_label_lines)
    complaint_label: Pattern[str] = NEVER
    # (1.7.0) a form's footer cell: who filled it in or checked it, or a number to call (填表人：陈红,
    # 联系电话：…): a TAB row of nothing else is the form's foot, not a record (tab_footer_row)
    footer_field: Pattern[str] = NEVER
    # (1.8.0) a table's note under its last record: 备注：… / 注：… / 说明：… (cell_table_foot)
    table_note: Pattern[str] = NEVER
    # (1.8.0) a line that is only an item's name and number: 任务一 / 第1项 / 问题3 (bare_item_names)
    bare_item_name: Pattern[str] = NEVER
    # (1.11.0) a line opening on the name of a case told and its number, closed by a colon (典型一：…,
    # 案例2：…: group n) (case_number_labels)
    case_number_label: Pattern[str] = NEVER
    # (1.9.0) a paragraph opening on the problem it tells, by its spoken ordinal (检查组指出的第一个问题，是…:
    # group n) or as the next one (另外，… / 还有一个问题，是… / 最后一个问题，是…) (spoken_problem_ordinals)
    spoken_problem_opener: Pattern[str] = NEVER
    # (1.9.0) a fix's opening naming its problem by the problem's dotted number (3.1 针对2.1.1，…: group n)
    # (fix_names_dotted)
    fix_dotted_reference: Pattern[str] = NEVER
    # (1.9.0) the target of a handling act in a fix's opening (对刘丽萍进行批评教育, 对周明予以通报批评: group t),
    # the person or unit a problem names (fix_names_target)
    fix_action_target: Pattern[str] = NEVER
    # (1.10.0) the clock time opening a visit log's entry (10:30，…), at a line's start or after a semicolon
    # (timed_log_entries)
    log_time_entry: Pattern[str] = NEVER
    # (1.10.0) a clause telling that people were at their posts (坚守岗位, 人员全部在位): a log entry of
    # things in order (timed_log_entries)
    post_kept: Pattern[str] = NEVER
    # (1.10.0) a paragraph opening on a unit and its faults' label (甲小区存在的隐患：…) (unit_fault_paragraphs)
    unit_fault_opener: Pattern[str] = NEVER
    # (1.10.0) a paragraph opening on a place's name and a colon (鲤城区：…) (unit_named_paragraphs)
    unit_name_label: Pattern[str] = NEVER
    # (1.10.0) a sentence opening on a place's name and the part of it at fault (甲省部分企业…, 乙市个别
    # 街镇…), and a clause reporting what the inspectors had done to those at fault (其中2家被责令停产整顿)
    # (unit_place_sentences)
    place_sentence_opener: Pattern[str] = NEVER
    unit_act_clause: Pattern[str] = NEVER
    # (1.10.0) a paragraph opening on a unit and what the check found there counted (甲医院经查存在82项
    # 问题), the clause where it goes on to what the unit itself did (，但该院…), and such a clause saying
    # the unit returned nothing (…退回医保基金的金额为0元) (unit_checked_paragraphs)
    unit_checked_opener: Pattern[str] = NEVER
    unit_own_answer: Pattern[str] = NEVER
    nil_amount: Pattern[str] = NEVER
    # (1.10.0) a numbered point's heading (点位一：…) opening a unit's block (unit_point_headings)
    unit_point_heading: Pattern[str] = NEVER
    # (1.10.0) the label of what was found at a point (发现问题：…), closing its block (unit_point_headings)
    unit_found_label: Pattern[str] = NEVER
    # (1.10.0) a record's unit name field (场所名称：) opening it, and its fault field (隐患情况：)
    # (unit_record_fields)
    unit_record_name: Pattern[str] = NEVER
    unit_record_fault: Pattern[str] = NEVER
    # (1.10.0) a paragraph after the units answering what stands above it (以上隐患已…, 暗访组认为…): every
    # unit's measure (unit_blocks)
    units_closing: Pattern[str] = NEVER
    # (1.10.0) a fix line's opening citing the number(s) of the problem(s) it answers, no enumerator before
    # it (针对问题1：…; 关于第3项问题，…; 针对问题3、4：…: group a or b, the numbers) (fix_lines_cite_numbers,
    # fixes_cite_numbers)
    fix_cited_opening: Pattern[str] = NEVER
    # (1.11.0) a requirement opening on the bare item numbers of the hazards it orders fixed, no 针对 and
    # no 问题 (第1、3、4项…; 第2项立即停止…; group a, the numbers), and later clauses of it opening alike
    # (…，第6项按规定配齐…) (fixes_cite_bare_items)
    fix_cited_bare: Pattern[str] = NEVER
    # (1.10.0) a fix's closing bracket citing the number(s) of the problem(s) it answers (…。（对应问题3、6）;
    # （对应问题1至6）: group a or b, the numbers) (fixes_cite_numbers)
    fix_cited_closing: Pattern[str] = NEVER
    # (1.10.0) the status a problem's sentence ends on, the clause after its last comma (…存在更新不及时
    # 现象，已及时更新; …未及时归档，现已归档; …表述不规范，正在整改中) (mixed_status_points)
    point_status: Pattern[str] = NEVER
    # (1.10.0) a heading over a section that tells how things stand or what was looked at, no finding
    # of its own (审计评价意见, 检查范围): the text it holds is accounted for (coverage_accounted)
    overview_section_heading: Pattern[str] = NEVER
    # (1.10.0) a clause of a problem that opens on what it needs (…老化，需要进行更换): the problem holds its
    # fix, which a reading without a measure left unread (coverage_accounted)
    finding_need: Pattern[str] = NEVER
    # (1.3.0) the clause of a listed problem that states what the inspector requires (，…必须…,
    # ，下周开始…): where its measure starts
    item_required: Pattern[str] = NEVER
    # (1.3.0) a notice's closing line addressed to those inspected (望各位…整改, 请各单位…整改), matched
    # right after a sentence end: a response to every problem listed before it
    closing_directive: Pattern[str] = NEVER
    tally_clause_end: Pattern[str] = NEVER  # 隐患1619处: a clause ending on a count tallies, it states no problem
    # (1.9.0) a clause opening on a count of whom or what was found (5人…, 1家网吧…, 3处…): list_counted_clauses
    counted_subject: Pattern[str] = NEVER
    # (1.10.0) a problem telling what was done or promised about it (虽经…, 力争…) or the check's own account
    # (对…进行了检查): acted_problems_doubt
    problem_acted: Pattern[str] = NEVER
    # (1.10.0) a problem named by its number in an answer (针对问题3：, 问题2和问题3), the number its group 1:
    # numbered_answers_gap_doubt
    problem_number_ref: Pattern[str] = NEVER
    # (1.10.0) the writer's own act told inside a problem (我们已于…, 我校将…, 已要求…, 此问题已…):
    # answer_inside_doubt
    writer_act_inside: Pattern[str] = NEVER
    # (1.10.0) how many units share a fault (等15家单位, 6个部门): unit_count_sentences
    units_counted: Pattern[str] = NEVER
    count_only_cell: Pattern[str] = NEVER  # 15个: a table cell that is a count alone, a total row's
    # (1.3.0) an item whose first sentence says what the inspection looked at (对…是否完好, 对…情况进行了
    # 检查): the work done, not a problem
    item_inspected: Pattern[str] = NEVER
    # (1.3.0) a paragraph opening on the next step (下一步，…将…): after a run of points stating
    # problems, one a paragraph, what is to be done about them (point_paragraph_runs)
    list_next_step: Pattern[str] = NEVER
    # (1.3.0) a table row's name that makes it a total (合计隐患 | 15个): no finding (table_total_rows)
    table_total_row: Pattern[str] = NEVER
    # (1.3.0) the clause of a listed problem that opens on what should be done (，应做到及时清扫,
    # ，应按照标准保留…; no negation in it: ，应收未收 is a fault): where its measure starts
    item_required_should: Pattern[str] = NEVER
    # (1.3.0) a closing sentence that refers back to the problems, then asks those inspected to
    # rectify (以上为…的问题，望…及时进行督促整改): a response to every problem listed before it
    closing_directive_back: Pattern[str] = NEVER
    # (1.6.0) a paragraph opening on the writer acting on what was found (我局高度重视，立即督促整改 /
    # 我们已…): with list_writer_answer, the answer to a list of problems before it
    writer_answer: Pattern[str] = NEVER
    # (1.3.0) a response paragraph's first sentence that requires (检查组督促各单位要严格落实…):
    # the response starts there, not at a later sentence's response word
    answer_paragraph_requires: Pattern[str] = NEVER
    # (1.3.0) the clause of a listed problem that opens on what is needed (，需要一对一提醒学生): its
    # measure where the list's other items advise or require their own fix (problem_own_need)
    item_need: Pattern[str] = NEVER
    # (1.7.0) a problems heading that names what is to be improved beside the faults (主要不足及需要
    # 改进之处, 存在问题及建议): its items may each say what should be done (advice_heading_items)
    advice_heading: Pattern[str] = NEVER
    # (1.7.0) where an advising item's own sentence turns to what should be done with no comma before
    # it (公共责任区域应具体划分落实到人): the measure's start (advice_heading_items)
    item_should_bare: Pattern[str] = NEVER
    # (1.7.0) an advising item that opens on the act itself (加强对…的管理): the whole item is its
    # measure as well as its finding (advice_heading_items)
    item_directive_opening: Pattern[str] = NEVER
    # (1.3.0) a cover letter's line naming its attachment (附件：周督导问题清单, matched at the line's
    # start, its title in group t): a reference, not a heading, when the title stands again below
    attachment_line: Pattern[str] = NEVER
    # (1.3.0) a cover letter's sentence that forwards the problems and asks for their rectification
    # (现将问题清单印发给你们，请…迅速整改): group r, the request, answers every problem attached
    cover_request: Pattern[str] = NEVER
    # (1.3.0) an answer the text's end cut before it said anything: its lead (针对上述问题，) and the
    # opening of one clause that only gives the basis it acts on (县审计局已按照…的规) (cut_answer_silent)
    cut_answer_silent: Pattern[str] = NEVER
    # (1.3.0) a sentence that announces the measures after its colon (对此，我局将采取以下措施：,
    # 整改措施如下：); group l holds the words read as its label (measure_lead_ins)
    measure_lead_in: Pattern[str] = NEVER
    # (1.3.0) a person who answers for the work, named with no colon (责任人张华); group o is the name
    phrase_person: Pattern[str] = NEVER
    # (1.9.0) a lead-in to measures written inside a problem (采取的具体措施如下：): the problem ran on
    # into its answers (shape_doubt)
    fixes_intro_inside: Pattern[str] = NEVER
    # (1.9.0) a lead-in to problems written inside a measure (尚未整改到位的主要问题有：): the measure ran
    # on into more problems (shape_doubt)
    problems_intro_inside: Pattern[str] = NEVER
    # (1.9.0) a point's opener within a paragraph (一是, 二是) (shape_doubt)
    point_opener: Pattern[str] = NEVER
    # (1.9.0) words that give a cause, not an act (所以, 由于) (shape_doubt)
    excuse_words: Pattern[str] = NEVER
    # (1.10.0) a paragraph under a finding's title that opens by telling the problem again as the
    # inspecting body stated it (巡察指出，…, 经过调查，…发现…, 市政府也发现…) (title_restated_problem)
    restated_problem: Pattern[str] = NEVER
    # (1.10.0) a sentence, after such a restatement, that opens on the answer by its doer's act
    # (局党组将…, 目前已…, 责成…) (title_restated_problem)
    restated_answer: Pattern[str] = NEVER
    # (1.10.0) a measure's opening that tells the problem as the inspecting body pointed it out
    # (巡察指出，…; 审计组指出：…) (restated_measure_doubt)
    pointed_out_opening: Pattern[str] = NEVER
    # (1.10.0) a clause inside an item's one sentence that turns from its problem to the writer's answer
    # (…向外倾斜，我们已于11月10日…, …没有防护盖，我们将尽快…, …的要求，此问题已整改到位) (item_answer_clause)
    answer_clause_turn: Pattern[str] = NEVER
    # (1.10.0) where a listed problem's one sentence names it as a problem and goes straight on to what
    # is being done (…较低的问题正在通过…逐步改善): the turn after 问题 (problem_dashes)
    problem_status_turn: Pattern[str] = NEVER
    # (1.10.0) a scan's heading numeral one read as a dash ((—) for (一), —、 for 一、) at a line's start;
    # group d is the dash (ocr_dash_numerals)
    ocr_dash_one: Pattern[str] = NEVER
    # (1.10.0) a printed page's number standing alone on its line (— 2 —, - 3 -, 第2页 共5页): page residue,
    # not report content
    page_number_line: Pattern[str] = NEVER
    # (1.10.0) an item that opens by naming the problem it answers and goes on at a comma to the answer
    # (针对…的问题，学校于8月底… / 对于…的问题，学校将…): the opener up to the comma (problem_named_lead)
    named_problem_lead: Pattern[str] = NEVER
    # (1.10.0) an item told as the writer's acts that names the problem they solved in its last clause
    # (我们组织…，召开了…会议，解决了…的问题。): group p is that problem (problem_named_last)
    solved_problem_last: Pattern[str] = NEVER
    # (1.10.0) an item that opens on the writer acting (我们组织…, 学校召开…) (problem_named_last)
    writer_act_opening: Pattern[str] = NEVER
    # (1.11.0) a problem's number label inside running text (问题1：, 问题二：), not one a fix cites
    # (针对问题1：) (problem_label_runs)
    problem_number_label: Pattern[str] = NEVER
    # (1.11.0) a clause of a shared measure opening on the problem it answers (对问题（1），, 问题（5）已…);
    # group n is its number (shared_measure_cited)
    fix_cited_problem: Pattern[str] = NEVER
    # (1.11.0) a label opening the causes of the problem before it (成因：, 原因分析：) (cause_label_rest)
    cause_label: Pattern[str] = NEVER
    # (1.11.0) the first point of an answer, where it stands after a comma or a sentence's start
    # (…提出了五点意见建议，一要提高…): group w is the point's word (list_cut_points_unnumbered)
    answer_first_point: Pattern[str] = NEVER
    # (1.11.0) what an audit reported, where a clause tells it (审计反映…, 审计发现…) (audit_clauses)
    audit_reported: Pattern[str] = NEVER
    # (1.11.0) a table cell that holds only a mark for nothing to enter (/, —): a row whose problem cell
    # is such a mark found no problem (table_no_entry_rows)
    cell_no_entry: Pattern[str] = NEVER
    # (1.11.0) an area's name glued to its first item's title, no colon between (1.技术层面服务器弱口令
    # 问题：…；…): the match is the area, what follows its first clause (list_group_clauses)
    list_group_glued: Pattern[str] = NEVER
    # (1.11.0) a numbered heading of problems that ends a list's intro, its first item glued to it
    # ((二)检查发现的主要问题1.…) (list_glued_first)
    list_glued_heading: Pattern[str] = NEVER
    # (1.11.0) a table row's number that is a child of a group row's (1-1, 1-2 under 1; 2.1 under 2): group
    # ``parent`` the group's number (table_group_rows)
    index_child: Pattern[str] = NEVER
    # (1.11.0) the closing of a report that speaks of the problems in general or of what comes next
    # (其余问题已全部整改到位, 以上问题…, 下一步，…) (closing_set_apart)
    remaining_problems: Pattern[str] = NEVER
    # (1.11.0) a sentence that opens on some of the units at fault (一些党支部…, 有的单位…, 部分村…): it
    # tells more of a problem, it does nothing about it (fault_subject_rest)
    fault_subject_opener: Pattern[str] = NEVER
    # (1.11.0) a fix's heading that names a general line of work, no problem (机构落实, 健全制度, 提高认识):
    # no answer of the problem its number shares (general_work_fix)
    general_work: Pattern[str] = NEVER
    # (1.11.0) a question's label opening a line of a question-and-answer board (问：, 群众问：) (qa_pairs)
    qa_question: Pattern[str] = NEVER
    # (1.11.0) its answer's label (答：, 答复：) (qa_pairs)
    qa_answer: Pattern[str] = NEVER
    # (1.11.0) a question asking where to raise a complaint (找谁反映, 向哪里举报): a channel, no finding (qa_pairs)
    qa_channel: Pattern[str] = NEVER
    # (1.11.0) a fault as people ask of it, beside the problem words (…经常锁门，为啥不开？, 没人管) (qa_pairs)
    qa_fault: Pattern[str] = NEVER
    # (1.11.0) a record's paragraph that opens, past its number and a colon (…号工单（9月3日）：), on what a
    # member of the public complained of (市民反映…, 群众来电投诉…) (record_complaints)
    record_complaint: Pattern[str] = NEVER


class ConfidenceWeights(_Strict):
    """How sure a reading is, 0–1 (:mod:`checker.segment.weigh`)."""

    base: float
    problem_like: float  # share of findings whose problem reads like a problem
    action_like: float  # share of measures that read like actions
    coverage: float  # share of the body the findings cover …
    coverage_full: float  # … counted in full from this share on
    unpaired_fix: float  # lost for each fix that answers no problem …
    unpaired_fix_max: int  # … up to this many
    long_finding: float  # lost (as a share of findings) for findings that swallow pages of text
    long_finding_chars: int
    # (1.4.0) lost (as a share of findings) for problems that open on a measure's, a deadline's or an
    # owner's label (措施：…, 时间：…): a field of an item read as an item of its own
    field_opened: float = 0.0


# What the trust in a reading is judged from (checker.segment.weigh.reading_features).
TRUST_FEATURES = (
    "coverage", "few_findings", "margin", "nested_items", "orphan_actions", "unexplained_items",
    "unpaired_fixes", "without_measure",
    # (1.3.0) what a reading tells of itself: see checker.segment.weigh.self_doubts
    "unread_measures", "labels_inside", "crosswise_fixes", "tiny_findings",
    # (1.3.0) findings cut from the lists of several paragraphs: see checker.segment.accounting.split_paragraphs
    "split_paragraphs",
    # (1.4.0) measures that open inside a clause: see checker.segment.weigh.self_doubts
    "measures_mid_clause",
    # (1.7.0) a fault-naming item left unexplained inside the findings' run: see
    # checker.segment.accounting.skipped_faults
    "skipped_faults",
    # (1.9.0) a reading whose own parts show a cut it missed: see checker.segment.weigh.shape_doubts
    "shape_doubts",
)


class TrustWeights(_Strict):
    """How far a reading can be trusted, 0–1: a logistic model over the reading's features
    (:data:`TRUST_FEATURES`), fitted on the real corpus by ``eval/fit_trust.py``. With no
    coefficients the reading's coherence stands for it."""

    intercept: float
    coefficients: dict[str, float]

    @field_validator("coefficients")
    @classmethod
    def _known(cls, value: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(value) - set(TRUST_FEATURES))
        if unknown:
            raise ValueError(f"unknown feature(s) {', '.join(unknown)} (known: {', '.join(TRUST_FEATURES)})")
        return value


class ChoiceWeights(_Strict):
    """Which candidate reading wins: size × (floor + confidence)."""

    confidence_floor: float
    prune_factor: float  # a reading whose size times this is below the best value cannot win
    other_part_min: float = 2.0  # (1.1.0; above any confidence: off) a table beside paragraphs (or paragraphs beside a table) is read too from this confidence


class LayoutWeights(_Strict):
    """How much each layout's reading explains (:class:`checker.segment.layouts.base.LayoutResult`)."""

    finding_with_measure: float
    finding_without_measure: float
    field: float
    fields_max: int
    headed_items: float  # less telling than a label or a section heading
    headed_items_min_items: int
    headed_items_min_share: float
    paragraph_lists: float = 0.0  # (1.1.0) a list in running text: weaker evidence than a heading or a label
    aimed_items: float = 0.0  # (1.1.0) items that name their problem (针对…的问题，)
    # (1.10.0) blocks ordered by 首先/其次/最后, each what was found and its answer: as telling as a heading
    ordinal_blocks_weight: float = 1.0
    # (1.2.0) a list in running text: an answer is told by the clause that opens the list, not by a
    # 要求 anywhere in a long opening sentence; the last problem ends where its causes begin
    list_intro_own_clause: bool = False
    list_ends_at_causes: bool = False
    # (1.2.0) labelled items: one that lost its measure label has its fix on the lines after it
    labeled_lost_label: bool = False
    # (1.2.0) items listed under a name, then one block for the run: it answers each of them
    headed_items_share_below: bool = False
    # (1.2.0) a finding's 一是…二是 written after commas (…薄弱，一是…，二是…) are its sub-points
    comma_sub_points: bool = False
    # (1.3.0) a table with no problem column has its findings in its result column (检查结果), and
    # only in the rows whose result is not a clean bill (正常。)
    table_result_column: bool = False
    # (1.3.0) a table flattened to one cell per line: its header takes the short names around its
    # header words, a record with no index column opens at a cell shaped as the first record's
    # first (a date), a cell's numbered lines stay one cell; a column of figures (发现问题个数) is
    # not the problem column when another column also names problems
    table_cell_records: bool = False
    # (1.3.0) a closing paragraph (总之，…; 下一步，我们将…) is not taken for a measure the reading
    # failed to pair
    orphans_named: bool = False
    # (1.3.0) nor, in a reading of problems alone, a line of a section headed as next steps (三、下一步工作打算)
    orphans_next_steps: bool = False
    last_left_paired: bool = False
    # (1.3.0) a numbered heading whose label word went to the next line (二、整改 / 措施：) is one heading
    split_headings: bool = False
    # (1.3.0) numbered items before 二、整改措施 and no 一、 on the page: the problems of a section
    # whose heading an earlier page holds
    lost_problems_heading: bool = False
    # (1.3.0) no section heading, one list that starts again at 1: problems, then fixes paired by words
    restarted_fixes: bool = False
    # (1.3.0) a problem its paired fix says nothing of takes a line of another fix that names it
    fix_lines_pair: bool = False
    # (1.3.0) a problems section of short unnumbered lines lists one problem a line
    line_items: bool = False
    # (1.3.0) 整改要求 items not one per problem are requirements for them all
    requirements_answer_all: bool = False
    # (1.3.0) lists in running text: a sentence of faults referred back to by the next one
    # (…。鉴于上述情况，…); a run opened by a bare 指出，/发现， whose items state faults; an item
    # headed …方面： whose ；-clauses are the findings; 发现 A；B。C。 up to a paragraph that answers
    list_closed_by_reference: bool = False
    list_bare_intro: bool = False
    list_group_clauses: bool = False
    list_found_clauses: bool = False
    # (1.3.0) a list's numbered answer whose points name other problems than their numbers'
    # pairs by what they name, or is read whole when they do not pair one by one
    list_answer_by_content: bool = False
    # (1.3.0) a list's numbered answer with more points than the list has problems, none of them
    # sharing a word with any problem (一是高度重视…五是加大投入), is general: read whole for each
    list_answer_general_points: bool = False
    # (1.3.0) a negated opener (没有发现…) opens no list: the list opens at the next (…，但存在A等问题)
    list_opener_negated: bool = False
    # (1.3.0) a list at ， whose every piece joins words at 、 (A、B，C、D等问题) has the pieces for items
    list_comma_outer: bool = False
    # (1.3.0) a sentence that opens with what was found (检查中发现A；B；C。) lists it at ；
    list_semicolon_clauses: bool = False
    # (1.3.0) a listed problem that goes on to say it was rectified has that clause for its measure
    problem_own_done: bool = False
    # (1.3.0) fixes numbered as the problems' groups are, not as the problems, pair by what they name
    fixes_at_group_level: bool = False
    # (1.3.0) a list in running text also ends at a sentence whose second clause answers it
    list_ends_at_answer_clause: bool = False
    # (1.3.0) a table's result cell that numbers what it found (1.…；2.…) holds one finding an item
    table_result_items: bool = False
    # (1.3.0) a table with no measure column is answered by the numbered requirements before it
    table_requirements_answer: bool = False
    # (1.3.0) a paragraph of several lists, each under its own intro (A处存在如下问题：一是…B处存在
    # 如下问题：一是…), reads them all; one with no answer before the next shares the next one's
    list_restarts_per_intro: bool = False
    list_shared_answer: bool = False
    # (1.3.0) a list answered by a numbered heading of requirements (二、下步工作要求) is answered by
    # all the paragraphs of that section
    list_answer_section: bool = False
    # (1.3.0) a list in running text ends at a sentence in which the inspecting party acts
    # (检查组现场对…下达整改通知书): that sentence answers the list, it is none of its problems
    list_ends_at_inspector_act: bool = False
    # (1.3.0) numbered areas among problems (（一）网站运维仍有不足。一是…二是…) each list theirs
    list_area_runs: bool = False
    # (1.3.0) a heading where 问题的 qualifies its handling (问题的处理及整改情况) heads measures
    handled_heading: bool = False
    # (1.3.0) a later list of what is still not rectified repeats earlier problems: it is their answer
    remainder_lists: bool = False
    # (1.3.0) a section of places, each with what was found there (三、各村情况 (一)詹桥村：…), after
    # the problems section: its items are findings too
    place_items: bool = False
    # (1.3.0) fewer fixes than problems, written as the 一是…二是 points of one paragraph (审计建议：
    # 一是…二是…): their numbers count points, not problems; only what they name pairs them
    points_pair_by_words: bool = False
    # (1.3.0) a list's numbered answer with fewer points than problems (一是…四是 answered by 一是…三是)
    # pairs by what the points name; a problem none names has no measure
    list_fewer_points: bool = False
    # (1.3.0) a long opening paragraph whose last clause announces what follows (…，现将督办问题通报如下：)
    # heads the section as a short lead-in does: that clause speaks for it
    long_lead_in_announces: bool = False
    # (1.3.0) A工地，黄土裸露。B小学，防尘网破损。C地块，…。 — three or more sentences or ；-clauses in a
    # row, each opening with a bare name and a comma, then its faults: one finding a site
    list_site_units: bool = False
    # (1.3.0) items of a check's results that found nothing wrong (体育设施坚固稳定。) are no findings
    clean_items: bool = False
    # (1.3.0) a lead-in announcing problems, then their names as numbered headings with nothing under
    # them, then a paragraph referring back (以上问题，…): the headings are the problems it answers
    problem_headings: bool = False
    # (1.3.0) 发现的问题有：A。B。C。 — an intro whose sentence is no list of its own lists the
    # sentences after it to the paragraph's end, when what follows answers them
    list_intro_sentences: bool = False
    # (1.3.0) 岗阳村发现A；榕树村存在B；协和村发现C。 — clauses that each name who or where and what was
    # found there are one finding each
    list_site_clauses: bool = False
    # (1.3.0) A；B；C。究其原因，… — a sentence of faults at ； whose causes the next one gives lists them
    list_referred_by_causes: bool = False
    # (1.3.0) a later paragraph under a label of its own listing cases at ；, each with how it stands
    # (群众较满意榜单：A已整改；B已维修；), is no answer to the list before it
    list_status_paragraphs: bool = False
    # (1.3.0) a measure label glued to an item's problem with no stop before it (问题1.…有差距整改情况：)
    glued_measure_label: bool = False
    # (1.3.0) under a problems heading, unnumbered lines each opening with a name and a colon (鼎山镇：…)
    # are one problem a line, or a point (光辉镇：一是…二是…)
    named_lines: bool = False
    # (1.3.0) a check's result items that praise, then turn to what falls short (…。但部分学校…不及时)
    contrast_items: bool = False
    # (1.3.0) a template site's name and address stamped at the end of content lines is cut from them
    site_marks: bool = False
    # (1.3.0) unnumbered lines in a row, each listing problems and ending in their status (，现已整改
    # 完毕。): a finding a line, the status clause its measure
    status_lines: bool = False
    # (1.3.0) 检查发现，A。 then B。 C。 a paragraph each, then 现对以上问题…: one problem a line
    found_lines: bool = False
    # (1.3.0) a copy with no site notice whose numbered lines run from the first and each break off
    # mid-sentence into the next: its numbers are pages, not items
    pages_unsigned: bool = False
    # (1.3.0) items that state a problem over several sentences, then turn to what was done with a
    # sentence pointing back at it (…成效不明显。针对此问题，我镇…): the answer starts there; an item of
    # such a run with no such sentence has none
    answer_inside_item: bool = False
    # (1.3.0) an inspecting body's items that state a problem, then require its fix in a sentence
    # of its own (…残缺不全。…。要在来车方向…设置…): the answer starts there, or at the turn inside
    # the first sentence (…不合理，要科学设置…); an item whose opening clause only requires is no
    # finding
    item_requirement_sentences: bool = False
    # (1.3.0) a response found inside a later paragraph of the last problem starts with that
    # paragraph when its first sentence already speaks to the problems
    response_from_paragraph: bool = False
    # (1.3.0) a section heading whose short title runs straight into 1、 (二、已做的工作1、…) is cut
    # before the item
    title_glued_items: bool = False
    # (1.3.0) a response word whose clause states a fault (…指导能力不强，) opens no response
    response_not_fault: bool = False
    # (1.3.0) a listed problem whose sentence turns to advice (…较多，建议清理) has it for its measure
    problem_own_advice: bool = False
    # (1.3.0) a problem of a list at ， that joins others at 、, each stating its own fault, is that
    # many problems
    comma_items_cut_faults: bool = False
    # (1.3.0) 存在A不规范，B瑕疵，C不规范等问题: a list inside a sentence that names its problems in
    # short phrases at commas
    list_comma_phrases: bool = False
    # (1.3.0) a page whose paragraph marks became one stray letter (…总结如下：Р1、…Р2、…) is read
    # with that letter as its line breaks
    letter_breaks: bool = False
    # (1.3.0) among items most of which go on to an answer, one that stops at its problem is a
    # finding without a measure (headed_items)
    bare_items_unanswered: bool = False
    # (1.3.0) a fix the reading holds as answering no problem (an unpaired measure) is accounted
    # for: counted once as unpaired, never again as an unexplained item or an orphan action
    unpaired_fixes_held: bool = False
    # (1.3.0) a numbered item that is only a title ending in a colon, over numbered points of a
    # deeper level, among items that state problems: its points are the problems
    title_items_points: bool = False
    # (1.3.0) a fix that opens on 针对 and a clause (针对屋顶漏雨，…) is paired by that clause's words
    fix_aimed_clause: bool = False
    # (1.3.0) clauses of sites (A存在…，B存在…) end at a clause that answers them (，针对存在问题已…)
    site_clauses_end_at_answer: bool = False
    # (1.3.0) a page of a sharing site that goes on with the list the page before left off (3、 4、)
    # is cut at its items as the first page was
    page_runs_resume: bool = False
    # (1.3.0) beside a problem column, a check's result column that orders or reports an act
    # (检查结果: 限期整改) is the row's measure
    table_result_measure: bool = False
    # (1.3.0) a numbered item of a table's result cell that turns to what is required (，建议：…)
    # has that for its measure
    table_item_answers: bool = False
    # (1.3.0) the lead-in right before a table that asks for the fixes (…，请…尽快整改：) answers each
    # row with no measure of its own
    table_lead_in_answer: bool = False
    # (1.3.0) a row short of cells, its problem cell empty and its last cell long, lost cells to a
    # cell spanning columns on its left: it is read from the right
    table_spanned_rows: bool = False
    # (1.3.0) titles over lists of problems: the last one, where the document ends, may hold only the
    # first item of its list (a page cut it off); the others still tell the titles are a group level
    lists_cut_at_end: bool = False
    # (1.3.0) the paragraph tags a page left in its text (<p class="…">, </p>, <br>) break lines
    html_breaks: bool = False
    # (1.3.0) … and a closing tag that lost its ``<`` to a mirror (…干净、/p> 为更好地…)
    html_clipped_tags: bool = False
    # (1.3.0) a ``?`` a mirror put for a character it could not encode, inside a word (龍?zhí)了…: a Han
    # character before, a letter after) ends no sentence
    lost_char_marks: bool = False
    # (1.3.0) a numbered item that lists its points after its name's colon on its own line
    # (3.某小区:(1)…;(2)…) is one item: its points are not cut into lines of their own
    item_inline_points: bool = False
    # (1.3.0) a field line of a record, 整改情况：已停业整改 after the record's 存在隐患： list, answers
    # every problem of that list with its own text
    record_answer_line: bool = False
    # (1.3.0) 一：总体情况 / 二：存在问题 / 三：工作要求 — headings numbered with a colon for 、, in a run
    # from 一, are numbered headings (colon_numbers)
    colon_numbers: bool = False
    # (1.3.0) 指出A有待加强，B有待完善，C有待提升。 then an answer: three or more short comma clauses,
    # each a fault, after the verb that points them out, are the problems (list_pointed_commas)
    list_pointed_commas: bool = False
    # (1.3.0) 发现A需要清理，B需要修剪，C破损等。: short phrases at commas that 等 closes are the
    # list's problems when one of them states a fault; the close vouches for the others
    list_closed_phrases: bool = False
    # (1.3.0) 存在的问题：一是A，二是B，三是C。 then an answer: 一是… written after commas, three or
    # more in sequence in one sentence, are the run of a list (list_comma_runs)
    list_comma_runs: bool = False
    # (1.4.0) 存在的问题有以下几个方面：一是A，二是B，三是C。 with no answer after it: a run whose
    # sentence opens on a problem intro and whose points state faults lists problems all the same
    list_comma_runs_introduced: bool = False
    # (1.4.0) a list nothing answers whose items mostly end in what each needs (档案资料需进一步完善):
    # the tail from the requirement word on is the item's measure (item_requirement_tail)
    list_item_requirements: bool = False
    # (1.4.0) 检查中发现：1、…；2、…。3、…: a numbered run right after what was found and a colon lists
    # the check's findings whatever their words, as a bare intro's do only when most state a fault
    list_found_colon: bool = False
    # (1.4.0) a line right under TAB-separated rows, its cells parted by runs of spaces instead, with as
    # many cells as the rows above, is a row of that table (tab_rows_spaced)
    tab_rows_spaced: bool = False
    # (1.4.0) a fix names the problem it answers by a quotation only in its opening sentence (关于
    # “…”的问题); one quoted later (严格执行“一函一单一票”制度) is its own words (fix_quote_in_opening)
    fix_quote_in_opening: bool = False
    # (1.4.0) 一、…二、…三、… then 四：…五：…: the colon numbers that go on a 一、 list are its items
    colon_numbers_go_on: bool = False
    # (1.4.0) among numbered findings each answered by the paragraph below it, an item whose words the
    # problem words miss but that has such a paragraph too is one of them (bare_items_answered_below)
    bare_items_answered_below: bool = False
    # (1.5.0) an item whose later sentence points back to it (…。针对这一问题，我局…) is a finding
    # whatever words its problem uses (answer_back_vouches)
    answer_back_vouches: bool = False
    # (1.5.0) an item whose rest opens on the field label its answered siblings' rests open on
    # (原整改措施：…) is answered as they are, however its answer reads (sibling_rest_labels)
    sibling_rest_labels: bool = False
    # (1.5.0) a table pasted one cell per line whose record holds one blank line: the blank is a cell
    # left empty (a measure not given), not a line to skip (blank_cells)
    blank_cells: bool = False
    # (1.5.0) a reading that cuts into clauses the problems of a reading whose every problem has its own
    # labelled measure does not compete with it (labelled_items_whole)
    labelled_items_whole: bool = False
    # (1.5.0) a TAB row whose cell opens on a quote runs on over the lines below until the quote closes,
    # as Excel copies a cell of several lines ("1.…\n2.…"); the quotes are no words of the cell
    tab_quoted_cells: bool = False
    # (1.7.0) a TAB row under the records whose filled cells are each a footer field (填表人：…\t审核人：…)
    # is the form's foot: it ends the table and is no record (tab_footer_row, pattern footer_field)
    tab_footer_row: bool = False
    # (1.11.0) a row of columns aligned with spaces whose every filled cell is a footer field (填表人：…
    # 联系电话：… 审核人：…) is the form's foot too: it ends the table and is no record (spaced_footer_row,
    # pattern footer_field)
    spaced_footer_row: bool = False
    # (1.5.0) a table row whose measures' cell is empty and whose other measure column says only that the
    # work goes on (整改中) has no measure (status_cell_alone)
    status_cell_alone: bool = False
    # (1.5.0) 下一步，… on a line of its own below the last item's fields is the document's closing, not
    # that item's answer (closing_paragraph_apart)
    closing_paragraph_apart: bool = False
    # (1.4.0) 问题1：… lines with no measure label anywhere, each followed by unlabelled lines of what
    # was done, are the findings, those lines their measures (problem_label_items)
    problem_label_items: bool = False
    # (1.4.0) the items of a closing section (四、保障措施 (一)…(三)) do not count when the level of a
    # document's findings is chosen (closing_items_apart)
    closing_items_apart: bool = False
    # (1.4.0) the reading of last resort of a letter answering its problems a paragraph each (letters)
    letter_paragraphs: bool = False
    # (1.4.0) 二、关于“…” / 关于“…” / 四、关于“…”: the unnumbered line between n and n + 2 that opens as
    # both do is item n + 1, its number left out (lost_numbers)
    lost_numbers: bool = False
    # (1.4.0) a fix whose opening names two problems (针对A和B问题) answers both (fix_names_two)
    fix_names_two: bool = False
    # (1.4.0) 一是…、二是… lines, each followed by a measure's label line (整改情况：…), are numbered
    # items (point_items)
    point_items: bool = False
    # (1.11.0) paragraphs opening 一是…, 二是… in sequence, no numbered line among them, each stating a
    # fault in its first sentence, are numbered items: the problem, then what was done (fault_points)
    fault_points: bool = False
    # (1.10.0) lines opened by a list's dash (- …) right under a lead-in or heading of problems (发现了
    # 以下问题：) are its problems numbered by position, each with its answer after it (problem_dashes)
    problem_dashes: bool = False
    # (1.10.0) 问题一：… lines each followed by a paragraph numbered again (1.…) with the same number in a
    # higher family: the paragraph is the problem's body, not a heading above it (renumbered_bodies)
    renumbered_bodies: bool = False
    # (1.4.0) 一、…四、 then 5.…: a numbered line going on a 一、 list in a family the list has not used is
    # its next item (numbers_switch)
    numbers_switch: bool = False
    # (1.4.0) an item that lost its measure label answers itself from a sentence pointing back (…。对此，
    # 我院已…), though its detail before names faults (lost_label_answer_back)
    lost_label_answer_back: bool = False
    # (1.4.0) a numbered line whose short title runs straight into its points (1、餐饮区(1)…。(2)…)
    # is cut before each point, on any page, not only one whose whole outline lost its breaks
    titled_points: bool = False
    # (1.4.0) 发现以下问题：A等问题；B；C。 — under an intro with a colon, a close that a ； follows
    # closes its own item, not the list: the list runs on to the sentence's end (list_item_closes)
    list_item_closes: bool = False
    # (1.4.0) a measure that opens inside a clause (…等三类问题|12个,涉及…) was cut at a word, not at
    # a break the writer made: the reading doubts itself (feature measures_mid_clause)
    measures_mid_clause_doubt: bool = False
    # (1.4.0) an item of the findings' level is accounted as causes only where its first sentence
    # names them (主要原因…。), not where the cause follows the problem (…不亮。(未修复原因：…)
    cause_in_first_sentence: bool = False
    # (1.3.0) one short title over two or more numbered items of a deeper family (一、重复收费 over
    # (一)…(六)) is a title, as several such titles are: its items are the problems
    lone_title_list: bool = False
    # (1.3.0) a lead-in right under a numbered title (一、泰山路 / 该处存在的问题：) ends with the
    # title's section
    lead_in_under_title: bool = False
    # (1.3.0) numbered items of another family under a lead-in of problems that no finding holds and
    # that state a fault are accounted as unexplained
    items_under_problem_leads: bool = False
    # (1.3.0) a problems section whose one sentence lists 一是…，二是… after commas has those points
    # for its problems
    problem_comma_points: bool = False
    # (1.3.0) a list of problems with no answer after it is answered by the paragraph right before its
    # heading that opens on the problems found and says what was done or is to be done (lead_answer)
    list_answer_before: bool = False
    # (1.3.0) aimed items written in a run of points (一是…针对…的问题，… 二是…): the next point of the
    # run ends the item before it, also when it names no problem in that way
    aimed_points_end: bool = False
    # (1.3.0) a line opening with who replies and a colon (惠济区回复：) labels the measure under a
    # complaint or question, as 整改情况： does (reply_label)
    reply_labels: bool = False
    # (1.3.0) labelled items under numbered titles, every title over exactly one item and none naming
    # an area (2.私自修建围墙。 over 存在问题：/整改措施：): each title is its finding's own, not a group
    single_item_titles: bool = False
    # (1.3.0) a list's first problem opening on 该场所/该单位 starts where its sentence names that unit
    # (…对A商场开展检查时发现，该场所存在…)
    back_unit_intro: bool = False
    # (1.3.0) a sentence that opens on the rule its act rests on and then acts (依据…规定，责令…:
    # basis_act) answers a list in running text, as an inspector's act does
    list_answer_after_basis: bool = False
    # (1.3.0) 发现的六大问题，分别是A、B、C: the items after an intro that names them problems one by
    # one are the problems whatever their words, as many as the intro counts (list_named_items)
    list_named_items: bool = False
    # (1.3.0) 但也存在一些问题：一是A，二是B，三是C。我们将继续…: a comma run under a problem intro is a
    # list when the writer's commitment follows it, and that commitment answers a list with no other
    # answer (list_writer_commitment)
    list_writer_commitment: bool = False
    # (1.3.0) 发现有A，有B，有C，执法人员依法下达整改通知书: short comma clauses after 发现 that end
    # where the inspecting party acts (in the sentence or the next) are its problems, one a clause
    list_found_before_act: bool = False
    # (1.3.0) 存在的主要问题是：A，B，C等问题。: short phrases at commas under a problem intro and closed
    # by 等问题 are its problems when one states a fault, as under 存在…等问题 (list_closed_phrases)
    list_intro_closed_phrases: bool = False
    # (1.3.0) the paragraphs right after a list's answer that open on an answer of their own (张峰对…
    # 提出五点要求：) continue it: several speakers answering in turn
    list_answer_speakers: bool = False
    # (1.3.0) the last item of a 、 list that joins two problems at 以及 (A、B未安装以及C等), the
    # first stating a fault of its own, is two problems (list_final_conjunction)
    list_final_conjunction: bool = False
    # (1.3.0) a list's shared answer in its own paragraph goes on into the next paragraph when that
    # one's first sentence tells of the rectification (接到…后，…高度重视…整改): answer_goes_on
    list_answer_goes_on: bool = False
    # (1.3.0) a listed problem whose sentence turns to what the inspector requires (，…必须…) has that
    # clause for its measure, as one turning to advice does (item_required)
    problem_own_required: bool = False
    # (1.3.0) a notice's closing line addressed to those inspected (望各位…及时进行整改) after its last
    # problem answers every problem of the list (closing_directive)
    list_closing_directive: bool = False
    # (1.3.0) an item left out of the findings that says what the inspection looked at (item_inspected)
    # is the work done (overview), not a problem the reading may have missed
    items_inspected_overview: bool = False
    # (1.3.0) points one a paragraph (一是…。 / 二是…。) after a paragraph whose last sentence finds
    # problems (…仍然存在一些薄弱环节。) are a list as if written in one paragraph; a next-step
    # paragraph after them (下一步，…) is their shared answer
    point_paragraph_runs: bool = False
    # (1.3.0) 三、存在问题及整改措施 over numbered one-sentence items, the page cut inside the last:
    # the items are problems, their answers lost to the cut
    mixed_cut_problems: bool = False
    # (1.3.0) a point of an aimed run that states its problem in sentences of its own (审计发现，A。
    # 针对相关问题，审计要求…) is an item: its finding up to the sentence that answers, its measure after
    aimed_points_items: bool = False
    # (1.3.0) a pipe-ended table of one cell per line whose header has no index column is read: the
    # header's width is where the first record's problem cell falls, or where its records repeat
    table_unindexed_cells: bool = False
    # (1.3.0) a column name that a single role already taken names (问题类别 after 新媒体类型) takes
    # the next role it names
    table_next_role: bool = False
    # (1.3.0) a row whose problem cell is a bare count (合计隐患 | 15个) is a total, not a finding
    table_total_rows: bool = False
    # (1.3.0) a measures section right after a table with no measure column (二、整改措施) answers
    # each row
    table_section_after: bool = False
    # (1.3.0) a pipe-bare table's row goes on over the pieces the body passes cut its line into (a
    # cell's numbered 1.…；2.…)
    table_cut_cells: bool = False
    # (1.3.0) a line closed by a pipe (存在问题 |) is a table's cell: never a section's heading nor an
    # item of a list of short lines
    pipe_cells_table_only: bool = False
    # (1.3.0) a listed problem whose sentence turns to what should be done (，应做到…) has that
    # clause for its measure, as ，…必须… does (item_required_should)
    problem_own_should: bool = False
    # (1.3.0) a closing sentence that refers back to the problems and asks for their rectification
    # (以上为…问题，望…整改) answers every problem of the list (closing_directive_back)
    list_closing_back: bool = False
    # (1.3.0) a list's response paragraph whose first sentence requires (督促…要…) answers from that
    # sentence, though its response word stands in a later one (answer_paragraph_requires)
    response_paragraph_requires: bool = False
    # (1.3.0) in a list whose items mostly advise or require their own fix (，建议…), an item that turns
    # to what is needed (，需要…: item_need) has that clause for its measure
    problem_own_need: bool = False
    # (1.3.0) a notice's cover letter: its 附件：title line heads nothing when the title stands again
    # below (attachment_line), and its request (cover_request) answers every problem of the list
    # attached
    cover_letter_answer: bool = False
    # (1.3.0) a numbered line that lost its full stop (…的情况，存在安全隐患), holding a clause break,
    # among numbered siblings that are sentences: a sentence too, no heading
    sibling_statements: bool = False
    level_holds_many: float  # a heading family holding several labelled segments is a group level
    level_holds_none: float
    # (1.3.0) a response word negated just before (未针对, 未按要求, 不符合要求) states a fault: it
    # opens no answer to a list
    list_response_not_negated: bool = False
    # (1.3.0) 其中：A；B；C。 after a sentence that found a fault (…存在迟到早退现象。): its clauses are
    # the problems
    list_detail_after_finding: bool = False
    # (1.3.0) 是否存在… asks what was checked: an opener under 是否 opens no list of problems
    list_opener_question: bool = False
    # (1.3.0) a page that lost all its breaks glued its outline together (【标题】一、…如下:二、自查情况1. …
    # (1)…。2. 管理制度(1)…三、整改措施…): the 一、 headings in sequence, and the first item glued to a
    # heading's short title, each open a line (glued_outline)
    glued_outline: bool = False
    # (1.3.0) a paragraph that is a whole page whose outline was glued together (glued_outline) is an
    # outline, read by the outline layouts: it holds no running-text list of problems
    list_skips_glued_outline: bool = False
    # (1.3.0) an answer the text's end cut before it said anything (cut_answer_silent) is no measure
    cut_answer_silent: bool = False
    # (1.3.0) the numbered items a measure label opens (整改措施：1.…；2.…；3.…) go on to their last
    # item, even where that item seems to head the findings after it (labeled_measure_lists)
    labeled_measure_lists: bool = False
    # (1.3.0) a sentence announcing measures (对此，我局将采取以下措施：) opens the measure where it
    # stands, inside the paragraph that states the problem too (measure_lead_ins)
    measure_lead_ins: bool = False
    # (1.3.0) a numbered heading with no sentence in it (一、关于…的问题) over the paragraph that states
    # the finding is the finding's title alone (heading_own_title)
    heading_own_title: bool = False
    # (1.3.0) in a measure's phrases, the person named to answer (责任人张华, phrase_person) is an owner
    # beside the unit (由计财股负责), and of several dates the one completing the work (…5月31日前完成,
    # deadline_completions) is the deadline, not a step's (一是5月底前…) (phrase_person_deadline)
    phrase_person_deadline: bool = False
    # (1.3.0) a findings table (序号 | 存在问题 | 整改措施 …) ends the paragraph findings it follows or
    # stands between: the measure before it stops there, and its rows are findings of their own
    # (table_ends_paragraphs)
    table_ends_paragraphs: bool = False
    # (1.3.0) a web page's pipe rows (| 5 | … |) neither tell a wrap width nor are joined as wrapped
    # lines, however alike their lengths (pipe_rows_unwrapped)
    pipe_rows_unwrapped: bool = False
    # (1.3.0) a second column naming the problem (反馈问题 | 问题具体表现) holds its detail: the row's
    # finding is both cells, not the first alone (table_detail_column)
    table_detail_column: bool = False
    # (1.3.0) a line above the title that only numbers an attachment (附件1) is no part of the title
    # (attachment_label_title; pattern attachment_label)
    attachment_label_title: bool = False
    # (1.4.0) when no layout reads a notice of an inspection told place by place (one paragraph, or
    # one item of a numbering, a place or an aspect, praise and faults side by side), the paragraphs
    # that state a fault seen are its findings, a sentence acting on it their measure (prose_observations)
    prose_observations: bool = False
    # (1.11.0) when no layout reads a revisit told in clauses at ；, each a site with what was wrong there
    # and how it stands (已修复 / 仍存在), the clauses are its findings, the part that acts their
    # measure (status_clauses; patterns status_done, status_open)
    status_clauses: bool = False
    # (1.11.0) a check of earlier problems told a line a site (1、甲广场（责任单位：…）：…等问题已按时整改到位。),
    # each line closed by how the site stands: one finding a line, a done status its measure
    # (site_status_lines; patterns status_done, status_open)
    site_status_lines: bool = False
    # (1.11.0) when no layout reads a survey told in notes labelled by what each tells the situation of
    # (垃圾桶配备情况：…。但部分垃圾桶破损。), three or more, each note stating a fault is a finding
    # (situation_notes; pattern situation_note_label)
    situation_notes: bool = False
    # (1.11.0) when no layout reads a notice naming in one sentence each unit with the numbers of its items
    # that lag (由甲局负责的第1件、乙局负责的第4、5件进展滞后，请以上责任单位…), each unit's entry is a
    # finding, the requirement after the shared fault the measure of every one (owner_item_runs; patterns
    # owner_item_entry, owner_items_requirement)
    owner_item_runs: bool = False
    # (1.5.0) a list in running text whose pieces at 、 hold commas of their own (A发现X、B，C发现Y、
    # D) is not parted at 、: the 、 joins words inside a clause that the commas cut across
    list_dun_across_commas: bool = False
    # (1.5.0) an observed paragraph's last clause that acts on what was seen after a comma (…存在损坏情况，
    # 希望能将…更新 / …卫生较差，已经提出整改要求) is its measure, as a sentence that does is
    # (observation_clause_acts)
    observation_clause_acts: bool = False
    # (1.6.0) a plain paragraph right after the last problem of a list that opens on the writer acting
    # (我局高度重视，立即督促整改…) answers every problem of the list (list_writer_answer; pattern
    # writer_answer)
    list_writer_answer: bool = False
    # (1.6.0) labelled items whose last section has no label because the text is cut inside it (its
    # last line stops mid-sentence), its heading a sibling of the labelled sections': its items are
    # findings, their labels lost to the cut (labeled_cut_section)
    labeled_cut_section: bool = False
    # (1.6.0) a short numbered line that names its item before a colon and states it after, to a
    # full stop (1、ND203实验室：…整改情况记录本未定期记录。), speaks for a section by its name only: the
    # words after the colon are the item's own (named_item_heading)
    named_item_heading: bool = False
    # (1.6.0) a last line of Latin letters only (Baidu, map) is a page widget's word: the trailing
    # signature above it is still found (trailing_latin_chrome)
    trailing_latin_chrome: bool = False
    # (1.7.0) a sentence between the first and the last finding that says what was found (发现/存在 A,
    # not 未发现) and states a fault, yet is held by no finding nor measure: an item the reading skipped,
    # left unexplained (unread_found_sentences)
    unread_found_sentences: bool = False
    # (1.7.0) a checklist's problem field that says there is none (存在问题：无。) opens no finding: the
    # area checked showed nothing to rectify (problem_field_none, pattern problem_none)
    problem_field_none: bool = False
    # (1.7.0) a letter's sign-off line (特此回复。) after the last item that names its problem (针对/对“…”
    # 的问题：…) ends that item: it is no part of its answer (aimed_sign_off, pattern sign_off)
    aimed_sign_off: bool = False
    # (1.7.0) unnumbered lines each followed (past its fields: 整改时限：…) by a measure label's line
    # (…问题。 / 整改情况：…), two or more, open findings as 问题：… lines do (lines_before_labels)
    lines_before_labels: bool = False
    # (1.7.0) … and such a sentence after the last finding, before the measures that follow it (or the
    # text's end): the reading stopped while the text still lists problems (unread_found_after)
    unread_found_after: bool = False
    # (1.7.0) an enumerated list in running text ends before a later sentence of its paragraph whose
    # first clause names problems and ends on a colon: another list opens there (list_ends_at_new_intro)
    list_ends_at_new_intro: bool = False
    # (1.7.0) items each opening on their problem whose answers each open on a written label (问题：…
    # 建议：…) are read whole: a reading that cuts their problems into clauses does not compete
    # (headed_labelled_answers)
    headed_labelled_answers: bool = False
    # (1.6.0) below an item's measure and its fields, a line opening on a label of its own (复查情况：…) is a
    # field the reader does not know, not more of the measure (label_after_fields)
    label_after_fields: bool = False
    # (1.6.0) 在检查中，发现A，B，C。针对以上问题，…: the clause before the verb of finding leads in to
    # the list the next sentence refers back to; it is none of its items (list_referred_from_opener)
    list_referred_from_opener: bool = False
    # (1.6.0) A公司…、…，B公司…，C公司未…，无…等问题: in a list at ， whose items open on units' names,
    # a clause naming no unit goes on the unit's item before it (list_unit_clauses)
    list_unit_clauses: bool = False
    # (1.7.0) a complaint and its reply each under a label line of its own (市民陈女士反映： over the
    # complaint, 市城投公司答复： over the reply): the complaint label opens a finding, the reply label
    # labels the lines below it as its measure (reply_label_lines; complaint_label, reply_label)
    reply_label_lines: bool = False
    # (1.6.0) an item of a list in running text that only counts problems (A共存在386处问题, 共占问题
    # 总量的54.72%) names none: it is no finding (list_tally_items)
    list_tally_items: bool = False
    # (1.6.0) 四、水电中心 / …未标注生产日期，请督促整改。 among sibling groups that number their items: a
    # group with one item writes it unnumbered, right under its heading (lone_group_item)
    lone_group_item: bool = False
    # (1.6.0) a listed problem that goes on to the order already given for it (…，我局已责令经营户限期
    # 整改) has that clause for its measure, as one that says it was rectified does (problem_own_order)
    problem_own_order: bool = False
    # (1.6.0) when every finding has a measure of its own, the unnumbered paragraphs after the last
    # of them that state no fault (经过整改，…得到了有效解决; 通过这个案例…) close the report: they
    # answer no problem the reading missed, none being left (orphans_after_answers)
    orphans_after_answers: bool = False
    # (1.6.0) a labelled group whose problems are a numbered list (审计指出：1.…；2.…) answered by a
    # numbered list after its measure label (整改情况：1.…；2.…), numbered from 1 in the same family
    # and no longer: each problem is a finding, answered by the measure of its number (numbered_answers)
    numbered_answers: bool = False
    # (1.6.0) a numbered line that goes on the list of its own family (（三） after （一）（二） under an
    # earlier 一、) keeps its family, though its value also follows the 一、 item above it (二、):
    # its list is numbered straight through the sections (numbers_own_run)
    numbers_own_run: bool = False
    # (1.6.0) where two thirds of the findings or more have their fix read, the acts of a section
    # headed as next steps (三、下半年工作打算) are later plans, no fix the reading missed
    # (orphans_next_steps_answered)
    orphans_next_steps_answered: bool = False
    # (1.7.0) an item of the findings' own level standing inside their run (after the first finding,
    # before the last) that names a fault and that the reading neither takes nor explains: a
    # finding it skipped, which the trust weighs as a doubt of its own (skipped_fault_doubt)
    skipped_fault_doubt: bool = False
    # (1.7.0) a heading or lead-in that opens by referring back to what was listed (针对上述问题，我园已
    # 制定整改方案，并立即组织实施：) opens the measures answering it, never problems or organisation
    # (referring_lead_in_answers; pattern answering_lead_in)
    referring_lead_in_answers: bool = False
    # (1.7.0) problems answered by fixes numbered alike, every fix but the last naming its own problem in its
    # opening: a last fix whose opening shares no word with any problem (（五）各中队要举一反三…) is a
    # general measure, not the last problem's answer by its number alone (last_fix_general)
    last_fix_general: bool = False
    # (1.7.0) a measure that only says the item is not yet rectified, with at most its cause (整改进展：暂未
    # 整改。主要原因是…), states no act: the finding has no measure (measure_not_done)
    measure_not_done: bool = False
    # (1.9.0) in a run of items answered inside (…堵塞疏散通道。社区于11月19日组织…), an item whose
    # answer opens on no such sentence, yet whose first sentence states its problem (or the lead-in
    # counted it) and whose rest acts or requires (…淡薄。社区将持续加大…), has that rest for its
    # measure, as its siblings do (inside_rest_answers)
    inside_rest_answers: bool = False
    # (1.7.0) an item whose own paragraph goes on stating its problem, with deeper numbered points under it
    # that act (（一）…不规范。2024年…低于…要求。 / 1.制定…): the paragraph is the problem, the points its
    # measures (problem_paragraph_measures_below)
    problem_paragraph_measures_below: bool = False
    # (1.7.0) under a problems heading that names what to improve (不足及需要改进之处: advice_heading)
    # with nothing answering its list, items that mostly say what should be done (…区域应具体划分落实
    # 到人 / 加强对…的管理) are each their own measure, from the 应 on or, opening on the act, whole
    advice_heading_items: bool = False
    # (1.8.0) a line opening on ``N.`` glued to a figure and its word (3.2名从业人员…, 6.2组…), between
    # the items N-1 and N+1 of a list numbered 1. 2. …, is item N whose words open on the figure, not
    # the number N.M (number_glued_count)
    number_glued_count: bool = False
    # (1.11.0) a line's ``N.`` glued to a building's or a device's number and its sign (1.3#楼外脚手架…,
    # 2.5#塔吊…) is item N too, and lines so glued that run on into item N+1 of the list (1.3#… 2.5#…
    # 3.…) are its items 1 and 2, read from the list's next item back (number_glued_sign)
    number_glued_sign: bool = False
    # (1.8.0) in a table of one cell per line, a run of blank lines inside a record is as many cells left
    # empty side by side (6 / 阵地作用发挥不够 / (blank) / (blank) / 2025年12月底), not one (blank_cell_runs)
    blank_cell_runs: bool = False
    # (1.8.0) in a table of one cell per line, a line opening on a note's or a form's footer label (备注：…,
    # 填表人：…) right after a full record ends the table: it is no spill of the last cell (cell_table_foot;
    # patterns table_note, footer_field)
    cell_table_foot: bool = False
    # (1.8.0) lines that are only an item's name and number (任务一 / 第1项), two or more numbered from 1
    # in sequence, each over the item's labelled fields, head the items as numbered headings do
    # (bare_item_names; pattern bare_item_name)
    bare_item_names: bool = False
    # (1.8.0) a numbered problems section (二、存在问题) that holds text: lists in running text none of
    # which stands inside it (a work section's 对发现的A、B等问题，及时…) do not read the document's
    # problems, the section does (lists_outside_problems_section)
    lists_outside_problems_section: bool = False
    # (1.8.0) a reading with one fix of its own among findings without one: that fix is crosswise when
    # it shares more words with another finding's problem than with its own, as with two fixes or more
    # (crosswise_single_fix)
    crosswise_single_fix: bool = False
    # (1.8.0) below a table pasted one cell a line, a line of notes or the form's foot (备注：…, 注：…,
    # 填表人：…) once the last record has all its cells ends the table: not that record's last cell
    # run on (cell_table_notes_end; patterns table_notes, footer_field)
    cell_table_notes_end: bool = False
    # (1.8.0) a sentence before the first finding, in the paragraph the first finding is cut from, that
    # says what was found and states a fault (…发现其中一台…存在漏油问题。随后…发现A、B等问题): an item
    # the reading skipped, left unexplained, as one between its findings is (unread_found_before)
    unread_found_before: bool = False
    # (1.8.0) a finding of a few words that names no fault and opens on a clause's examples (…现象，如|
    # 东菜市场和西菜市场: pattern example_opener) is a fragment cut off as an item, as a tiny finding is:
    # the trust doubts the reading (faultless_fragments)
    faultless_fragments: bool = False
    # (1.8.0) under a labelled problem (发现问题：…) with no measure label anywhere, a first line below it that
    # opens on the label the line before the first problem opened on, less its ordinal (点位二： as 点位一：),
    # leads in to the next unit: it is not the problem's answer (problem_label_lead_ins)
    problem_label_lead_ins: bool = False
    # (1.8.0) an item of a list inside a paragraph that states an observed fault (乱堆乱放, 私搭乱建, 随意
    # 堆放) states a fault as one naming 不到位 or 未… does (list_observed_faults; pattern observed_fault)
    list_observed_faults: bool = False
    # (1.8.0) fixes whose openings each name their problem (针对…问题，…), but one that names none
    # (（一）提高思想认识。…): that one is a general measure, never the answer of the problem left
    # unanswered by elimination (left_fix_unnamed_general)
    left_fix_unnamed_general: bool = False
    # (1.8.0) one response to every problem (针对以上问题，…要求：) that lists points of its own
    # (第一、…第二、…), most naming a problem: each point answers the problem it names, not all
    # (response_points_named)
    response_points_named: bool = False
    # (1.8.0) a numbered line of clauses stated to its full stop, no colon naming it, beside a sibling
    # that is a sentence (4. 后续将加大检查频次，对…的问题进行通报批评。): a sentence, no section
    # heading, whatever problem word it holds (sibling_statement_stopped)
    sibling_statement_stopped: bool = False
    # (1.8.0) under a requirements heading, as many numbered requirements as problems, none naming a
    # problem in its opening (1. 各部门负责人应高度重视…): requirements for them all, not one answer each
    # by number (requirements_none_named)
    requirements_none_named: bool = False
    # (1.9.0) an outline numbered by dotted numbers (2 自查发现的问题 / 2.1 …方面 / 2.1.1 …), each
    # line's parent and elder sibling before it: each depth is a level of its own (decimal_outline)
    decimal_outline: bool = False
    # (1.9.0) a response whose clauses each open on the problem they answer (对…的问题，…；对…的问题，…):
    # each clause answers the problem it names, none the problems it does not name (named_clause_points)
    named_clause_points: bool = False
    # (1.9.0) pairing leaves out the words every problem says (望江社区：…, 城南社区：…): they name none of
    # them, and a fix saying only those (各社区要…) names no problem (common_words_unshared)
    common_words_unshared: bool = False
    # (1.9.0) the reading doubts itself when every finding is titled by the problems in general
    # (一、审计反映问题整改责任落实情况 / 二、审计反馈问题整改完成情况: sections on the work, generic_titles_doubt)
    generic_titles_doubt: bool = False
    # (1.9.0) the reading doubts itself when the text before its first finding counts the problems, ten
    # or fewer (通报指出我乡存在5个问题), and it holds fewer than half of them (announced_shortfall_doubt)
    announced_shortfall_doubt: bool = False
    # (1.9.0) the reading doubts itself where its own parts show a cut it missed: a problem holding a
    # lead-in to measures (…不到位；采取的具体措施如下：一、…), a measure holding a lead-in to problems
    # (…已得到整治。尚未整改到位的主要问题有：…), a finding listing points (一是…二是…) beside findings
    # that are points of their own, a measure that gives only a cause (…所以没有及时记录) (shape_doubt)
    shape_doubt: bool = False
    # (1.9.0) an item with no measure whose last sentence turns, after a comma, to what the writer has
    # done (…目录更新需等待统一升级，我院已向县局反映。): that clause on is its answer
    # (writer_clause_answer_back; pattern item_answer_writer_clause)
    writer_clause_answer_back: bool = False
    # (1.9.0) a line no finding holds says something is done in a finding's own words (…，甲村村委会院内
    # 环境卫生已整治完成。) while that finding shares its measure with others: its own answer went
    # unread, a doubt of the reading's shape (named_orphan_doubt, feature shape_doubts)
    named_orphan_doubt: bool = False
    # (1.9.0) fixes numbered as the problems' groups are, one for each group in the groups' order
    # ((一)…方面 over 1.… 2.…, then 意见建议 (一)… (二)…): each fix answers every problem of its own
    # group, not the one problem its words name (fixes_answer_groups)
    fixes_answer_groups: bool = False
    # (1.9.0) short clauses at ， after the verb that points them out (暗访发现5人上班早退，1人上班时间看
    # 电影，1人…), each opening on a count of whom or what was found and none a tally: what was found of
    # each is its fault, whatever its words; the count's figures state it too, no tiny finding
    # (list_counted_clauses; pattern counted_subject)
    list_counted_clauses: bool = False
    # (1.9.0) a fix whose opening names the numbers of two or more problems (对第1、2项问题，…; 针对问题3、4，…;
    # 第1至3项问题) answers each of them, the other fixes paired as before (fix_names_numbers; pattern
    # fix_number_list)
    fix_names_numbers: bool = False
    # (1.9.0) a TAB row that stops after its first cells, right above a line that opens on one TAB (an
    # empty first cell) and holds the cells it lacks: one row whose cell wrapped, as a sheet pasted with
    # a line break in a cell shows (1\t问题… / \t措施…\t责任人\t时限), not two (tab_row_wrapped)
    tab_row_wrapped: bool = False
    # (1.9.0) plain paragraphs each opening on the problem it tells by its spoken ordinal (第一个问题，是…
    # / 第二个问题，是… / 另外，… / 最后一个问题，是…), numbered by no enumerator: each is an item
    # numbered in its run (spoken_problem_ordinals; pattern spoken_problem_opener)
    spoken_problem_ordinals: bool = False
    # (1.9.0) problems numbered by dotted numbers (2.1.1 …) and fixes whose opening names one (3.1 针对2.1.1，…):
    # each such fix answers the one problem numbered so, before any pairing by words (fix_names_dotted;
    # pattern fix_dotted_reference)
    fix_names_dotted: bool = False
    # (1.9.0) a problems section whose one paragraph lists its faults as clauses at ；, three or more
    # (A，B；C；无D。), numbered nowhere: each clause is a problem, the paragraph's later sentences its
    # last clause's (clause_problems)
    clause_problems: bool = False
    # (1.9.0) a numbered section heading (三、措施) over a run of its own family that starts again at one
    # (一、…二、…三、…四、…): the run is the section's own list, not the document's next sections
    # (restarted_run_inside)
    restarted_run_inside: bool = False
    # (1.9.0) the one fix the words leave unpaired, naming no problem where every other opens on the
    # problem it answers (针对…问题，… / 4、加强政策学习培训), is a general measure its number does not pair
    # either (unnamed_fix_unnumbered; needs left_fix_unnamed_general)
    unnamed_fix_unnumbered: bool = False
    # (1.9.0) a TAB row that stops on a filled cell, short of the table's widest row, then a line (no
    # TAB before its words) holding the rest of that cell and the cells the row lacks: a line break inside
    # the cell (1\t问题\t1.措施…； / 2.措施…\t责任人\t时限), one row, not two (tab_cell_wrapped)
    tab_cell_wrapped: bool = False
    # (1.9.0) a problem no fix answers takes a paired fix one of whose later clauses (after 。 or ；) names it
    # more than any other problem and shares no word with the fix's own (…调整作息时间；要建立作业公示制度):
    # one requirement covering two problems (fix_clause_answers)
    fix_clause_answers: bool = False
    # (1.9.0) a paragraph after a list holding two or more clauses that each open on the problem they
    # answer (目前整改情况如下：对A的问题，…；对B的问题，…) answers the list, no response word needed
    # (named_clauses_answer; needs named_clause_points)
    named_clauses_answer: bool = False
    # (1.9.0) two or more findings that refer to a problem by name (对…的问题，) name back items of a run
    # listed in a paragraph before them that the reading leaves unread (一是A；二是B；三是C。 then
    # 对B的问题，…；对C的问题，…), and an item of it is named by none: the answers were read as the
    # problems, a doubt of the reading's shape (listed_unnamed_doubt, feature shape_doubts)
    listed_unnamed_doubt: bool = False
    # (1.9.0) a table whose columns are parted by runs of spaces that do not line up (序号   存在问题
    # 整改措施 …, then one line a row, its cells parted as the header's, an empty cell a longer run):
    # a row the header's columns would merge is read cell by cell in order (spaced_cells_in_order)
    spaced_cells_in_order: bool = False
    # (1.10.0) a fixes section of unnumbered lines, two or more, each opening on the number of the problem
    # it answers (针对问题1：… / 针对问题2：… / 针对问题5：…): each such line, with the lines after it that
    # cite none, is one fix numbered as it cites (fix_lines_cite_numbers; pattern fix_cited_opening)
    fix_lines_cite_numbers: bool = False
    # (1.10.0) fixes that each cite the numbers of the problems they answer, in their opening (针对问题5：…)
    # or in a closing bracket (…（对应问题3、6）), two or more: each answers the problems it cites and no
    # other, whatever its place or its words; a problem none cites has no measure; a fix citing every
    # problem of the list, three or more (（对应问题1至6）), is a general one and answers none of its own
    # (fixes_cite_numbers; patterns fix_cited_opening, fix_cited_closing)
    fixes_cite_numbers: bool = False
    # (1.10.0) in a table with a measure column, a status column's cell that tells what was done, more
    # than a bare status (整改结果及佐证材料: 已完成。4个项目已补办审批手续; not 已清理, 整改中): part of the
    # row's measure after the measure column's cell, a status field still (result_cell_measure)
    result_cell_measure: bool = False
    # (1.10.0) a sentence telling of a drive or a check aimed at problems listed at 、 between 对 and 等问题
    # (…对A、B、C等问题开展专项整治行动), one of them stating a fault, lists them (list_targeted_problems;
    # pattern list_targeted)
    list_targeted_problems: bool = False
    # (1.10.0) a list's answer written as one whole, no points of its own, whose clauses (at 。 or ；) each
    # name one problem of the list (…清理沿路小广告。…对路面坑洼地段进行修补。): each problem takes the
    # clauses that name it, a problem none names has no measure (list_answer_clauses_by_words)
    list_answer_clauses_by_words: bool = False
    # (1.10.0) a list between its opener and 等问题 at ， whose 、 join words inside some clauses only (审计发现
    # A落实不到位，B认定不精准、超标准，C未招投标等问题): the commas, three pieces or more, part the list
    # (list_commas_part_clauses)
    list_commas_part_clauses: bool = False
    # (1.9.0) a fix that acts on a person or unit (对刘丽萍进行批评教育) answers the one problem naming
    # it, before any pairing by words or numbers: a notice's handling of each case (fix_names_target;
    # pattern fix_action_target)
    fix_names_target: bool = False
    # (1.10.0) points numbered inside a paragraph (一是…二是…) that nothing after them answers, two or more
    # of which state their problem in a first sentence and go on, in the next, to what was done
    # (…欠缴1.6万元。承包户已于9月交清…; …流于形式。对这个问题，我们召开了…): that sentence on is the
    # point's answer (inline_point_answers)
    inline_point_answers: bool = False
    # (1.10.0) numbered cases each stating its problem (…玩手机问题。) and going on to the day and hour it was
    # seen (12月20日16:40，该中心…), no act among them, then an unnumbered paragraph that requires (各地…必须…
    # 采取切实有效措施): each case is its whole item, and that requirement answers them all
    # (observed_cases_required; pattern observed_time_opener)
    observed_cases_required: bool = False
    # (1.10.0) findings told unit by unit, each unit a block its label opens, one finding a unit whatever
    # clauses its faults hold, a closing paragraph answering them all (unit_blocks): paragraphs opening
    # on a unit and its faults' label (甲小区存在的隐患：a；b。: unit_fault_paragraphs), blocks from a
    # point's heading to what was found there (点位一：… / 发现问题：…: unit_point_headings), records from a
    # unit's name field to its fault field, one finding a number inside it (场所名称：… / 隐患情况：1.… 2.…:
    # unit_record_fields)
    unit_fault_paragraphs: bool = False
    # (1.10.0) a visit told as a log of clock times (10:30，…；10:40，…) after an opening naming it: each
    # entry not telling of things in order is a finding, whatever words it uses for the lapse
    # (timed_log_entries; patterns log_time_entry, post_kept)
    timed_log_entries: bool = False
    # (1.10.0) a notice of one task's rectification in sections (一、整改任务 / 二、整改措施 / 三、整改完成情况):
    # the task's paragraph is the finding, each of its cases parted by semicolons after a first sentence one,
    # and the measure sections after it answer every finding (task_sections)
    task_sections: bool = False
    # (1.10.0) a table that lost its markup, its column names at the end of a line (… 序号 具体点位 存在问题
    # 整改责任单位) and each row a paragraph opened by its number (1 某网吧 …): each numbered problem of a
    # row is a finding, a row with none one finding, a closing bracket telling what was done its measure
    # (row_paragraphs)
    row_paragraphs: bool = False
    # (1.10.0) units listed under the fault they share (…登记上报不到位药店：), a line each with the action
    # taken after spaces (某某药店 停业整顿10天; 警 告): each unit a finding, its action its measure
    # (sanction_rows; pattern site_act)
    sanction_rows: bool = False
    unit_point_headings: bool = False
    unit_record_fields: bool = False
    # (1.10.0) an assessment told place by place, three paragraphs or more each opening on the place's
    # name and a colon (鲤城区：整体情况一般。…未整改。), no numbered line before: one finding a place
    # (unit_named_paragraphs; pattern unit_name_label)
    unit_named_paragraphs: bool = False
    # (1.10.0) one paragraph telling a notice's findings place by place, three or more, each place's
    # sentences opening on its name and the part at fault (甲省部分企业…；乙市个别街镇…): one finding a
    # place, a clause of what the inspectors did (其中2家被责令停产整顿) its measure (unit_place_sentences;
    # patterns place_sentence_opener, unit_act_clause)
    unit_place_sentences: bool = False
    # (1.10.0) a notice naming the units it checked, a paragraph each opening on the unit and the count of
    # what was found (甲医院经查存在82项问题，…), three or more: one finding a unit, what the unit itself did
    # (…，但该院自查自纠退回…) its measure, none where it returned nothing (unit_checked_paragraphs; patterns
    # unit_checked_opener, unit_own_answer, nil_amount)
    unit_checked_paragraphs: bool = False
    # (1.10.0) a section heading whose short title runs straight into （一） (二、存在问题及整改情况（一）…)
    # is cut before it and before the （二）… that follow in sequence (title_glued_groups)
    title_glued_groups: bool = False
    # (1.10.0) under 存在问题及整改情况, area items (（一）政府网站方面。…) whose sentences or points
    # (一是…) each state a fault and end on its status (…，已及时更新。): each sentence or point is a
    # problem, its status clause its measure (mixed_status_points; pattern point_status)
    mixed_status_points: bool = False
    # (1.10.0) the share of the body the findings explain is taken of what the reading does not account
    # for as no finding: sections on the work done, the overview or the plans, items named not findings
    # with a reason, headings with a role, sentences that state no fault of their own (coverage_accounted;
    # pattern overview_section_heading)
    coverage_accounted: bool = False
    # (1.10.0) problems in numbered groups of points (1. 消防安全隐患排查…：(1)…(5) / 2. 消防安全管理制度
    # (1)…(4)) and fixes numbered alike, each group of fixes with as many points as its group of problems:
    # the points pair one for one, a further group of fixes answers none in particular
    # (parallel_point_groups)
    parallel_point_groups: bool = False
    # (1.10.0) a finding that is a title alone (（一）关于…问题) over a paragraph that tells the problem again
    # (巡察指出，…) and then answers it (对此，… / 目前已…): the restatement is the finding's, the answer from
    # there its measure (title_restated_problem; patterns restated_problem, restated_answer)
    title_restated_problem: bool = False
    # (1.10.0) an item told in one sentence whose clause turns from the problem to the writer's answer
    # (…出现裂缝，我们已于11月10日请施工队拆除重砌, …的要求，此问题已整改到位): the problem stops at that
    # clause, the answer runs from it (item_answer_clause; pattern item_answer_clause)
    item_answer_clause: bool = False
    # (1.10.0) a problems section (二、回头看中新发现的问题) with no measures heading after it, whose items each
    # go on after their first sentence to an act (…没有正式发票。已要求施工方…): each item is a finding
    # answered inside, not a problem whose fix stands elsewhere (problems_answer_inside)
    problems_answer_inside: bool = False
    # (1.10.0) a numbered title that names a fault itself (1.网络拓扑结构不合理), not an area (…方面), over
    # unnumbered lines that each state a problem: the title is one finding, the lines its sub-points
    fault_title_holds_lines: bool = False
    # (1.10.0) under a problems heading, a numbered title that names a place and no fault (2、办公楼二楼)
    # over two or more short unnumbered lines (财务室：防盗门): each line is one problem
    place_titles_hold_lines: bool = False
    # (1.10.0) a notice told unit by unit (沙河村：…；), some units' lines followed by a line labelled as
    # their problem (存在的问题：…): each unit with that line is one item, a unit only praised none
    unit_lines_problem_labels: bool = False
    # (1.10.0) items numbered as the problems are, under a numbered section whose heading's last clause
    # names the causes (二、…我校即刻召开校委会深刻剖析原因。 over 1、…意识淡化 2、…): the causes of what was
    # found, no problem the reading missed (cause_section_items)
    cause_section_items: bool = False
    # (1.10.0) a page that starts mid-document on a list's first item (1、…), its items numbered on in
    # sequence (2、护理部存在的问题…), up to a higher heading of problems numbered on ((二)…存在的问题): the
    # first group's heading was on the page before; those items are its problems (headless_first_group)
    headless_first_group: bool = False
    # (1.10.0) a paragraph right after one whose list was read, both opening on what a check found
    # (教学秩序检查中发现，), that finds one fault in its first clause and requires or acts in the next
    # (…没有到教务处备案，各学院要加强…): a problem of its own, the rest its answer (found_single_sibling)
    found_single_sibling: bool = False
    # (1.10.0) an inspection told in blocks its ordinal words open (首先，… 其次，… 最后，…), each what was
    # checked, what was found (发现…) and what is to be done (我们将…): each block that found a fault is a
    # finding, its answer the measure; a block that found none is no finding (ordinal_blocks)
    ordinal_blocks: bool = False
    # (1.10.0) items listed ahead (存在以下三项情况：1、关于…问题。2、…), each told again word for word by a
    # later item of another family with its answer below (一、关于…问题。 / 今后，我局将…): the later ones
    # are the items (previewed_list_apart)
    previewed_list_apart: bool = False
    # (1.10.0) an area's one paragraph in which two or more sentences each state a fault and name how many
    # units share it (…等15家单位…存在错敏词。…等6家单位未及时更新…。): one problem a sentence, the summary
    # before them opening the first (unit_count_sentences; pattern units_counted)
    unit_count_sentences: bool = False
    # (1.10.0) trust: a reading none of whose findings has a measure doubts its shape when a problem tells
    # what was done or promised about it (虽经…已…修缮，但…; 力争于本周内解决) or is the check's own account
    # (…对全省景区进行了检查) (acted_problems_doubt; pattern problem_acted)
    acted_problems_doubt: bool = False
    # (1.10.0) trust: in telling whether a fix speaks of its own problem or another's, the words half the
    # problems or more say (the report's topic, 文化) name none of them (crosswise_topic_words)
    crosswise_topic_words: bool = False
    # (1.10.0) trust: a reading doubts its shape when a measure several findings share names by number the
    # problems it answers (针对问题1：… 针对问题5：…), two or more, and not one sharing it
    # (numbered_answers_gap_doubt; pattern problem_number_ref)
    numbered_answers_gap_doubt: bool = False
    # (1.10.0) trust: a reading doubts its shape when, beside findings with a measure, one without goes on
    # to what the writer did or will do about it (…向外倾斜，我们已于11月10日请施工队拆除重砌)
    # (answer_inside_doubt; pattern writer_act_inside)
    answer_inside_doubt: bool = False
    # (1.10.0) trust: a reading doubts its shape when a measure opens on the problem as the inspecting
    # body pointed it out (巡察指出，…): the restated problem was read as the answer (restated_measure_doubt;
    # pattern pointed_out_opening)
    restated_measure_doubt: bool = False
    # (1.10.0) trust: a reading doubts its shape when a finding's status, outside its measure, tells what
    # was done (已完成。清查资产143处…) on the measure's row line: a result column left out of the answer
    # (result_outside_doubt; pattern action_words)
    result_outside_doubt: bool = False
    # (1.10.0) trust: a reading doubts its shape when a measure cites the numbers of the problems it
    # answers (…（对应问题3、6）) and the findings holding it are others (cited_numbers_doubt; patterns
    # fix_cited_opening, fix_cited_closing)
    cited_numbers_doubt: bool = False
    # (1.11.0) trust: a reading doubts its shape when one measure three findings or more share names the
    # matter of some in their own words and of others in none (要求进一步健全服务内容、加大经费投入 shared
    # by 服务内容单一 and 宣传橱窗缺少) (shared_answer_uneven_doubt)
    shared_answer_uneven_doubt: bool = False
    # (1.10.0) a found list with no close of its own: the clause right after 发现 (检查发现，所有站点均
    # A、B、C；…) cut at 、 into three or more pieces, most stating a fault, is the list; the sentence's
    # next clause is no problem of it (list_found_dun_clause)
    list_found_dun_clause: bool = False
    # (1.10.0) the opening counts the problems (指出了5个方面的问题) and sections stand between it and the
    # list (一、整改目标 … 二、问题及整改措施): the first run of the finding level, exactly that many from 1,
    # is what it counted (announced_count_carried)
    announced_count_carried: bool = False
    # (1.10.0) a list's response whose lead-in ends in a colon (针对以上问题，…现将整改情况说明如下：) over
    # paragraphs numbered in sequence ((一)关于…问题。… (二)…): every paragraph of the run is its answer,
    # not the first alone (answer_lead_in_points)
    answer_lead_in_points: bool = False
    # (1.10.0) a scan's first heading whose numeral was read as a dash ((—) over (二) (三) …) is read as
    # the (一) it stands for, where the second of its family follows (ocr_dash_numerals; pattern
    # ocr_dash_one)
    ocr_dash_numerals: bool = False
    # (1.10.0) an item that opens by naming its problem and turns at a comma to the answer (针对…的问题，
    # 学校于8月底…): the named problem is the finding, the rest its measure, whoever acts (problem_named_lead;
    # pattern named_problem_lead)
    problem_named_lead: bool = False
    # (1.10.0) an item told as the writer's acts whose last clause names the problem they solved (我们组织…，
    # 解决了…的问题。): that problem is the finding, the acts before it its measure (problem_named_last;
    # patterns writer_act_opening, solved_problem_last)
    problem_named_last: bool = False
    # (1.10.0) trust: a reading doubts its shape when a heading it took for a group over findings is
    # numbered in their own family, one before the first of them ((二) over (三) (四) …): a sibling item
    # read as their heading (sibling_group_doubt)
    sibling_group_doubt: bool = False
    # (1.10.0) trust: a reading doubts its shape when, beside findings with a measure, one without opens as
    # an answer does: on the problem it answers (针对…的问题，学校于…) or on the writer acting (我们组织…)
    # (answer_opening_doubt; patterns named_problem_lead, writer_act_opening)
    answer_opening_doubt: bool = False
    # (1.10.0) trust: a reading doubts its shape when a section it heads as problems (二、…新发现的问题)
    # holds numbered items of its own none of which a finding holds (unread_problems_doubt)
    unread_problems_doubt: bool = False
    # (1.11.0) numbered problem labels glued into one paragraph (…类问题1：…。成因：…。问题2：…), a run of
    # two or more in sequence, each open a line (problem_label_runs; pattern problem_number_label)
    problem_label_runs: bool = False
    # (1.11.0) such a run in a later paragraph may go on from the number after an earlier paragraph's run
    # (（一）…方面。问题（1）：…。问题（2）：… then （二）…方面。问题（3）：…。问题（4）：…)
    # (problem_label_runs_resume)
    problem_label_runs_resume: bool = False
    # (1.11.0) numbered problems sharing one measure that answers them clause by clause, each clause
    # opening on the problem it cites (对问题（1），…；对问题（2），…), each take their own clauses
    # (shared_measure_cited; pattern fix_cited_problem)
    shared_measure_cited: bool = False
    # (1.11.0) an item's rest that opens on a cause label (成因：…) tells why the problem arose: it is
    # no answer to it (cause_label_rest; pattern cause_label)
    cause_label_rest: bool = False
    # (1.11.0) a list not numbered (A、B、C等问题) whose answer the page cuts inside its points (一要…, 一是…)
    # before there is one a problem pairs them by number, as a numbered list does: the first point
    # answers the first problem, the problems after the cut have none (list_cut_points_unnumbered;
    # pattern answer_first_point)
    list_cut_points_unnumbered: bool = False
    # (1.11.0) audit results told in clauses, each a problem with its figure and, after the figure's
    # comma, what became of it (…少提取助学金2800万元，已按要求补提…；…学费89万元，已全部整改到位。):
    # each clause a finding, its status the measure, in a run of paragraphs of such clauses only
    # (layout audit_clauses; pattern audit_reported)
    audit_clauses: bool = False
    # (1.11.0) a check's result column (检查结果: 发现问题已责令整改) is a row's measure only where no column
    # holds the measures (处理情况): beside one, it states the verdict, not what was done
    # (table_measure_over_verdict)
    table_measure_over_verdict: bool = False
    # (1.11.0) a table row whose problem cell holds only a mark for nothing (/, —) found no problem: it
    # is no finding (table_no_entry_rows; pattern cell_no_entry)
    table_no_entry_rows: bool = False
    # (1.11.0) a row of a table parted by runs of spaces that ends on such a run has its last cell empty
    # (…  油烟净化设施未安装␣␣): read in order, it is one cell short of the header no more
    # (spaced_trailing_empty)
    spaced_trailing_empty: bool = False
    # (1.11.0) a last fix of the whole (举一反三, general_fix) whose opening shares with the problems fewer
    # words than pair a fix (min_similarity: 各乡镇 beside 部分乡镇) names none of them: it is no answer of
    # the last problem by its number (last_fix_general_slight, with last_fix_general)
    last_fix_general_slight: bool = False
    # (1.11.0) in an outline numbered the engineers' way (decimal_outline), an item whose next line is its
    # first child (2.1 then 2.1.1) is a problem answered by its children, whatever their words, and counts
    # as one when the level of the items is chosen (outline_children_answer)
    outline_children_answer: bool = False
    # (1.11.0) a measure that holds nothing but brackets of fields past its number (3.2.1 （责任人：…；
    # 时限：…）) names who and by when, and no measure: the finding keeps the fields and has none
    # (fields_only_measure)
    fields_only_measure: bool = False
    # (1.11.0) a table's row holding only a bare number and a name (1 | 预算执行方面 | | |), the rows under it
    # numbered as its children (1-1, 1-2), heads them: it names their group and is no finding
    # (table_group_rows; pattern index_child)
    table_group_rows: bool = False
    # (1.11.0) where every other item's answer carries its label, a paragraph after the last item, set
    # apart by a blank line, unnumbered and speaking of the problems in general (其余问题…, 以上问题…,
    # 下一步，…) closes the report: it is no answer of that item (closing_set_apart; pattern
    # remaining_problems)
    closing_set_apart: bool = False
    # (1.11.0) trust: a reading doubts its shape when none of its findings has a measure while a table whose
    # header names a measures column (整改措施及完成情况) stands outside them all (unread_table_doubt)
    unread_table_doubt: bool = False
    # (1.11.0) trust: a reading doubts its shape when, of three fixes or more each finding has to itself, every
    # one names its own problem's words but one, which names none and opens on a measure of the whole
    # (…提高思想认识，…建立长效机制; 加强队伍建设。): a general requirement paired by its place alone
    # (general_fix_unnamed_doubt, feature shape_doubts; pattern general_fix)
    general_fix_unnamed_doubt: bool = False
    # (1.11.0) trust: a reading doubts its shape when a measure opened right after a measure label (整改措施：)
    # holds that same label again further on: it ran on past the next item's problem into that item's
    # answer, two items read as one (measure_label_again_doubt, feature shape_doubts; words measure_labels)
    measure_label_again_doubt: bool = False
    # (1.11.0) trust: a reading doubts its shape when a finding with no measure beside answered ones has its
    # problem restated, eight pairs of its words or more, in another finding's fix: that fix answers it too
    # (answered_elsewhere_doubt, feature shape_doubts)
    answered_elsewhere_doubt: bool = False
    # (1.11.0) trust: a reading doubts its shape when a finding's problem is a mark alone, no word in it (/, —):
    # a table's empty cell read as a problem (blank_problem_doubt, feature shape_doubts)
    blank_problem_doubt: bool = False
    # (1.11.0) trust: a reading doubts its shape when a numbered finding (5.…) holds, at a line's start, the next
    # number written alike (⏎6.…): the next item's cut was missed (next_number_inside_doubt, feature shape_doubts)
    next_number_inside_doubt: bool = False
    # (1.11.0) trust: a reading doubts its shape when, beside answered findings, one with no measure only names
    # an area in a few words, no fault (预算执行方面): a group's heading read as a finding (area_row_doubt,
    # feature shape_doubts; names area_suffix, pattern item_faults)
    area_row_doubt: bool = False
    # (1.11.0) trust: a reading doubts its shape when the last finding's own measure, alone of two answered or
    # more, opens on what comes next (下一步，…; 今后，…): the report's closing read as its answer
    # (closing_measure_doubt, feature shape_doubts; pattern list_next_step)
    closing_measure_doubt: bool = False
    # (1.11.0) a group title may be one short sentence closed by its full stop ((一)…需要进一步提高。 over
    # 1.… 2.…): its numbered items are the problems (title_full_stop)
    title_full_stop: bool = False
    # (1.11.0) titles over lists cut at the end (lists_cut_at_end): two titles are enough, the first
    # holding its whole list (lists_cut_at_two)
    lists_cut_at_two: bool = False
    # (1.11.0) a paragraph's numbered run that opens at 2. takes as its first item a 1. written as its
    # 2. is, glued between two Han characters before it (…主要问题1.技术层面…。2.…) (list_glued_first)
    list_glued_first: bool = False
    # (1.11.0) trust: findings without a measure are no sign of measures missed where the text plainly holds
    # no answer: none in the findings' words, no action after them, no fixes heading nor measure label,
    # the text not cut off (unanswered_text)
    unanswered_text: bool = False
    # (1.11.0) trust: a line ending on a colon right before a measure the reading holds leads in the fixes
    # (针对上述问题，我单位…限期整改：): no action paragraph the reading missed (fixes_lead_named)
    fixes_lead_named: bool = False
    # (1.11.0) a fix that opens on the problem it answers (针对…问题，…) in words no listed problem shares is
    # no answer of a listed one by its number: it answers a problem the list does not hold, a finding of
    # its own with the rest of the fix its measure (named_fix_unlisted)
    named_fix_unlisted: bool = False
    # (1.11.0) an item whose title sentence goes on to sentences that open on some of the units at fault
    # (2.组织生活质效不够到位。一些党支部只注重…) and tell nothing done is a problem told whole: the
    # item is a finding with no measure (fault_subject_rest; pattern fault_subject_opener)
    fault_subject_rest: bool = False
    # (1.11.0) with no title read, unnumbered paragraphs that state a fault above a list of findings with no
    # measures whose first item is 2. are its item 1, cut at its start by the page (cut_first_item)
    cut_first_item: bool = False
    # (1.11.0) an unnumbered heading of next steps (➢ 下一步打算) over items numbered as the findings are:
    # those items are plans for later, not problems left unexplained (plain_next_heading_items)
    plain_next_heading_items: bool = False
    # (1.11.0) lines each opening on a case's name and number (典型一：… 典型二：…), two or more numbered
    # from 1 in sequence: the problems told as cases, numbered as 问题一：… are (case_number_labels;
    # pattern case_number_label)
    case_number_labels: bool = False
    # (1.11.0) a fix whose opening names a general line of work (机构落实、认识水平提高; 健全制度，提高安全实效:
    # pattern general_work) and shares with every problem fewer words than pair a fix answers none of them:
    # its number alone does not pair it (general_work_fix)
    general_work_fix: bool = False
    # (1.11.0) trust: a line ending on a colon right before a fix the reading holds as answering no problem
    # (…进行了以下几方面的整改： over 1、机构落实…) leads in the fixes, as before a paired one (fixes_lead_held,
    # with fixes_lead_named)
    fixes_lead_held: bool = False
    # (1.11.0) a board of questions and answers (问：… / 答：…): each pair that names a fault is a finding,
    # the question with the answer's opening that tells the problem, the rest of the answer its measure; a
    # pair that tallies the problems or names no fault is none (qa_pairs; patterns qa_question, qa_answer)
    qa_pairs: bool = False
    # (1.11.0) a letter that answers complaints a paragraph each (12345 工单, 信访件): a paragraph opening on
    # the complaint (…号工单：市民反映…。) turns to its answer after that sentence (record_complaints; pattern
    # record_complaint)
    record_complaints: bool = False
    # (1.11.0) a section's unnumbered lines opened by a bullet symbol (◆…, ● …), read past by the bullets
    # pass, are its list: one item a bulleted line, with the unbulleted lines after it (bullet_symbol_items)
    bullet_symbol_items: bool = False
    # (1.11.0) the one fix left over answers the one problem left over only when it shares two of its words
    # (bigrams or figures) or more: one alike (年度) is no topic (last_left_phrase)
    last_left_phrase: bool = False


class KindWeights(_Strict):
    """Scores of the document-kind signals (:mod:`checker.segment.kind`)."""

    title: float
    requirements: float
    opening: float
    done_label: float
    status: float
    planned_label: float
    deadline_field: float
    owner_field: float
    signals_max: int
    problem_list: float
    problems_then_fixes: float
    min_score: float
    notice: float = 0.0  # (1.1.0) an inspecting body's notice (title_notice in the title or opening)
    done_text: float = 0.0  # (1.1.0) per finding whose measure says what was done
    required_text: float = 0.0  # (1.1.0) per finding whose measure says what is required
    # (1.2.0) a notice's word (督导, 通报) in the opening does not make a plan of a text whose
    # responses say what was done more than what is required: a news item on a finished rectification
    notice_unless_done: bool = False
    # (1.3.0) a measure that reports done after what it requires (要求…整改。…已整改) reports it done
    done_after_required: bool = False
    # (1.3.0) a response shared by several findings weighs once per finding it answers
    shared_per_finding: bool = False
    # (1.3.0) a promise after what was done (…已整改完毕。我们将继续…) is the next step: the measure reports done
    promise_after_done: bool = False
    # (1.3.0) a done word after a requirement or promise in its sentence (要求…完成整改) is not done
    done_in_own_sentence: bool = False
    # (1.3.0) the label a layout gives measures that follow their finding with none written
    # (clause_measure_label) counts only where the finding's text writes it: unwritten, it tells
    # nothing of whether the measures report or require
    written_labels_only: bool = False
    # (1.3.0) a document with no title lines whose first paragraph opens on a title in 【】 (a sample
    # site's 【…整改报告】为进一步…) is weighed with that title
    bracket_title: bool = False
    # (1.3.0) a title that names both the self-check and its rectification reported (自查整改报告,
    # 自查整改情况的报告) is a progress report's, not a work report's
    self_check_rectified: bool = False
    # (1.7.0) findings whose own measure label is a requirement's (问题：… 整改要求：…) stand under an
    # inspecting body's requirements as much as a 整改要求 section heading's do
    requirement_labels: bool = False
    # (1.9.0) a done word whose clause goes on to an inspecting body's act on those inspected (已现场指出,
    # 已责令…限期整改, 已立即约谈…要求整改, 下发了整改通知书; pattern measure_issued) reports the requiring,
    # not the rectification: the measure says what is required
    done_act_requires: bool = False
    # (1.9.0) per finding whose measure only promises (将…, 计划…, 力争…), nothing done nor required:
    # the next steps of a plan or a self-review, not what was done; weighed for the plan or the work
    # report, whichever the other signals favour (the plan where they favour neither)
    promised_text: float = 0.0
    # (1.9.0) a fault put right on the spot (进行现场整改, 当场整改N处; pattern measure_done_on_spot) is
    # told as done, as an inspecting body's briefing on its round reports it
    done_on_spot: bool = False
    # (1.9.0) a requirement's word named as a noun (意见和建议, 和要求; pattern measure_required_noun)
    # requires nothing: a done word after it is no requirement met, and it is no requirement itself
    required_nouns: bool = False
    # (1.9.0) a done word inside a condition (未能按时整改到位的，…) or a procedure (报…销号, 销号程序;
    # pattern measure_done_untold) tells nothing done: it does not cancel the requirement before it
    done_conditions: bool = False
    # (1.10.0) an inspecting body's round on others told in the opening (pattern opening_inspection: 暗访组深入…,
    # 检查组对…, 对…进行了暗访, 抽查了5家库点, 予以曝光) makes the text a notice, as a notice's title word does: its
    # requirements are a plan's, unless what its responses say was done outweighs them (notice_unless_done)
    inspection_opening: bool = False
    # (1.11.0) with no title read above the text, a line of the opening that names the report alone (pattern
    # opening_title_line) is weighed as the title: 网络信息安全隐患整改报告 under a sharing site's page counts, a
    # sentence that mentions a report (向您提交关于…的报告。) does not
    opening_title: bool = False


class PairingWeights(_Strict):
    """Pairing fixes with problems by what they name (:mod:`checker.segment.pairing`)."""

    number_bonus: float
    min_similarity: float
    margin: float
    number_slack: float
    figure: float
    figures_max: int


class Weights(_Strict):
    confidence: ConfidenceWeights
    choice: ChoiceWeights
    layouts: LayoutWeights
    kind: KindWeights
    pairing: PairingWeights
    trust: TrustWeights = Field(default_factory=lambda: TrustWeights(intercept=0.0, coefficients={}))  # (1.1.0)


class Components(_Strict):
    """The reading components, by name, in the order they run (a tie between readings goes to the
    earlier layout)."""

    body_passes: list[str]
    text_tables: list[str]
    layouts: list[str]


class Vocabulary(_Strict):
    id: Literal["vocabulary"]
    version: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    description: str
    changelog: str = ""
    components: Components
    words: Words
    names: Names
    patterns: Patterns
    weights: Weights
    _derived: dict[str, Any] = PrivateAttr(default_factory=dict)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Vocabulary:
        """A copy builds its own components: what was built from the words and weights it may change
        (a flag turned off, a list replaced) is not taken over from this vocabulary."""
        copy = super().model_copy(update=update, deep=deep)
        copy._derived = {}
        return copy

    def derived(self, key: str, build: Callable[[Vocabulary], T]) -> T:
        """What a component builds from this vocabulary (its label patterns …), built once."""
        if key not in self._derived:
            self._derived[key] = build(self)
        return self._derived[key]

    @model_validator(mode="before")
    @classmethod
    def _expand(cls, data: Any) -> Any:
        """Lists taken into lists, and lists written into patterns, before anything is validated."""
        if not isinstance(data, dict) or not isinstance(data.get("words"), dict):
            return data
        raw: dict[str, Any] = data["words"]
        words: dict[str, list[str]] = {}

        def expand(name: str, seen: tuple[str, ...]) -> list[str]:
            if name in words:
                return words[name]
            if name not in raw:
                raise ValueError(f"words: no list named {name!r}")
            if name in seen:
                raise ValueError(f"words.{name}: takes itself in")
            entries = raw[name]
            if not isinstance(entries, list) or not all(isinstance(w, str) for w in entries):
                raise ValueError(f"words.{name}: a list of strings")
            out: list[str] = []
            for w in entries:
                out.extend(expand(w[1:], (*seen, name)) if w.startswith("@") else [w])
            words[name] = out
            return out

        for name in raw:
            expand(name, ())

        def fill(m: re.Match[str]) -> str:
            name = m.group("name")
            if name not in words:
                raise ValueError(f"patterns: no list named {name!r}")
            if m.group("how") == "spaced":
                return "|".join(_SPACED_GAP.join(re.escape(ch) for ch in w) for w in words[name])
            return "|".join(re.escape(w) for w in words[name])

        patterns = data.get("patterns")
        if isinstance(patterns, dict):
            patterns = {k: _REF.sub(fill, v) if isinstance(v, str) else v for k, v in patterns.items()}
        return {**data, "words": words, "patterns": patterns}


def vocabulary_dir() -> Path:
    """Where the bundled vocabularies live: beside the rubrics (``rubrics/vocabulary``)."""
    env = os.environ.get("RECTCHECK_RUBRICS_DIR")
    candidates = [Path(env)] if env else []
    candidates += [Path(__file__).resolve().parent.parent / "rubrics", Path(sys.prefix) / "share" / "rectcheck" / "rubrics"]
    for c in candidates:
        if (c / "vocabulary").is_dir():
            return c / "vocabulary"
    return candidates[0] / "vocabulary"


def vocabulary_path(version: str) -> Path:
    return vocabulary_dir() / f"vocabulary-{version}.toml"


def parse_vocabulary(path: Path) -> Vocabulary:
    import tomllib

    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RubricError(f"{path}: cannot read the vocabulary ({exc})") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise RubricError(f"{path}: not valid TOML ({exc})") from None
    try:
        return Vocabulary.model_validate(data)
    except ValidationError as exc:
        e = exc.errors()[0]
        where = ".".join(str(p) for p in e.get("loc", ())) or "vocabulary"
        raise RubricError(f"{path}: {where}: {e.get('msg', 'invalid')}") from None


@lru_cache(maxsize=8)
def load_vocabulary(version: str = DEFAULT_VOCABULARY) -> Vocabulary:
    """The bundled vocabulary of ``version`` (loaded and compiled once per process)."""
    path = vocabulary_path(version)
    if not path.is_file():
        raise RubricError(f"vocabulary {version}: no file {path}")
    return parse_vocabulary(path)
