"""Job titles -> roles: "Sr. Data Scientist - NLP" and "Lead Data Scientist" are Data Scientist.

Rules are tried in order; the first whose pattern matches the cleaned title wins, so the
more specific roles (Software Engineer (ML), HR Business Partner) come before the general ones.
"""

from __future__ import annotations

import re

ROLE_RULES: tuple[tuple[str, str], ...] = (
    ("Applied Scientist", r"applied scientist"),
    ("Decision Scientist", r"decision scien"),
    (
        "Software Engineer (ML)",
        r"software (?:engineer|developer|development engineer)\b.*"
        r"(?:machine learning|\bml\b|\bai\b|\bnlp\b)|(?:machine learning|\bml\b) software engineer",
    ),
    (
        "Machine Learning Engineer",
        r"machine learning|\bml ?ops\b|\bmlops\b|\bml engineer|"
        r"\bai ?/ ?ml\b|\bai engineer|deep learning engineer|computer vision engineer",
    ),
    ("Data Scientist", r"data scien|\bdata scientist"),
    ("Research Scientist", r"research scientist|\bscientist\b"),
    (
        "Data Engineer",
        r"data engineer|big data|\betl developer|data architect|data platform engineer|"
        r"data modeler|architect, data|data management engineer",
    ),
    (
        "Data Analyst",
        r"data analy|business intelligence|\bbi (?:analyst|developer)|analytics "
        r"(?:analyst|consultant|manager)|\breporting analyst|data management specialist",
    ),
    ("Business Analyst", r"business analyst|business systems analyst"),
    ("Product Manager", r"product manag|product owner|\bproduct lead|product management"),
    ("Credit Analyst", r"credit (?:risk )?analyst|credit underwriter"),
    (
        "Financial Analyst",
        r"financ\w* analyst|analyst\W+finance|\bfp ?& ?a\b|financial planning|"
        r"equity|portfolio analyst|investment (?:analyst|bank)|capital markets?|valuation|"
        r"risk analyst|\baml\b|\bkyc\b|quantitative analyst|trading analyst|finance manager|"
        r"manager\W+finance|credit research|analyst\W+finance|financial analysis",
    ),
    ("Accountant", r"accountant|accounting|\baccounts\b|bookkeep"),
    ("HR Business Partner", r"(?:\bhr\b|human resources?) business partner|\bhrbp\b"),
    (
        "HR Manager",
        r"human resources?|\bhr\b|people (?:partner|operations)|talent acquisition|recruit",
    ),
    ("Business Development Manager", r"business development|\bbdm\b|\bbde\b"),
    ("Sales Manager", r"\bsales\b|account executive|key account"),
    (
        "Digital Marketing Specialist",
        r"social media|digital marketing|\bseo\b|performance marketing",
    ),
    ("Marketing Manager", r"marketing|brand manager"),
    ("Content Writer", r"content|copy ?writ|\bwriter\b|\beditor\b"),
    (
        "Web Developer",
        r"web develop|front[- ]?end|full[- ]?stack|\breact\b|react\.?js|\bui developer|"
        r"\bangular\b|web / ui",
    ),
    ("DevOps Engineer", r"devops|site reliability|\bsre\b|cloud engineer|platform engineer"),
    ("QA Engineer", r"\bqa\b|quality assurance|\btest(?:ing)? engineer|\bsdet\b|engineer\W+test"),
    (
        "Software Engineer",
        r"software|\bsde\b|\bdeveloper\b|programmer|backend|back-end|"
        r"java\b|python developer",
    ),
    ("Quality Engineer", r"quality engineer|quality control"),
    ("Manufacturing Engineer", r"manufacturing engineer|production engineer|process engineer"),
    (
        "Mechanical Engineer",
        r"mechanical|piping engineer|design engineer|aerospace engineer|"
        r"\bhvac\b|simulation engineer|\bcae\b|automobile engineer|product engineer|"
        r"vehicle engineer",
    ),
    ("Project Manager", r"project manag|program manag|\bpmo\b"),
    ("Operations Manager", r"operations manag|\boperations\b"),
    ("Customer Success Manager", r"customer success|customer service|customer support"),
    ("Graphic Designer", r"graphic design|visual design"),
    ("UX Designer", r"\bux\b|\bui ?/ ?ux\b|user experience|product design"),
)

_COMPILED = tuple((role, re.compile(pattern, re.IGNORECASE)) for role, pattern in ROLE_RULES)
_NOISE = re.compile(r"\s+")

ROLES: tuple[str, ...] = tuple(role for role, _ in ROLE_RULES)


def normalise_title(title: str) -> str | None:
    """The role a job title belongs to, or None when no rule recognises it."""
    cleaned = _NOISE.sub(" ", title).strip()
    for role, pattern in _COMPILED:
        if pattern.search(cleaned):
            return role
    return None
