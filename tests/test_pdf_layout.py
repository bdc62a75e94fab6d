"""Layout read from the page, whatever drew it: a table of contents with leaders of any
glyph and spacing, headings by numbering and by type size relative to the body (not
only bold), and a note led by an icon drawn as a picture (publishers' PDFs) or as a
filled shape."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.blocks import Heading, Paragraph, Table

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
ENTRIES = [("1 接口简介", " ..........", "3"), ("2 API概览", " · · · · · · · ·", "4"),
           ("3 如何调用API", "・・・・・・・・", "5"), ("4 API", " ―――――――――", "6"),
           ("5 公共参数", "________ ", "7"), ("6 附录", " - - - - - - - - ", "9"),
           ("7 修订记录", "．．．．．．", "12"), ("8 术语", "‥‥‥‥‥", "13"),
           ("A 附录", "* * * * * *", "14")]


def _pdf(path: Path) -> Path:
    pytest.importorskip("reportlab")
    if not FONT.exists():
        pytest.skip("fonts-wqy-microhei is not installed")
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    c = canvas.Canvas(str(path), invariant=1)
    y = 760
    for title, leader, page in ENTRIES:        # the TOC page
        c.setFont("WQY", 10.5)
        c.drawString(72, y, f"{title}{leader}{page}")
        y -= 18
    c.showPage()
    c.setFont("WQY", 14)                       # a heading: larger, not bold
    c.drawString(72, 760, "6.1.2 查询云硬盘详情")
    c.setFont("WQY", 10.5)
    body = ["功能介绍", "查询单个云硬盘的详细信息，支持查看云硬盘的挂载信息与加密状态。",
            "URI", "GET /v2/{project_id}/cloudvolumes/{volume_id}"]
    y = 730
    for text in body:                          # paragraphs a line apart
        c.drawString(72, y, text)
        y -= 24
    icon = Image.new("RGB", (24, 24), (51, 102, 179))
    c.drawImage(ImageReader(icon), 72, y - 1, width=10, height=10)   # the note's icon
    c.drawString(88, y, "说明 该接口不返回已删除的云硬盘。")
    c.save()
    return path


def test_toc_leaders_of_any_glyph_headings_by_size_and_picture_icons(tmp_path):
    from extractor.sources.pdf import read_pdf
    blocks = read_pdf(_pdf(tmp_path / "layout.pdf"), use_cache=False)
    toc = next(b for b in blocks if isinstance(b, Table))
    rows = [toc.header] + [r.cells for r in toc.rows]
    assert rows == [(title, page) for title, _, page in ENTRIES]
    assert Heading("6.1.2", "查询云硬盘详情", blocks[1].loc) in blocks
    paras = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert "📖 说明 该接口不返回已删除的云硬盘。" in paras
    assert "功能介绍" in paras                     # body-size lines stay paragraphs

