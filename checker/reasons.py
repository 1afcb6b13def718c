"""Why an input is refused — a file the reader cannot read, an upload the local page will not
take, a document it could not review — in both languages: one catalogue of message keys.

A reader names a reason by its key and values (:func:`reason`); the command line prints the English
line (``str(reason)``, the contract's one-line error, unchanged), the local page shows the line in
its own language. Every key exists in both catalogues with the same placeholders
(``tests/test_catalogue.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

Value = str | int | float

REASONS: dict[str, dict[str, str]] = {
    "en": {
        # the file itself
        "unsupported": "unsupported file type '{suffix}'; supported: {supported}",
        "unsupported_no_suffix": "unsupported file type (no extension); supported: {supported}",
        "no_such_file": "no such file",
        "permission_denied": "permission denied",
        "is_directory": "is a directory, not a file",
        "parent_not_directory": "no such file (a parent in the path is not a directory)",
        "name_too_long": "file name too long",
        "cannot_read": "cannot read: {detail}",
        "not_regular": "not a regular file",
        "too_large": "file too large: {size} exceeds the limit of {limit} (--max-bytes)",
        "too_many_lines": "too many lines: more than {limit:,} (limit: one per {per} bytes of --max-bytes)",
        "empty": "file is empty",
        "only_whitespace": "file contains only whitespace",
        "no_text": "no text found in the {fmt} document",
        "text_too_large": "text extracted from the {what} exceeds the limit of {limit} (--max-bytes)",
        # text encodings
        "bom_invalid": "not valid {encoding} despite its byte-order mark",
        "utf16_no_bom": "looks like UTF-16 text without a byte-order mark; save it as UTF-8",
        "nul_one": "{encoding} text with a NUL byte at byte offset {offset:,}: the file may be damaged; "
        "remove it and save the file again",
        "nul_many": "{encoding} text with {count:,} NUL bytes, the first at byte offset {offset:,}: the file may be "
        "damaged; remove them and save the file again",
        "binary_nul": "binary data (NUL bytes), not a text file",
        "stdin_binary": "binary data on standard input; give --name NAME.docx to say what it is",
        "binary": "binary or undecodable data, not a text file",
        "binary_control": "binary data (control characters), not a text file",
        # Word
        "docx_not_zip": "corrupt .docx: not a zip archive (an old .doc or another format renamed?)",
        "docx_no_document": "corrupt .docx: no {part} in the archive",
        "docx_corrupt": "corrupt .docx: {detail}",
        "docx_xml_too_large": "{part} unpacks to more than {limit} (limit: {factor} × --max-bytes)",
        "docx_too_many_elements": "a paragraph or table of {part} holds more than {limit:,} XML elements "
        "(limit per paragraph or table)",
        # spreadsheets
        "xlsx_not_zip": "corrupt .xlsx: not a zip archive (a password-protected workbook, or an old .xls renamed?)",
        "xlsx_corrupt": "corrupt .xlsx: {detail}",
        "xlsx_parts_too_large": "the workbook's parts unpack to more than {limit} (limit: {factor} × --max-bytes)",
        "xlsx_too_many_cells": "the workbook holds more than {limit:,} cells (limit: one per {per} bytes of --max-bytes)",
        "xlsx_too_many_merges": "a sheet merges more than {limit:,} ranges of cells (limit per sheet)",
        # PDF
        "pdf_no_header": "corrupt PDF: no %PDF header",
        "pdf_streams": "PDF streams inflate to more than {limit} (limit: {factor} × --max-bytes)",
        "pdf_pages": "PDF has more than {limit} pages (limit: one per {kb} KB of --max-bytes)",
        "pdf_encrypted": "PDF is encrypted (password-protected); save an unprotected copy",
        "pdf_corrupt": "corrupt PDF: {detail}",
        "pdf_no_pages": "corrupt PDF: no pages",
        "pdf_no_text": "PDF has no text layer (scanned?); OCR it first",
        "pdf_cid": "PDF text layer cannot be decoded (fonts without a Unicode map); OCR it first",
        "pdf_page_characters": "PDF page {page} draws more than {limit:,} characters (limit per page)",
        "pdf_page_nesting": "PDF page {page} nests forms more than {limit} deep (limit)",
        "pdf_page_forms": "PDF page {page} draws more than {limit:,} forms and images (limit per page)",
        # HTML
        "html_elements": "HTML has more than {limit:,} elements (limit: one per {per} bytes of --max-bytes)",
        "html_unparsable": "cannot parse HTML: {detail}",
        # LibreOffice
        "office_missing_text": "a .{fmt} file is read through LibreOffice, which is not installed here; "
        "save it as .docx (Word or WPS: 另存为 → .docx) or install LibreOffice",
        "office_missing_sheet": "a .{fmt} file is read through LibreOffice, which is not installed here; "
        "save it as .xlsx (Excel or WPS: 另存为 → .xlsx) or install LibreOffice",
        "office_timeout": "LibreOffice did not convert it within {seconds} s",
        "office_start": "LibreOffice could not be started ({detail})",
        "office_unreadable": "LibreOffice could not read it as a .{fmt} document",
        "office_too_large": "converted to .{target} it is larger than {factor} × --max-bytes",
        # the reading budget
        "read_too_slow": "reading took longer than {seconds:g} s; the file may be damaged or built to stall a reader "
        "(limit: {setting})",
        "read_too_big": "reading needed more than {megabytes} MB; the file may be damaged or built to exhaust memory "
        "(limit: {setting})",
        "read_ended": "reading failed: the reader ended without an answer ({how})",
        # the local page: an upload refused, a document not reviewed
        "upload_too_large": "upload too large: more than {limit} in one review",
        "form_too_large": "form too large: more than {kb} KB url-encoded (files and pasted text are sent as "
        "multipart/form-data, as the page's form does)",
        "upload_too_slow": "upload too slow: the form did not arrive within {seconds:g} s (serve.upload-seconds)",
        "not_a_form": "expected a form (multipart/form-data)",
        "too_many_files": "too many files: at most {limit} in one review",
        "form_unreadable": "the form could not be read ({detail})",
        "unknown_rubric": "{rubric}: unknown rubric",
        "backend_unavailable": "--backend {backend}: not available (no model endpoint configured)",
        "review_stopped": "review stopped: the results were deleted or the server is stopping",
        "review_overtime": "review stopped after {seconds:g} s (serve.review-seconds)",
        "review_ended": "review stopped ({detail}); it may have needed more than {megabytes:,} MB (serve.worker-mb)",
        "review_memory": "needs more memory than a review may take ({megabytes:,} MB; serve.worker-mb)",
        "internal_error": "internal error ({detail})",
        # the page's downloads
        "download_stopping": "{name}: the server is stopping",
        "download_overtime": "{name}: the download took longer than {seconds:g} s (serve.download-seconds)",
        "download_ended": "{name}: the download stopped ({detail}); it may have needed more than {megabytes:,} MB "
        "(serve.worker-mb)",
        "download_memory": "{name}: the download needs more memory than one may take ({megabytes:,} MB; serve.worker-mb)",
        "download_failed": "{name}: the download could not be made ({detail})",
        "compare_needs_both": "the comparison needs both documents reviewed",
        "compare_mode": "{mode}: compare as diff or trace",
    },
    "zh": {
        "unsupported": "不支持的文件类型“{suffix}”；支持：{supported}",
        "unsupported_no_suffix": "不支持的文件类型（没有扩展名）；支持：{supported}",
        "no_such_file": "文件不存在",
        "permission_denied": "没有读取权限",
        "is_directory": "这是文件夹，不是文件",
        "parent_not_directory": "文件不存在（路径中的上级不是文件夹）",
        "name_too_long": "文件名过长",
        "cannot_read": "无法读取：{detail}",
        "not_regular": "不是普通文件",
        "too_large": "文件过大：{size}，超过上限 {limit}（--max-bytes）",
        "too_many_lines": "行数过多：超过 {limit:,} 行（上限：--max-bytes 每 {per} 字节一行）",
        "empty": "文件是空的",
        "only_whitespace": "文件只有空白，没有文字",
        "no_text": "{fmt} 文件中没有找到文字",
        "text_too_large": "从 {what} 中提取的文字超过上限 {limit}（--max-bytes）",
        "bom_invalid": "文件开头标明是 {encoding}，内容却不是有效的 {encoding}",
        "utf16_no_bom": "看起来是没有字节顺序标记的 UTF-16 文本；请另存为 UTF-8",
        "nul_one": "{encoding} 文本在第 {offset:,} 字节处有一个 NUL 字节：文件可能已损坏；请删除后重新保存",
        "nul_many": "{encoding} 文本中有 {count:,} 个 NUL 字节，第一个在第 {offset:,} 字节处：文件可能已损坏；请删除后重新保存",
        "binary_nul": "这是二进制数据（含 NUL 字节），不是文本文件",
        "stdin_binary": "标准输入是二进制数据；请用 --name 名称.docx 说明它是什么文件",
        "binary": "这是二进制或无法解码的数据，不是文本文件",
        "binary_control": "这是二进制数据（含控制字符），不是文本文件",
        "docx_not_zip": ".docx 文件已损坏：不是 zip 压缩包（是否把旧版 .doc 或其他格式改了扩展名？）",
        "docx_no_document": ".docx 文件已损坏：压缩包中没有 {part}",
        "docx_corrupt": ".docx 文件已损坏：{detail}",
        "docx_xml_too_large": "{part} 解压后超过 {limit}（上限：--max-bytes 的 {factor} 倍）",
        "docx_too_many_elements": "{part} 中有段落或表格含有超过 {limit:,} 个 XML 元素（每个段落或表格的上限）",
        "xlsx_not_zip": ".xlsx 文件已损坏：不是 zip 压缩包（是否设置了打开密码，或把旧版 .xls 改了扩展名？）",
        "xlsx_corrupt": ".xlsx 文件已损坏：{detail}",
        "xlsx_parts_too_large": "工作簿各部分解压后超过 {limit}（上限：--max-bytes 的 {factor} 倍）",
        "xlsx_too_many_cells": "工作簿的单元格超过 {limit:,} 个（上限：--max-bytes 每 {per} 字节一个）",
        "xlsx_too_many_merges": "一个工作表合并了超过 {limit:,} 处单元格（每个工作表的上限）",
        "pdf_no_header": "PDF 文件已损坏：没有 %PDF 文件头",
        "pdf_streams": "PDF 的数据流解压后超过 {limit}（上限：--max-bytes 的 {factor} 倍）",
        "pdf_pages": "PDF 超过 {limit} 页（上限：--max-bytes 每 {kb} KB 一页）",
        "pdf_encrypted": "PDF 已加密（设有密码）；请另存一份不加密的文件",
        "pdf_corrupt": "PDF 文件已损坏：{detail}",
        "pdf_no_pages": "PDF 文件已损坏：没有页面",
        "pdf_no_text": "PDF 没有文字层（是扫描件吗？）；请先做文字识别（OCR）",
        "pdf_cid": "PDF 的文字层无法解码（字体缺少 Unicode 映射）；请先做文字识别（OCR）",
        "pdf_page_characters": "PDF 第 {page} 页绘制的字符超过 {limit:,} 个（每页上限）",
        "pdf_page_nesting": "PDF 第 {page} 页的表单嵌套超过 {limit} 层（上限）",
        "pdf_page_forms": "PDF 第 {page} 页绘制的表单和图片超过 {limit:,} 个（每页上限）",
        "html_elements": "HTML 的元素超过 {limit:,} 个（上限：--max-bytes 每 {per} 字节一个）",
        "html_unparsable": "无法解析 HTML：{detail}",
        "office_missing_text": ".{fmt} 文件要通过 LibreOffice 读取，但本机没有安装；请另存为 .docx（Word 或 WPS：另存为 → .docx），或安装 LibreOffice",
        "office_missing_sheet": ".{fmt} 文件要通过 LibreOffice 读取，但本机没有安装；请另存为 .xlsx（Excel 或 WPS：另存为 → .xlsx），或安装 LibreOffice",
        "office_timeout": "LibreOffice 未能在 {seconds} 秒内完成转换",
        "office_start": "无法启动 LibreOffice（{detail}）",
        "office_unreadable": "LibreOffice 无法把它当作 .{fmt} 文件读取",
        "office_too_large": "转换为 .{target} 后超过 --max-bytes 的 {factor} 倍",
        "read_too_slow": "读取超过 {seconds:g} 秒；文件可能已损坏，或被做成拖住读取程序（上限：{setting}）",
        "read_too_big": "读取需要超过 {megabytes} MB 内存；文件可能已损坏，或被做成耗尽内存（上限：{setting}）",
        "read_ended": "读取失败：读取程序没有给出结果就结束了（{how}）",
        "upload_too_large": "上传过大：一次评审超过 {limit}",
        "form_too_large": "表单过大：url 编码的内容超过 {kb} KB（文件和粘贴的正文请按页面表单的方式以 multipart/form-data 发送）",
        "upload_too_slow": "上传过慢：表单未能在 {seconds:g} 秒内送达（serve.upload-seconds）",
        "not_a_form": "需要表单（multipart/form-data）",
        "too_many_files": "文件过多：一次评审最多 {limit} 个",
        "form_unreadable": "无法读取表单（{detail}）",
        "unknown_rubric": "{rubric}：没有这个评分规则",
        "backend_unavailable": "--backend {backend}：不可用（没有配置模型服务）",
        "review_stopped": "评审已停止：结果已被删除，或服务正在停止",
        "review_overtime": "评审超过 {seconds:g} 秒，已停止（serve.review-seconds）",
        "review_ended": "评审已停止（{detail}）；可能需要超过 {megabytes:,} MB 内存（serve.worker-mb）",
        "review_memory": "所需内存超过一次评审的上限（{megabytes:,} MB；serve.worker-mb）",
        "internal_error": "内部错误（{detail}）",
        "download_stopping": "{name}：服务正在停止",
        "download_overtime": "{name}：生成下载文件超过 {seconds:g} 秒（serve.download-seconds）",
        "download_ended": "{name}：生成下载文件时停止（{detail}）；可能需要超过 {megabytes:,} MB 内存（serve.worker-mb）",
        "download_memory": "{name}：生成下载文件所需内存超过上限（{megabytes:,} MB；serve.worker-mb）",
        "download_failed": "{name}：无法生成下载文件（{detail}）",
        "compare_needs_both": "对照需要两份文稿都评审完成",
        "compare_mode": "{mode}：对照方式须为 diff（两稿）或 trace（方案与报告）",
    },
}


@dataclass(frozen=True)
class Reason:
    """A reason by its catalogue key and the values its sentence takes; ``str()`` is the English line."""

    key: str
    values: tuple[tuple[str, Value], ...] = ()

    def text(self, lang: str = "en") -> str:
        catalogue = REASONS.get(lang, REASONS["en"])
        return catalogue[self.key].format(**dict(self.values))

    def __str__(self) -> str:
        return self.text("en")


def reason(key: str, **values: Value) -> Reason:
    """The reason ``key`` of the catalogue with its values (KeyError at once for an unknown key)."""
    if key not in REASONS["en"]:
        raise KeyError(key)
    return Reason(key, tuple(values.items()))
