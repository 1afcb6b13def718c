"""Short reports shared by the tests: three findings, one of them slogans only (``SLOGANS``), and a plan
for two of them (``PLAN``), for the cross-document commands."""

from __future__ import annotations

# The slogans-only measure of PROGRESS, which a later draft replaces.
SLOGANS = "一是高度重视，提高政治站位，进一步加强公务用车管理。二是切实加强学习教育，建立长效机制。"

PROGRESS = (
    "关于市委巡察反馈意见整改进展情况的通报\n"
    "1.针对“违规发放津贴补贴”的问题。\n"
    "整改情况:一是召开党组会议专题研究，传达学习有关文件精神。二是对2023年违规发放的交通补贴进行清退，"
    "已退回资金1.497万元，涉及12人。三是印发《津贴补贴发放管理办法》。\n"
    "2.针对“公务用车管理不规范”的问题。\n"
    f"整改情况:{SLOGANS}\n"
    "3.针对“食堂采购台账不全”的问题。\n"
    "整改情况:2024年6月补齐2023年度采购台账126笔，由后勤科按月核对。\n"
)

PLAN = """关于巡察反馈意见的整改方案
1.针对“食堂采购台账不全”的问题。
整改措施：一是6月底前补齐2023年度采购台账。二是建立食材验收双人签字制度。
责任单位：后勤科
整改时限：2024年6月30日
2.针对“公务用车管理不规范”的问题。
整改措施：2024年3月底前清理超标车辆。
责任单位：办公室
"""
